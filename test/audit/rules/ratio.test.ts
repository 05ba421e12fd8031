import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const mk = (pct: number, fmt = "0.00%") => wb(sheet("S", [[9912780806, 9933860000, pct]], { numberFormats: [["#,##0", "#,##0", fmt]] }));
const r = rel("ratio", "C1", ["A1", "B1"], { label: { id: "Persentase serapan", en: "Absorption" }, quantity: "persen", params: { scale: 1 } });

ruleTester("ratio", {
  valid: [
    { name: "99,79% shown (stored 0,997878)", snapshot: mk(0.997878), relations: [r] },
    { name: "99,79% typed", snapshot: mk(0.9979), relations: [r] },
    { name: "denominator '-' (no %)", snapshot: wb(sheet("S", [[2269900, "-", 0]])), relations: [rel("ratio", "C1", ["A1", "B1"], { params: { scale: 100 } })] },
  ],
  invalid: [
    {
      name: "99,76% where 99,79% is right",
      snapshot: mk(0.9976),
      relations: [r],
      findings: ["S!C1 error ratio.mismatch"],
      check(f) {
        expect(f[0].message).toContain("99,76%");
        expect(f[0].message).toContain("99,79%");
      },
    },
    {
      name: "percent points 99,86 where 2.024/2.027 = 99,85",
      snapshot: wb(sheet("S", [[2024, 2027, 99.86]], { numberFormats: [["0", "0", "0.00"]] })),
      relations: [rel("ratio", "C1", ["A1", "B1"], { params: { scale: 100 } })],
      findings: ["S!C1 error ratio.mismatch"],
    },
    {
      name: "3,21 / 3,1 = 103,55% shown truncated as 103,54% (rounding, info)",
      snapshot: wb(sheet("S", [[3.21, 3.1, 1.0354]], { numberFormats: [["0.00", "0.00", "0.00%"]] })),
      relations: [rel("ratio", "C1", ["A1", "B1"])],
      findings: ["S!C1 info ratio.rounding"],
    },
  ],
});
