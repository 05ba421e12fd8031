// Sisa anggaran = pagu − realisasi (and other differences).
import type { Rule } from "../types";
import { operandValue, relationsOf, reportComputed, showOperand } from "./shared";

export const meta = {
  id: "difference",
  severity: "error" as const,
  description: {
    id: "Selisih (mis. sisa anggaran = pagu − realisasi) dihitung dengan benar.",
    en: "Differences (e.g. sisa anggaran = pagu − realisasi) are computed correctly.",
  },
  docs: "docs/rules/difference.md",
};

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "difference")) {
      const [a, b] = rel.operands;
      if (!a || !b) continue;
      const x = operandValue(ctx, a, true);
      const y = operandValue(ctx, b, true);
      if (x === null || y === null) continue;
      reportComputed(ctx, meta, rel, x - y, "difference", () => ({
        minuend: showOperand(ctx, a, "id"),
        minuend_en: showOperand(ctx, a, "en"),
        subtrahend: showOperand(ctx, b, "id"),
        subtrahend_en: showOperand(ctx, b, "en"),
      }));
    }
  },
};
