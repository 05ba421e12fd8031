import { rel, runRule, sheet, wb, where } from "../helpers";

describe("ratio", () => {
  const mk = (pct: number, fmt = "0.00%") => wb(sheet("S", [[9912780806, 9933860000, pct]], { numberFormats: [["#,##0", "#,##0", fmt]] }));
  const r = rel("ratio", "C1", ["A1", "B1"], { label: { id: "Persentase serapan", en: "Absorption" }, quantity: "persen", params: { scale: 1 } });
  it("must trigger: 99,76% where 99,79% is right", () => {
    const f = runRule("ratio", mk(0.9976), [r]);
    expect(where(f)).toEqual(["S!C1 error ratio.mismatch"]);
    expect(f[0].message).toContain("99,76%");
    expect(f[0].message).toContain("99,79%");
  });
  it("must trigger: percent points 99,86 where 2.024/2.027 = 99,85", () => {
    const s = wb(sheet("S", [[2024, 2027, 99.86]], { numberFormats: [["0", "0", "0.00"]] }));
    expect(where(runRule("ratio", s, [rel("ratio", "C1", ["A1", "B1"], { params: { scale: 100 } })]))).toEqual(["S!C1 error ratio.mismatch"]);
  });
  it("must not trigger: 99,79% shown; truncation is info only", () => {
    expect(runRule("ratio", mk(0.997878), [r])).toEqual([]);
    expect(runRule("ratio", mk(0.9979), [r])).toEqual([]);
    const trunc = wb(sheet("S", [[3.21, 3.1, 1.0354]], { numberFormats: [["0.00", "0.00", "0.00%"]] }));
    expect(where(runRule("ratio", trunc, [rel("ratio", "C1", ["A1", "B1"])]))).toEqual(["S!C1 info ratio.rounding"]);
  });
  it("must not trigger: denominator '-' (no %)", () => {
    const s = wb(sheet("S", [[2269900, "-", 0]]));
    expect(runRule("ratio", s, [rel("ratio", "C1", ["A1", "B1"], { params: { scale: 100 } })])).toEqual([]);
  });
});
