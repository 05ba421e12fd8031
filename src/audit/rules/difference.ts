// Sisa anggaran = pagu − realisasi (and other differences).
import type { Rule, RuleMeta } from "../types";
import { showSide, operandValue, relationsOf, reportComputed } from "./shared";

export const meta = {
  id: "difference",
  name: { id: "Selisih", en: "Differences" },
  severity: "error" as const,
  codes: ["difference.mismatch", "difference.rounding"],
  description: {
    id: "Selisih (mis. sisa anggaran = pagu − realisasi) dihitung dengan benar.",
    en: "Differences (e.g. sisa anggaran = pagu − realisasi) are computed correctly.",
  },
  docs: "docs/rules/difference.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "difference")) {
      const split = rel.params?.split ?? 1;
      const a = rel.operands[0];
      const b = rel.operands[split];
      if (!a || !b) continue;
      let x: number | null = 0;
      let y: number | null = 0;
      rel.operands.forEach((o, i) => {
        const v = operandValue(ctx, o, true);
        if (i < split) x = x === null || v === null ? null : x + v;
        else y = y === null || v === null ? null : y + v;
      });
      if (x === null || y === null) continue;
      reportComputed(ctx, meta, rel, x - y, "difference", () => ({
        minuend: showSide(ctx, rel.operands.slice(0, split), "id"),
        minuend_en: showSide(ctx, rel.operands.slice(0, split), "en"),
        subtrahend: showSide(ctx, rel.operands.slice(split), "id"),
        subtrahend_en: showSide(ctx, rel.operands.slice(split), "en"),
      }));
    }
  },
};
