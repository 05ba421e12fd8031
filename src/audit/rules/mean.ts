// Averages (rata-rata capaian sasaran, overall average, IKPA nilai aspek) equal the simple mean
// of their numeric operands; "Nihil", "-" and blanks are left out.
import type { Rule, RuleMeta } from "../types";
import { readNumber } from "../values";
import { relationsOf, reportComputed, showOperand } from "./shared";

export const meta = {
  id: "mean",
  name: { id: "Rata-rata", en: "Averages" },
  severity: "error" as const,
  codes: ["mean.mismatch", "mean.rounding"],
  description: {
    id: "Rata-rata (capaian sasaran, rata-rata keseluruhan, nilai aspek IKPA) sama dengan rerata indikatornya.",
    en: "Averages (sasaran capaian, overall mean, IKPA nilai aspek) equal the mean of their indicators.",
  },
  docs: "docs/rules/mean.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "mean")) {
      const used = rel.operands.filter((o) => readNumber(ctx.view(o)) !== null);
      if (used.length === 0) continue;
      const values = used.map((o) => readNumber(ctx.view(o))!.value);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      reportComputed(ctx, meta, rel, mean, "mean", () => ({
        count: values.length,
        values: used.map((o) => showOperand(ctx, o, "id")).join("; "),
        values_en: used.map((o) => showOperand(ctx, o, "en")).join("; "),
      }));
    }
  },
};
