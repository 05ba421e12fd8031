// Capaian equals CAPAIAN(realisasi, target) with the indicator's polarity.
import { capaian } from "../../core/formulas/capaian";
import { isFormulaError } from "../../core/result";
import type { Rule, RuleMeta } from "../types";
import { readNumber } from "../values";
import { relationsOf, reportComputed, showOperand } from "./shared";

export const meta = {
  id: "capaian",
  name: { id: "Capaian kinerja", en: "Performance achievement (capaian)" },
  severity: "error" as const,
  codes: ["capaian.mismatch", "capaian.rounding"],
  description: {
    id: "Capaian sama dengan realisasi dibanding target sesuai polaritas indikator (target Nihil: tidak dihitung).",
    en: "Capaian equals realisasi against target with the indicator's polarity (Nihil target: not computed).",
  },
  docs: "docs/rules/capaian.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "capaian")) {
      const [r, t] = rel.operands;
      if (!r || !t) continue;
      const rv = readNumber(ctx.view(r));
      const tv = readNumber(ctx.view(t));
      if (!rv || !tv) continue;
      const c = capaian(rv.value, tv.value, rel.params?.polarity ?? "positif", rel.params?.metodeNegatif ?? "selisih");
      if (isFormulaError(c)) continue;
      reportComputed(ctx, meta, rel, Math.min(c, rel.params?.cap ?? Infinity) * (rel.params?.scale ?? 1), "capaian", () => ({
        realisasi: showOperand(ctx, r, "id"),
        realisasi_en: showOperand(ctx, r, "en"),
        target: showOperand(ctx, t, "id"),
        target_en: showOperand(ctx, t, "en"),
      }));
    }
  },
};
