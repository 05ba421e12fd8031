import { sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

ruleTester("error-value", {
  valid: [{ name: "ordinary values", snapshot: wb(sheet("S", [[1, "#1 priority", null]])) }],
  invalid: [{ name: "#DIV/0! and #REF!", snapshot: wb(sheet("S", [[{ error: "#DIV/0!" }, "#REF!"]])), findings: ["S!A1 error cell.error", "S!B1 error cell.error"] }],
});
