// Every percentage or ratio equals numerator ÷ denominator (serapan, PNBP %, year-over-year,
// standar nasional z, realisasi of ratio indicators).
import type { Rule, RuleMeta } from "../types";
import { showSide, operandValue, relationsOf, reportComputed } from "./shared";

export const meta = {
  id: "ratio",
  name: { id: "Rasio dan persentase", en: "Ratios and percentages" },
  severity: "error" as const,
  codes: ["ratio.mismatch", "ratio.rounding"],
  description: {
    id: "Persentase/rasio sama dengan pembilang dibagi penyebut (serapan, PNBP, antar tahun, standar nasional).",
    en: "Every percentage/ratio equals numerator divided by denominator (serapan, PNBP, year-over-year, national standard).",
  },
  docs: "docs/rules/ratio.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "ratio")) {
      const split = rel.params?.split ?? 1;
      const num = rel.operands[0];
      const den = rel.operands[split];
      if (!num || !den) continue;
      let a: number | null = 0;
      let b: number | null = 0;
      rel.operands.forEach((o, i) => {
        const v = operandValue(ctx, o, false);
        if (i < split) a = a === null || v === null ? null : a + v;
        else b = b === null || v === null ? null : b + v;
      });
      if (a === null || b === null || b === 0) continue;
      const scale = rel.params?.scale ?? 1;
      reportComputed(ctx, meta, rel, (a / b) * scale, "ratio", () => ({
        numerator: showSide(ctx, rel.operands.slice(0, split), "id"),
        numerator_en: showSide(ctx, rel.operands.slice(0, split), "en"),
        denominator: showSide(ctx, rel.operands.slice(split), "id"),
        denominator_en: showSide(ctx, rel.operands.slice(split), "en"),
      }));
    }
  },
};
