// Numbers stored as text ("9.933.860.000", "99,79%", "Rp.1.470.043.772", "(98.67%)") cannot be
// summed by Excel; malformed ones ("7.981.992,000") are ambiguous to a reader too.
import { forEachCellRaw } from "../../core/snapshot";
import { isCodeText } from "../recognize/grid";
import { toA1 } from "../../core/address";
import type { Rule, RuleMeta } from "../types";
import { columnNumberStyle, formatEn, formatId, parseNumberTextLocal, type NumberReading } from "../values";

export const meta = {
  id: "number-as-text",
  name: { id: "Angka tersimpan sebagai teks", en: "Numbers stored as text" },
  severity: "warning" as const,
  codes: ["text.number", "text.ambiguous", "text.malformed"],
  description: {
    id: "Angka tidak boleh disimpan sebagai teks (gaya Indonesia atau OM-SPAN, \"Rp\", \"%\", pemisah yang salah).",
    en: "Numbers must not be stored as text (Indonesian or OM-SPAN style, \"Rp\", \"%\", wrong separators).",
  },
  docs: "docs/rules/number-as-text.md",
} satisfies RuleMeta;

/** Plain digit strings (codes, years, row numbers) and "(1)" column numbers are not flagged. */
function looksNumeric(text: string): boolean {
  const t = text.trim();
  if (/^\(?\d+\)?\.?$/.test(t)) return false;
  return /[.,%]|^rp/i.test(t);
}

function shownId(n: NumberReading): string {
  return n.percent ? `${formatId(n.value * 100, n.decimals ?? 2)}%` : formatId(n.value, n.decimals ?? 0);
}

function shownEn(n: NumberReading): string {
  return n.percent ? `${formatEn(n.value * 100, n.decimals ?? 2)}%` : formatEn(n.value, n.decimals ?? 0);
}

/** Sorted, disjoint union of closed row spans. */
function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]); // a fresh pair: inputs are shared between columns
  }
  return out;
}

export const rule: Rule = {
  meta,
  check(ctx) {
    // Code and identifier columns of recognised tables (Kode, No, Kodepemda, dotted codes, text
    // ids) hold names, not amounts; figure columns hold amounts even when one looks like a code.
    const codeCells = new Map<string, Map<number, [number, number][]>>();
    const figureCells = new Map<string, Map<number, [number, number][]>>();
    const add = (m: Map<string, Map<number, [number, number][]>>, sheet: string, col: number, span: [number, number]) => {
      let s = m.get(sheet);
      if (!s) m.set(sheet, (s = new Map()));
      const spans = s.get(col);
      if (spans) spans.push(span);
      else s.set(col, [span]);
    };
    for (const { table } of ctx.recognition?.tables ?? []) {
      const span: [number, number] = [table.headerRows[0], table.rows.length ? table.rows[table.rows.length - 1] : table.headerRow];
      for (const c of table.columns) {
        if (c.kind === "code" || c.kind === "label") add(codeCells, table.sheet, c.col, span);
        else if (c.kind === "number" || c.kind === "percent") add(figureCells, table.sheet, c.col, span);
      }
    }
    // Spans sorted by start and merged, so a cell's lookup is a binary search (many tables share a column).
    for (const m of [codeCells, figureCells]) for (const s of m.values()) for (const [col, spans] of s) s.set(col, mergeSpans(spans));
    const inSpan = (m: Map<string, Map<number, [number, number][]>>, sheet: string, row: number, col: number) => {
      const spans = m.get(sheet)?.get(col);
      if (!spans) return false;
      let lo = 0;
      let hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (spans[mid][1] < row) lo = mid + 1;
        else if (spans[mid][0] > row) hi = mid - 1;
        else return true;
      }
      return false;
    };
    for (const sheet of ctx.snapshot.sheets) {
      forEachCellRaw(sheet, (row, col, value, formula) => {
        if (typeof value !== "string" || formula) return;
        if (!looksNumeric(value)) return;
        if (inSpan(codeCells, sheet.name, row, col)) return;
        if (isCodeText(value.trim()) && !inSpan(figureCells, sheet.name, row, col)) return;
        const first = parseNumberTextLocal(value);
        if (!first) return;
        // An ambiguous "125,000" is read in the style of the column's other texts and said to be ambiguous.
        const style = first.ambiguous ? columnNumberStyle(sheet, col) : null;
        const n = style ? parseNumberTextLocal(value, style)! : first;
        const params: Record<string, string> = { text: value, reading: shownId(n), reading_en: shownEn(n) };
        if (n.ambiguous) {
          const other = parseNumberTextLocal(value, n.style === "omspan" ? "id" : "omspan")!;
          params.other = shownId(other);
          params.other_en = shownEn(other);
          params.basis = style ? `gaya ${style === "omspan" ? "OM-SPAN" : "Indonesia"} seperti teks angka lain di kolom ini` : "gaya Indonesia, bawaan";
          params.basis_en = style ? `${style === "omspan" ? "OM-SPAN" : "Indonesian"} style, like the other number texts in this column` : "Indonesian style, the default";
        }
        ctx.report({
          code: n.malformed ? "text.malformed" : n.ambiguous ? "text.ambiguous" : "text.number",
          sheet: sheet.name,
          cell: toA1(row, col),
          related: [],
          actual: value,
          expected: n.value,
          origin: "cell",
          params,
        });
      });
    }
  },
};
