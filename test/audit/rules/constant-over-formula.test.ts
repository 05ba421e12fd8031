import { runRule, sheet, wb, where } from "../helpers";

describe("constant-over-formula", () => {
  it("must trigger: a template formula cell holding a constant", () => {
    const s = wb(sheet("S", [[1, 2, 3]], { formulas: [[null, null, null]] }));
    const f = runRule("constant-over-formula", s, [], { formulaCells: [{ sheet: "S", address: "C1" }] });
    expect(where(f)).toEqual(["S!C1 warning formula.constant"]);
  });
  it("must trigger: a constant inside a column of copied formulas", () => {
    const s = wb(sheet("S", [[1, 2, 0.5], [1, 4, 0.3], [1, 5, 0.2]], { formulas: [[null, null, "=A1/B1"], [null, null, null], [null, null, "=A3/B3"]] }));
    expect(where(runRule("constant-over-formula", s))).toEqual(["S!C2 warning formula.constant-among"]);
  });
  it("must not trigger: formulas everywhere, or different formulas around", () => {
    const s = wb(sheet("S", [[1, 2, 0.5], [1, 4, 0.25], [1, 5, 0.2]], { formulas: [[null, null, "=A1/B1"], [null, null, "=A2/B2"], [null, null, "=A3/B3"]] }));
    expect(runRule("constant-over-formula", s, [], { formulaCells: [{ sheet: "S", address: "C1" }] })).toEqual([]);
    const t = wb(sheet("S", [[1, 2, 0.5], [1, 4, 0.3], [1, 5, 6]], { formulas: [[null, null, "=A1/B1"], [null, null, null], [null, null, "=SUM(C1:C2)"]] }));
    expect(runRule("constant-over-formula", t)).toEqual([]);
  });
});
