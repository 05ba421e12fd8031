import { runRule, sheet, wb, where } from "../helpers";

describe("error-value", () => {
  it("must trigger: #DIV/0! and #REF!", () => {
    expect(where(runRule("error-value", wb(sheet("S", [[{ error: "#DIV/0!" }, "#REF!"]]))))).toEqual(["S!A1 error cell.error", "S!B1 error cell.error"]);
  });
  it("must not trigger: ordinary values", () => {
    expect(runRule("error-value", wb(sheet("S", [[1, "#1 priority", null]])))).toEqual([]);
  });
});
