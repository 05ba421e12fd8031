import { rel, runRule, sheet, wb, where } from "../helpers";

describe("row-count", () => {
  const r = rel("count", "B4", ["B1", "B2", "B3"]);
  it("must trigger: Jumlah Indikator 3 with 2 rows", () => {
    expect(where(runRule("row-count", wb(sheet("S", [["1", "a"], ["2", "b"], ["3", null], ["Jumlah", 3]])), [r]))).toEqual(["S!B4 error count.mismatch"]);
  });
  it("must not trigger: count matches", () => {
    expect(runRule("row-count", wb(sheet("S", [["1", "a"], ["2", "b"], ["3", "c"], ["Jumlah", 3]])), [r])).toEqual([]);
  });
});
