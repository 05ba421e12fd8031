import { runRule, sheet, wb, where } from "../helpers";

describe("sum-range-gap", () => {
  it("must trigger: SUM(B1:B2) in B4 leaves out B3", () => {
    const s = wb(sheet("S", [["a", 1], ["b", 2], ["c", 3], ["Total", 3]], { formulas: [[], [], [], [null, "=SUM(B1:B2)"]] }));
    const f = runRule("sum-range-gap", s);
    expect(where(f)).toEqual(["S!B4 warning sum.gap"]);
    expect(f[0].related).toEqual([{ sheet: "S", cell: "B3" }]);
    expect(f[0].fix).toContain("SUM(B1:B3)");
  });
  it("must not trigger: full range, or a blank row between", () => {
    const s = wb(sheet("S", [["a", 1], ["b", 2], ["c", 3], ["Total", 6]], { formulas: [[], [], [], [null, "=SUM(B1:B3)"]] }));
    expect(runRule("sum-range-gap", s)).toEqual([]);
    const t = wb(sheet("S", [["a", 1], ["b", 2], [null, null], ["Total", 3]], { formulas: [[], [], [], [null, "=SUM(B1:B2)"]] }));
    expect(runRule("sum-range-gap", t)).toEqual([]);
  });
});
