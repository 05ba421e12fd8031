// A SUM whose range stops short of the figures right next to it (a row added at the bottom of
// a table and left out of the total).
import { parseRange, rangeToA1, toA1 } from "../../core/address";
import { cellAt, forEachCellRaw, heldColsBetween, heldRowsBetween } from "../../core/snapshot";
import type { Rule, RuleMeta } from "../types";
import { readNumber } from "../values";

export const meta = {
  id: "sum-range-gap",
  name: { id: "Rentang SUM yang terpotong", en: "SUM range that falls short" },
  severity: "warning" as const,
  codes: ["sum.gap"],
  description: {
    id: "Rumus SUM mencakup semua angka yang bersebelahan dengan rentangnya sampai sel total.",
    en: "A SUM covers every figure between its range and the total cell.",
  },
  docs: "docs/rules/sum-range-gap.md",
} satisfies RuleMeta;

const SUM_ONE_RANGE = /^=?\s*SUM\(\s*(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)\s*\)\s*$/i;

const AGGREGATE_LABEL = /^(rata[- ]?rata|sub\s*-?\s*total|sub\s*jumlah|jumlah|total|median|rerata)/i;

/** The first words of a row left of a column (its label). */
function rowWords(sheet: Parameters<typeof cellAt>[0], r: number, c: number): string {
  for (const k of heldColsBetween(sheet, r, sheet.origin.col - 1, c)) {
    const v = cellAt(sheet, r, k).value;
    if (typeof v === "string" && v.trim() && !/^[\d.,%()\s-]+$/.test(v)) return v.trim();
  }
  return "";
}

/** The header words above a column cell (for a horizontal SUM). */
function colWords(sheet: Parameters<typeof cellAt>[0], r: number, c: number): string {
  for (let k = r - 1; k >= Math.max(sheet.origin.row, r - 3); k--) {
    const v = cellAt(sheet, k, c).value;
    if (typeof v === "string" && v.trim()) return v.trim();
  }
  return "";
}

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const sheet of ctx.snapshot.sheets) {
      forEachCellRaw(sheet, (row, col, value, formula, numberFormat) => {
        const m = formula ? SUM_ONE_RANGE.exec(formula) : null;
        if (!m) return;
        const view = { value, formula, numberFormat };
        const range = parseRange(m[1]);
        const missing: string[] = [];
        const vertical = range.start.col === range.end.col && range.start.col === col && range.end.row < row;
        const horizontal = range.start.row === range.end.row && range.start.row === row && range.end.col < col;
        if (vertical) {
          for (const r of heldRowsBetween(sheet, col, range.end.row, row)) {
            const v = cellAt(sheet, r, col);
            if (readNumber(v) && !(v.formula && /SUM\(/i.test(v.formula))) missing.push(toA1(r, col));
          }
        } else if (horizontal) {
          for (const c of heldColsBetween(sheet, row, range.end.col, col)) {
            const v = cellAt(sheet, row, c);
            if (readNumber(v) && !(v.formula && /SUM\(/i.test(v.formula))) missing.push(toA1(row, c));
          }
        }
        // Cells that are not parts: an average, subtotal or total row between the parts and the
        // total, or figures that are themselves aggregates.
        const notPart = (r: number, c: number) => {
          const f = cellAt(sheet, r, c).formula ?? "";
          if (/\b(AVERAGE|SUBTOTAL|SUM|AGGREGATE|MEDIAN)\s*\(/i.test(f)) return true;
          const lead = vertical ? rowWords(sheet, r, c) : colWords(sheet, r, c);
          return AGGREGATE_LABEL.test(lead);
        };
        const kept = missing.filter((a) => {
          const p = parseRange(a).start;
          return !notPart(p.row, p.col);
        });
        if (!kept.length) return;
        // A second breakdown of the same total (by workplace after by waiting time): the cells
        // left out add up to the total on their own, so extending the range would double count.
        const total = readNumber(view)?.value;
        let gapSum = 0;
        for (const a of kept) {
          const p = parseRange(a).start;
          gapSum += readNumber(cellAt(sheet, p.row, p.col))?.value ?? 0;
        }
        if (total !== undefined && Math.abs(gapSum - total) <= 0.5 && kept.length >= 2) return;
        missing.length = 0;
        missing.push(...kept);
        const suggested = rangeToA1({ start: range.start, end: vertical ? { row: row - 1, col } : { row, col: col - 1 } });
        ctx.report({
          code: "sum.gap",
          sheet: sheet.name,
          cell: toA1(row, col),
          related: missing.map((cell) => ({ sheet: sheet.name, cell })),
          origin: "cell",
          params: { formula: view.formula ?? "", missing: missing.join(", "), suggested: `SUM(${suggested})` },
        });
      });
    }
  },
};
