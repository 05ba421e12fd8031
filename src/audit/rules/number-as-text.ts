// Numbers stored as text ("9.933.860.000", "99,79%", "Rp.1.470.043.772", "(98.67%)") cannot be
// summed by Excel; malformed ones ("7.981.992,000") are ambiguous to a reader too.
import { forEachCell } from "../../core/snapshot";
import { toA1 } from "../../core/address";
import type { Rule } from "../types";
import { formatEn, formatId, parseNumberTextLocal } from "../values";

export const meta = {
  id: "number-as-text",
  severity: "warning" as const,
  description: {
    id: "Angka tidak boleh disimpan sebagai teks (gaya Indonesia atau OM-SPAN, \"Rp\", \"%\", pemisah yang salah).",
    en: "Numbers must not be stored as text (Indonesian or OM-SPAN style, \"Rp\", \"%\", wrong separators).",
  },
  docs: "docs/rules/number-as-text.md",
};

/** Plain digit strings (codes, years, row numbers) and "(1)" column numbers are not flagged. */
function looksNumeric(text: string): boolean {
  const t = text.trim();
  if (/^\(?\d+\)?\.?$/.test(t)) return false;
  return /[.,%]|^rp/i.test(t);
}

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const sheet of ctx.snapshot.sheets) {
      forEachCell(sheet, (row, col, view) => {
        if (typeof view.value !== "string" || view.formula) return;
        if (!looksNumeric(view.value)) return;
        const n = parseNumberTextLocal(view.value);
        if (!n) return;
        const shown = n.percent ? `${formatId(n.value * 100, n.decimals ?? 2)}%` : formatId(n.value, n.decimals ?? 0);
        const shownEn = n.percent ? `${formatEn(n.value * 100, n.decimals ?? 2)}%` : formatEn(n.value, n.decimals ?? 0);
        ctx.report({
          code: n.malformed ? "text.malformed" : "text.number",
          sheet: sheet.name,
          cell: toA1(row, col),
          related: [],
          actual: view.value,
          expected: n.value,
          origin: "cell",
          params: { text: view.value, reading: shown, reading_en: shownEn },
        });
      });
    }
  },
};
