import { sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const book = (third: [string | null, number | null], total: number, formula: string) =>
  wb(sheet("S", [["a", 1], ["b", 2], third, ["Total", total]], { formulas: [[], [], [], [null, formula]] }));

ruleTester("sum-range-gap", {
  valid: [
    { name: "full range", snapshot: book(["c", 3], 6, "=SUM(B1:B3)") },
    { name: "a blank row between", snapshot: book([null, null], 3, "=SUM(B1:B2)") },
  ],
  invalid: [
    {
      name: "SUM(B1:B2) in B4 leaves out B3",
      snapshot: book(["c", 3], 3, "=SUM(B1:B2)"),
      findings: ["S!B4 warning sum.gap"],
      check(f) {
        expect(f[0].related).toEqual([{ sheet: "S", cell: "B3" }]);
        expect(f[0].fix).toContain("SUM(B1:B3)");
      },
    },
  ],
});
