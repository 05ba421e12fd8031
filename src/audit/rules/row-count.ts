// Counts (e.g. "Jumlah Indikator" of a Rencana Aksi triwulan) equal the number of filled rows.
import type { Rule, RuleMeta } from "../types";
import { isBlank, isDash } from "../values";
import { relationsOf, reportComputed } from "./shared";

export const meta = {
  id: "row-count",
  name: { id: "Banyaknya baris", en: "Row counts" },
  severity: "error" as const,
  codes: ["count.mismatch", "count.rounding"],
  description: {
    id: "Jumlah (mis. jumlah indikator per triwulan) sama dengan banyaknya baris yang terisi.",
    en: "Counts (e.g. indicators per triwulan) equal the number of filled rows.",
  },
  docs: "docs/rules/row-count.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "count")) {
      const n = rel.operands.filter((o) => {
        const v = ctx.view(o).value;
        return !isBlank(v) && !isDash(v);
      }).length;
      reportComputed(ctx, meta, rel, n, "count", {});
    }
  },
};
