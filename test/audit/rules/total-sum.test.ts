import { rel, runRule, sheet, wb, where } from "../helpers";

const grid = (total: number) =>
  wb(sheet("S", [["Belanja Pegawai", 2242327000], ["Belanja Barang", 5147457000], ["Belanja Modal", 2672576000], ["JUMLAH", total]], { numberFormats: [[], ["", "#,##0"], [], [], ["", "#,##0"]] }));
const sum = rel("sum", "B4", ["B1", "B2", "B3"], { label: { id: "Total pagu", en: "Total pagu" }, quantity: "pagu" });

describe("total-sum", () => {
  it("must trigger: JUMLAH differs from its parts", () => {
    const f = runRule("total-sum", grid(9933860000), [sum]);
    expect(where(f)).toEqual(["S!B4 error sum.mismatch"]);
    expect(f[0].expected).toBe(10062360000);
    expect(f[0].actual).toBe(9933860000);
    expect(f[0].message).toContain("9.933.860.000");
    expect(f[0].message).toContain("10.062.360.000");
  });
  it("must not trigger: JUMLAH equals its parts; '-' counts as zero", () => {
    expect(runRule("total-sum", grid(10062360000), [sum])).toEqual([]);
    const months = wb(sheet("S", [["Jan", "-"], ["Feb", 2], ["Total", 2]]));
    expect(runRule("total-sum", months, [rel("sum", "B3", ["B1", "B2"])])).toEqual([]);
  });
  it("must trigger: all '-' months but Total 1", () => {
    const months = wb(sheet("S", [["Jan", "-"], ["Feb", "-"], ["Total", 1]]));
    expect(where(runRule("total-sum", months, [rel("sum", "B3", ["B1", "B2"])]))).toEqual(["S!B3 error sum.mismatch"]);
  });
});
