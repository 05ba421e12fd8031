import { sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const copied = (c2: number, c2Formula: string | null, c3: number, c3Formula: string) =>
  wb(sheet("S", [[1, 2, 0.5], [1, 4, c2], [1, 5, c3]], { formulas: [[null, null, "=A1/B1"], [null, null, c2Formula], [null, null, c3Formula]] }));
const templateC1 = { formulaCells: [{ sheet: "S", address: "C1" }] };

ruleTester("constant-over-formula", {
  valid: [
    { name: "formulas everywhere", snapshot: copied(0.25, "=A2/B2", 0.2, "=A3/B3"), options: templateC1 },
    { name: "a constant between different formulas", snapshot: copied(0.3, null, 6, "=SUM(C1:C2)") },
  ],
  invalid: [
    {
      name: "a template formula cell holding a constant",
      snapshot: wb(sheet("S", [[1, 2, 3]], { formulas: [[null, null, null]] })),
      options: templateC1,
      findings: ["S!C1 warning formula.constant"],
    },
    { name: "a constant inside a column of copied formulas", snapshot: copied(0.3, null, 0.2, "=A3/B3"), findings: ["S!C2 warning formula.constant-among"] },
  ],
});
