// Every percentage or ratio equals numerator ÷ denominator (serapan, PNBP %, year-over-year,
// standar nasional z, realisasi of ratio indicators).
import type { Rule } from "../types";
import { operandValue, relationsOf, reportComputed, showOperand } from "./shared";

export const meta = {
  id: "ratio",
  severity: "error" as const,
  description: {
    id: "Persentase/rasio sama dengan pembilang dibagi penyebut (serapan, PNBP, antar tahun, standar nasional).",
    en: "Every percentage/ratio equals numerator divided by denominator (serapan, PNBP, year-over-year, national standard).",
  },
  docs: "docs/rules/ratio.md",
};

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "ratio")) {
      const [num, den] = rel.operands;
      if (!num || !den) continue;
      const a = operandValue(ctx, num, false);
      const b = operandValue(ctx, den, false);
      if (a === null || b === null || b === 0) continue;
      const scale = rel.params?.scale ?? 1;
      reportComputed(ctx, meta, rel, (a / b) * scale, "ratio", () => ({
        numerator: showOperand(ctx, num, "id"),
        numerator_en: showOperand(ctx, num, "en"),
        denominator: showOperand(ctx, den, "id"),
        denominator_en: showOperand(ctx, den, "en"),
      }));
    }
  },
};
