import { runRule, sheet, wb, where } from "../helpers";

describe("uncalculated", () => {
  it("must trigger: a snapshot that reports formulas without results", () => {
    const snap = { ...wb(sheet("S", [[1, null]])), uncalculated: { count: 3, sheet: "S", cell: "B1" } };
    expect(where(runRule("uncalculated", snap))).toEqual(["S!B1 warning workbook.uncalculated"]);
    expect(runRule("uncalculated", snap)[0].message).toContain("3 rumus belum dihitung");
  });
  it("must not trigger: every formula has its result", () => {
    expect(runRule("uncalculated", wb(sheet("S", [[1, 2]])))).toEqual([]);
  });
});
