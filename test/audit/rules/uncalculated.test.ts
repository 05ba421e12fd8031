import { sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

ruleTester("uncalculated", {
  valid: [{ name: "every formula has its result", snapshot: wb(sheet("S", [[1, 2]])) }],
  invalid: [
    {
      name: "a snapshot that reports formulas without results",
      snapshot: { ...wb(sheet("S", [[1, null]])), uncalculated: { count: 3, sheet: "S", cell: "B1" } },
      findings: ["S!B1 warning workbook.uncalculated"],
      check: (f) => expect(f[0].message).toContain("3 rumus belum dihitung"),
    },
  ],
});
