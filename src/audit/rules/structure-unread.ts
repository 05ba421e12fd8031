// A sheet holding figures on which recognition could assert nothing (no table whose numbers
// confirm a total, a % or a sisa, no template): the audit says so once, at info level, rather
// than letting silence read as "checked and clean". Never a warning: nothing is known to be wrong.
import { toA1 } from "../../core/address";
import { K } from "../recognize/grid";
import { isNumberingRow } from "../recognize/tables";
import type { Rule, RuleMeta } from "../types";

export const meta = {
  id: "structure-unread",
  name: { id: "Struktur lembar tidak terbaca", en: "Sheet structure not read" },
  severity: "info" as const,
  codes: ["structure.unread", "structure.unconfirmed"],
  description: {
    id: "Lembar berisi angka yang strukturnya tidak terbaca: tidak ada hubungan yang dapat dipastikan, jadi tidak ada yang diperiksa.",
    en: "A sheet holds figures whose structure could not be read: no relation could be confirmed, so nothing on it was checked.",
  },
  docs: "docs/rules/structure-unread.md",
} satisfies RuleMeta;

/** Fewer figures than this say nothing worth a note (a date, a page number, a year). */
const MIN_FIGURES = 4;

export const rule: Rule = {
  meta,
  check(ctx) {
    const rec = ctx.recognition;
    if (!rec) return;
    const covered = new Set<string>();
    for (const r of ctx.relations) {
      covered.add(r.target.sheet);
      for (const o of r.operands) covered.add(o.sheet);
    }
    for (const g of rec.grids) {
      if (covered.has(g.name) || rec.copies.has(g.name)) continue;
      let figures = 0;
      let first: [number, number] | null = null;
      const onSheet = rec.tables.filter((t) => t.table.sheet === g.name);
      // A "No"/"Kode" column of a recognised table identifies rows; its numbers are not figures.
      const codeCols = new Map<number, number[]>();
      for (const t of onSheet)
        for (const r of t.table.rows)
          if (t.table.codeCols.length)
            codeCols.set(r, [...(codeCols.get(r) ?? []), ...t.table.codeCols]);
      for (const r of g.rowList) {
        // "1 2 3 …" / "(1) (2)" under a header numbers the columns; it is layout, not figures.
        if (isNumberingRow(g, r)) continue;
        for (const c of g.colsOf(r)) {
          const k = g.kind(r, c);
          // Years typed as numbers keep their text; they are header words, not figures.
          if (
            (k === K.TextNum || (k === K.Num && !g.text(r, c))) &&
            !codeCols.get(r)?.includes(c)
          ) {
            figures++;
            first ??= [r, c];
          }
        }
      }
      if (figures < MIN_FIGURES || !first) continue;
      const tables = onSheet.length;
      ctx.report({
        code: tables ? "structure.unconfirmed" : "structure.unread",
        sheet: g.name,
        cell: toA1(first[0], first[1]),
        related: [],
        actual: figures,
        origin: "cell",
        params: { count: figures, tables },
      });
    }
  },
};
