// A category label (IKPA, NKA, IKM, SAKIP predicate) matches its score.
import type { Rule } from "../types";
import { categoryFor, sameCategory } from "../categories";
import { formatEn, formatId, readNumber } from "../values";

export const meta = {
  id: "category-label",
  severity: "error" as const,
  description: {
    id: "Label kategori (IKPA, NKA, IKM, predikat SAKIP) sesuai dengan nilainya.",
    en: "A category label (IKPA, NKA, IKM, SAKIP predicate) matches its score.",
  },
  docs: "docs/rules/category-label.md",
};

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of ctx.relations.filter((r) => r.kind === "category")) {
      const scheme = rel.params?.scheme;
      const score = rel.operands[0] ? readNumber(ctx.view(rel.operands[0])) : null;
      const label = ctx.view(rel.target).value;
      if (!scheme || !score || typeof label !== "string" || !label.trim()) continue;
      const expected = categoryFor(scheme, score.value);
      if (sameCategory(label, expected)) continue;
      ctx.report({
        code: "category.mismatch",
        sheet: rel.target.sheet,
        cell: rel.target.address,
        related: rel.operands.map((o) => ({ sheet: o.sheet, cell: o.address })),
        expected,
        actual: label,
        relation: rel.id,
        origin: rel.origin,
        params: { actual: label.trim(), expected, score: formatId(score.value, 2), score_en: formatEn(score.value, 2), cell: rel.target.address },
      });
    }
  },
};
