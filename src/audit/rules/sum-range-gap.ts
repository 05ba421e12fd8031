// A SUM whose range stops short of the figures right next to it (a row added at the bottom of
// a table and left out of the total).
import { parseRange, rangeToA1, toA1 } from "../../core/address";
import { cellAt, forEachCell } from "../../core/snapshot";
import type { Rule } from "../types";
import { readNumber } from "../values";

export const meta = {
  id: "sum-range-gap",
  severity: "warning" as const,
  description: {
    id: "Rumus SUM mencakup semua angka yang bersebelahan dengan rentangnya sampai sel total.",
    en: "A SUM covers every figure between its range and the total cell.",
  },
  docs: "docs/rules/sum-range-gap.md",
};

const SUM_ONE_RANGE = /^=?\s*SUM\(\s*(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)\s*\)\s*$/i;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const sheet of ctx.snapshot.sheets) {
      forEachCell(sheet, (row, col, view) => {
        const m = view.formula ? SUM_ONE_RANGE.exec(view.formula) : null;
        if (!m) return;
        const range = parseRange(m[1]);
        const missing: string[] = [];
        const vertical = range.start.col === range.end.col && range.start.col === col && range.end.row < row;
        const horizontal = range.start.row === range.end.row && range.start.row === row && range.end.col < col;
        if (vertical) {
          for (let r = range.end.row + 1; r < row; r++) {
            const v = cellAt(sheet, r, col);
            if (readNumber(v) && !(v.formula && /SUM\(/i.test(v.formula))) missing.push(toA1(r, col));
          }
        } else if (horizontal) {
          for (let c = range.end.col + 1; c < col; c++) {
            const v = cellAt(sheet, row, c);
            if (readNumber(v) && !(v.formula && /SUM\(/i.test(v.formula))) missing.push(toA1(row, c));
          }
        }
        if (!missing.length) return;
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
