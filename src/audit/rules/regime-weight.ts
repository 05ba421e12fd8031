// A figure fixed by regulation (IKPA bobot of that year's regime, NKA weights) has that value;
// a blank weight where the regime has one is also reported.
import type { Rule, RuleMeta } from "../types";
import { formatEn, formatId, isBlank, isDash, readNumber } from "../values";

export const meta = {
  id: "regime-weight",
  name: { id: "Bobot IKPA menurut peraturan", en: "IKPA weights by regulation" },
  severity: "error" as const,
  codes: ["constant.mismatch"],
  description: {
    id: "Bobot (IKPA, NKA) sesuai peraturan tahun anggarannya; bobot kosong juga dilaporkan.",
    en: "Weights (IKPA, NKA) match that budget year's regulation; a blank weight is reported too.",
  },
  docs: "docs/rules/regime-weight.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of ctx.relations.filter((r) => r.kind === "constant")) {
      const expected = rel.params?.expected;
      if (expected === undefined) continue;
      const v = ctx.view(rel.target);
      const n = readNumber(v);
      let ok: boolean;
      let actualText: string;
      if (typeof expected === "number") {
        const actual = n ? n.value : isBlank(v.value) || isDash(v.value) ? null : NaN;
        ok = actual !== null && Math.abs(actual - expected) < 1e-9;
        actualText = actual === null ? "(kosong)" : n ? formatId(n.value, Number.isInteger(n.value) ? 0 : 2) : String(v.value);
      } else {
        ok = typeof v.value === "string" && v.value.trim().toLowerCase() === expected.toLowerCase();
        actualText = v.value === null ? "(kosong)" : String(v.value);
      }
      if (ok) continue;
      const label = rel.label;
      const expId = typeof expected === "number" ? formatId(expected, Number.isInteger(expected) ? 0 : 2) : expected;
      const expEn = typeof expected === "number" ? formatEn(expected, Number.isInteger(expected) ? 0 : 2) : expected;
      ctx.report({
        code: "constant.mismatch",
        sheet: rel.target.sheet,
        cell: rel.target.address,
        related: [],
        expected,
        actual: n ? n.value : v.value === null ? undefined : String(v.value),
        relation: rel.id,
        origin: rel.origin,
        params: {
          label: label.id,
          label_en: label.en,
          actual: actualText,
          actual_en: actualText === "(kosong)" ? "(blank)" : actualText,
          expected: expId,
          expected_en: expEn,
          cell: rel.target.address,
        },
      });
    }
  },
};
