// Formulas whose results the file does not hold (written by a script, or "recalculate on load"
// with every result 0): the audit cannot check figures it cannot see, so it says so once per
// file instead of giving a clean bill. No formula engine here (none MIT/Apache covers Excel).
import type { Rule, RuleMeta } from "../types";

export const meta = {
  id: "uncalculated",
  name: { id: "Rumus belum dihitung", en: "Formulas never calculated" },
  severity: "warning" as const,
  codes: ["workbook.uncalculated"],
  description: {
    id: "Rumus yang belum dihitung tidak dapat diperiksa; buka dan simpan di Excel, lalu audit lagi.",
    en: "Formulas that were never calculated cannot be checked; open and save in Excel, then audit again.",
  },
  docs: "docs/rules/uncalculated.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    const u = ctx.snapshot.uncalculated;
    if (!u || u.count <= 0) return;
    ctx.report({ code: "workbook.uncalculated", sheet: u.sheet, cell: u.cell, related: [], actual: u.count, origin: "cell", params: { count: u.count } });
  },
};
