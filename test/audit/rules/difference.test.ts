import { rel, runRule, sheet, wb, where } from "../helpers";

describe("difference", () => {
  const r = rel("difference", "C1", ["A1", "B1"], { label: { id: "Sisa anggaran", en: "Remaining budget" } });
  it("must trigger: sisa ≠ pagu − realisasi", () => {
    expect(where(runRule("difference", wb(sheet("S", [[9933860000, 9912780806, 21079000]])), [r]))).toEqual(["S!C1 error difference.mismatch"]);
  });
  it("must not trigger: sisa = pagu − realisasi", () => {
    expect(runRule("difference", wb(sheet("S", [[9933860000, 9912780806, 21079194]])), [r])).toEqual([]);
  });
});
