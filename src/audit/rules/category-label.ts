// A category label (IKPA, NKA, IKM, SAKIP predicate) matches its score.
import type { Rule, RuleMeta } from "../types";
import { categoryFor, sameCategory, scoreForCategory, styledCategory } from "../categories";
import { shiftDecimal } from "../../core/numbers";
import { formatEn, formatId, readNumber } from "../values";

export const meta = {
  id: "category-label",
  name: { id: "Kategori nilai", en: "Score categories" },
  severity: "error" as const,
  codes: ["category.mismatch"],
  description: {
    id: "Label kategori (IKPA, NKA, IKM, predikat SAKIP) sesuai dengan nilainya.",
    en: "A category label (IKPA, NKA, IKM, SAKIP predicate) matches its score.",
  },
  docs: "docs/rules/category-label.md",
} satisfies RuleMeta;

/** The score as the sheet means it: 97,02 for a percent-formatted 0,9702. */
function shown(score: { value: number; percent: boolean }): number {
  return score.percent ? shiftDecimal(score.value, 2) : score.value;
}

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of ctx.relations.filter((r) => r.kind === "category")) {
      const scheme = rel.params?.scheme;
      const score = rel.operands[0] ? readNumber(ctx.view(rel.operands[0])) : null;
      const label = ctx.view(rel.target).value;
      if (!scheme || !score || typeof label !== "string" || !label.trim()) continue;
      const points = scoreForCategory(scheme, score);
      if (points === null) continue;
      const plain = categoryFor(scheme, points);
      if (sameCategory(label, plain, scheme)) continue;
      const expected = styledCategory(label, plain, scheme);
      ctx.report({
        code: "category.mismatch",
        sheet: rel.target.sheet,
        cell: rel.target.address,
        related: rel.operands.map((o) => ({ sheet: o.sheet, cell: o.address })),
        expected,
        actual: label,
        relation: rel.id,
        origin: rel.origin,
        params: { actual: label.trim(), expected, score: formatId(shown(score), 2), score_en: formatEn(shown(score), 2), cell: rel.target.address },
      });
    }
  },
};
