import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const r = rel("difference", "C1", ["A1", "B1"], { label: { id: "Sisa anggaran", en: "Remaining budget" } });

ruleTester("difference", {
  valid: [{ name: "sisa = pagu − realisasi", snapshot: wb(sheet("S", [[9933860000, 9912780806, 21079194]])), relations: [r] }],
  invalid: [
    { name: "sisa ≠ pagu − realisasi", snapshot: wb(sheet("S", [[9933860000, 9912780806, 21079000]])), relations: [r], findings: ["S!C1 error difference.mismatch"] },
    {
      name: "5,9 − 1 = 4,9 shown without decimals as 4 (truncated: rounding, info)",
      snapshot: wb(sheet("S", [[5.9, 1, 4]], { numberFormats: [["General", "General", "0"]] })),
      relations: [r],
      findings: ["S!C1 info difference.rounding"],
    },
  ],
});
