import { rel, runRule, sheet, wb, where } from "../helpers";

describe("product", () => {
  const r = rel("product", "A3", ["A1", "A2"], { params: { factor: 0.01 }, label: { id: "Nilai akhir Belanja Kontraktual", en: "Final score" }, quantity: "score" });
  it("must trigger: 84,40 × 10 / 100 = 8,44, written 9,44", () => {
    const f = runRule("product", wb(sheet("S", [[84.4], [10], [9.44]])), [r]);
    expect(where(f)).toEqual(["S!A3 error product.mismatch"]);
    expect(f[0].expected).toBeCloseTo(8.44, 10);
  });
  it("must not trigger: 93,67 × 15 / 100 = 14,05 (rounded as OM-SPAN shows)", () => {
    expect(runRule("product", wb(sheet("S", [[93.67], [15], [14.05]])), [r])).toEqual([]);
    expect(runRule("product", wb(sheet("S", [[94.4], [10], [9.44]])), [r])).toEqual([]);
  });
});
