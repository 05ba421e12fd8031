import { rel, runRule, sheet, wb, where } from "../helpers";

describe("category-label", () => {
  it("must trigger: NKA 89,56 labelled Sangat Baik", () => {
    const f = runRule("category-label", wb(sheet("S", [[89.56, "Sangat Baik"]])), [rel("category", "B1", ["A1"], { params: { scheme: "nka" } })]);
    expect(where(f)).toEqual(["S!B1 error category.mismatch"]);
    expect(f[0].expected).toBe("Baik");
  });
  it("must not trigger: NKA 89,56 Baik; IKPA 96,12 SANGAT BAIK", () => {
    expect(runRule("category-label", wb(sheet("S", [[89.56, "Baik"]])), [rel("category", "B1", ["A1"], { params: { scheme: "nka" } })])).toEqual([]);
    expect(runRule("category-label", wb(sheet("S", [[96.12, "SANGAT BAIK"]])), [rel("category", "B1", ["A1"], { params: { scheme: "ikpa" } })])).toEqual([]);
  });
});
