// Totals and subtotals equal the sum of their parts (nested rows: the relation lists only the
// rows that belong to the total, so a parent that repeats its children is not counted twice).
import type { Rule, RuleMeta } from "../types";
import { operandValue, relationsOf, reportComputed } from "./shared";

export const meta = {
  id: "total-sum",
  name: { id: "Total dan subtotal", en: "Totals and subtotals" },
  severity: "error" as const,
  codes: ["sum.mismatch", "sum.rounding"],
  description: {
    id: "Total dan subtotal sama dengan jumlah rinciannya (termasuk baris induk/anak).",
    en: "Totals and subtotals equal the sum of their parts (including parent/child rows).",
  },
  docs: "docs/rules/total-sum.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "sum")) {
      let sum = 0;
      for (const o of rel.operands) sum += operandValue(ctx, o, true) ?? 0;
      reportComputed(ctx, meta, rel, sum, "sum", {});
    }
  },
};
