import { rel, runRule, sheet, wb, where } from "../helpers";

describe("same-quantity", () => {
  const book = (jb: number) => wb(sheet("LKD", [["JUMLAH", 9933860000]]), sheet("Jenis Belanja", [["JUMLAH", jb]]));
  const r = rel("same", "Jenis Belanja!B1", ["LKD!B1"], {
    label: { id: "Total pagu per jenis belanja", en: "Total pagu by type of expenditure" },
    sourceLabel: { id: "pagu LKD", en: "LKD pagu" },
    quantity: "pagu",
  });
  it("must trigger: jenis belanja 10.062.360.000 vs LKD 9.933.860.000", () => {
    const f = runRule("same-quantity", book(10062360000), [r]);
    expect(where(f)).toEqual(["Jenis Belanja!B1 error same.mismatch"]);
    expect(f[0].message).toBe("Total pagu per jenis belanja 10.062.360.000 tidak sama dengan pagu LKD 9.933.860.000");
    expect(f[0].related).toEqual([{ sheet: "LKD", cell: "B1" }]);
    expect([f[0].expected, f[0].actual]).toEqual([9933860000, 10062360000]);
  });
  it("must not trigger: equal figures (number vs text number)", () => {
    expect(runRule("same-quantity", book(9933860000), [r])).toEqual([]);
    const t = wb(sheet("LKD", [["JUMLAH", 9933860000]]), sheet("Jenis Belanja", [["JUMLAH", "Rp.9.933.860.000"]]));
    expect(runRule("same-quantity", t, [r])).toEqual([]);
  });
  it("authority target: the finding goes on the operand side", () => {
    const f = runRule("same-quantity", book(10062360000), [{ ...r, target: r.operands[0], operands: [r.target], authority: "target" }]);
    expect(where(f)).toEqual(["Jenis Belanja!B1 error same.mismatch"]);
  });
});
