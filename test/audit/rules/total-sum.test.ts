import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const grid = (total: number) =>
  wb(sheet("S", [["Belanja Pegawai", 2242327000], ["Belanja Barang", 5147457000], ["Belanja Modal", 2672576000], ["JUMLAH", total]], { numberFormats: [[], ["", "#,##0"], [], [], ["", "#,##0"]] }));
const sum = rel("sum", "B4", ["B1", "B2", "B3"], { label: { id: "Total pagu", en: "Total pagu" }, quantity: "pagu" });
const months = (jan: number | string, total: number) => wb(sheet("S", [["Jan", jan], ["Feb", "-"], ["Total", total]]));
const monthsSum = rel("sum", "B3", ["B1", "B2"]);

ruleTester("total-sum", {
  valid: [
    { name: "JUMLAH equals its parts", snapshot: grid(10062360000), relations: [sum] },
    { name: "'-' counts as zero", snapshot: months(2, 2), relations: [monthsSum] },
  ],
  invalid: [
    {
      name: "JUMLAH differs from its parts",
      snapshot: grid(9933860000),
      relations: [sum],
      findings: ["S!B4 error sum.mismatch"],
      check(f) {
        expect([f[0].expected, f[0].actual]).toEqual([10062360000, 9933860000]);
        expect(f[0].message).toContain("9.933.860.000");
        expect(f[0].message).toContain("10.062.360.000");
      },
    },
    { name: "all '-' months but Total 1", snapshot: months("-", 1), relations: [monthsSum], findings: ["S!B3 error sum.mismatch"] },
    {
      name: "a total shown without decimals that truncates 1,4 + 1,3 = 2,7 to 2 (rounding, info)",
      snapshot: wb(sheet("S", [[1.4], [1.3], [2]], { numberFormats: [["General"], ["General"], ["0"]] })),
      relations: [rel("sum", "A3", ["A1", "A2"])],
      findings: ["S!A3 info sum.rounding"],
    },
  ],
});
