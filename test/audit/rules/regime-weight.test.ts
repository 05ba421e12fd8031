import { rel, runRule, sheet, wb, where } from "../helpers";

describe("regime-weight", () => {
  const r = rel("constant", "A1", [], { params: { expected: 10 }, label: { id: "Bobot Pengelolaan UP dan TUP 2024", en: "Weight of UP/TUP 2024" } });
  it("must trigger: blank UP/TUP weight, wrong weight", () => {
    expect(where(runRule("regime-weight", wb(sheet("S", [[null, 1]])), [r]))).toEqual(["S!A1 error constant.mismatch"]);
    expect(where(runRule("regime-weight", wb(sheet("S", [[5]])), [r]))).toEqual(["S!A1 error constant.mismatch"]);
  });
  it("must not trigger: the regime's weight", () => {
    expect(runRule("regime-weight", wb(sheet("S", [[10]])), [r])).toEqual([]);
  });
});
