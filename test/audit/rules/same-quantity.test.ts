import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const book = (jb: number | string) => wb(sheet("LKD", [["JUMLAH", 9933860000]]), sheet("Jenis Belanja", [["JUMLAH", jb]]));
const r = rel("same", "Jenis Belanja!B1", ["LKD!B1"], {
  label: { id: "Total pagu per jenis belanja", en: "Total pagu by type of expenditure" },
  sourceLabel: { id: "pagu LKD", en: "LKD pagu" },
  quantity: "pagu",
});

ruleTester("same-quantity", {
  valid: [
    { name: "equal figures", snapshot: book(9933860000), relations: [r] },
    { name: "number vs text number", snapshot: book("Rp.9.933.860.000"), relations: [r] },
  ],
  invalid: [
    {
      name: "jenis belanja 10.062.360.000 vs LKD 9.933.860.000",
      snapshot: book(10062360000),
      relations: [r],
      findings: ["Jenis Belanja!B1 error same.mismatch"],
      check(f) {
        expect(f[0].message).toBe("Total pagu per jenis belanja 10.062.360.000 tidak sama dengan pagu LKD 9.933.860.000");
        expect(f[0].related).toEqual([{ sheet: "LKD", cell: "B1" }]);
        expect([f[0].expected, f[0].actual]).toEqual([9933860000, 10062360000]);
      },
    },
    {
      name: "authority target: the finding goes on the operand side",
      snapshot: book(10062360000),
      relations: [{ ...r, target: r.operands[0], operands: [r.target], authority: "target" }],
      findings: ["Jenis Belanja!B1 error same.mismatch"],
    },
    {
      name: "1,27 repeated with one decimal as 1,2 (truncated: rounding, info)",
      snapshot: wb(sheet("S", [[1.27, 1.2]], { numberFormats: [["General", "0.0"]] })),
      relations: [rel("same", "B1", ["A1"])],
      findings: ["S!B1 info same.rounding"],
    },
  ],
});
