// Free-layout recognition, in stages (each in its own module, each testable):
//   grid.ts        every held cell read once into a typed grid
//   tables.ts      tables and their header blocks, code / identifier columns, numbering rows
//   hierarchy.ts   row levels (codes, level words, numbers), totals, subtotals, averages
//   hypotheses.ts  relation hypotheses of each table (families)
//   evidence.ts    families weighed against the numbers; accepted ones become relations
// then, across tables: the same quantity (by identity: pagu/realisasi, year, budget vs PNBP)
// and label/value summary sheets. Sheets that carry template relations are left to those.
import { toA1 } from "../../core/address";
import { renderMessage, type Params } from "../../core/message";
import type { CellRef, Relation } from "../../core/relations";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { Grid, K } from "./grid";
import { buildHierarchy, type Hierarchy } from "./hierarchy";
import { summedColumns, tableFamilies, type KeyFigure } from "./hypotheses";
import type { Cell, Family, Hyp } from "./evidence";
import { findTables, norm, roleOf, type Table } from "./tables";
import { columnWord, EXPLAIN_MESSAGES, part, rowWord, type ExplainKey } from "./messages";
import { recognizeIkpa } from "./ikpa";
import { sheetFamilies } from "./sheet-families";

export { roleOf };
export type { Role, Table, Column } from "./tables";

export interface TableReading {
  table: Table;
  hierarchy: Hierarchy;
  families: Family[];
}

export interface Recognition {
  grids: Grid[];
  tables: TableReading[];
  /** Sheets identical to an earlier sheet: copy → original. */
  copies: Map<string, string>;
  /** Label/value pairs read as a summary (sheet!cell → label); value and the year the sheet's name or title names. */
  summaries: { sheet: string; cell: Cell; label: string; value: number; scopeYear?: number; matched?: string }[];
  relations: Relation[];
  /** Families read from a sheet's own labels rather than one table's roles (IKM worksheets …), for --explain. */
  sheetFamilies: Family[];
}

const letters: string[] = [];
function a1(r: number, c: number): string {
  return (letters[c] ??= toA1(0, c).slice(0, -1)) + (r + 1);
}
const cref = (sheet: string, [r, c]: Cell): CellRef => ({ sheet, address: a1(r, c) });

/** SUBTOTAL(101–111, …) leaves hidden rows out of what it adds up (Excel's "ignore hidden values"). */
const SUBTOTAL_VISIBLE = /^=?\s*SUBTOTAL\(\s*1(0[1-9]|1[01])\s*,/i;

function toRelation(sheet: string, h: Hyp, g?: Grid): Relation {
  const hidden = g?.sheet.hiddenRows;
  if (hidden?.length && h.kind === "sum" && SUBTOTAL_VISIBLE.test(g!.formula(h.target[0], h.target[1]) ?? "")) {
    const skip = new Set(hidden);
    h = { ...h, operands: h.operands.filter(([r]) => !skip.has(r)) };
  }
  const target = cref(sheet, h.target);
  // Two readings may reach one cell (a column total that is also a row's total): both are kept.
  const first = h.operands[0] ? `<${a1(...h.operands[0])}` : "";
  const rel: Relation = { id: `recognized:${h.kind}:${sheet}!${target.address}${first}`, kind: h.kind, target, operands: h.operands.map((o) => cref(sheet, o)), label: h.label, quantity: h.quantity, origin: "recognized" };
  if (h.params) rel.params = { ...h.params };
  return rel;
}

/** Sheets with the same cells as an earlier one (a copy kept "just in case"). */
function signature(g: Grid): string {
  let h = 0;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  };
  for (const r of g.rowList) {
    mix(`|${r}`);
    for (const c of g.colsOf(r)) mix(`${c}:${g.kind(r, c)}:${g.text(r, c) || g.num(r, c)}`);
  }
  return `${g.cells}:${g.rowList.length}:${h}`;
}

/** Runs every stage on the sheets that no template covers. */
export function analyze(snapshot: WorkbookSnapshot, template: Relation[] = [], opts: { year?: number } = {}): Recognition {
  const templated = new Set(template.map((r) => r.target.sheet.toLowerCase()));
  const grids: Grid[] = [];
  const tables: TableReading[] = [];
  const copies = new Map<string, string>();
  const sized = new Map<string, { grid: Grid; sig?: string }[]>();
  const relations: Relation[] = [];
  const keys: KeyFigure[] = [];
  const extra: Family[] = [];
  for (const sheet of snapshot.sheets) {
    if (templated.has(sheet.name.toLowerCase())) continue;
    const g = new Grid(sheet);
    grids.push(g);
    if (!g.cells) continue;
    // The full signature walks every cell: only computed when an earlier sheet has the same size.
    const size = `${g.cells}:${g.rowList.length}`;
    const same = sized.get(size);
    if (same) {
      const sig = signature(g);
      for (const o of same) o.sig ??= signature(o.grid);
      const orig = same.find((o) => o.sig === sig);
      if (orig) {
        copies.set(sheet.name, orig.grid.name);
        continue;
      }
      same.push({ grid: g, sig });
    } else sized.set(size, [{ grid: g }]);
    const found = findTables(g);
    const taken = new Set<string>();
    for (const t of found) {
      const hierarchy = buildHierarchy(t, summedColumns(t).map((c) => c.col));
      const families = tableFamilies(t, hierarchy, keys);
      tables.push({ table: t, hierarchy, families });
      for (const f of families)
        if (f.accepted)
          for (const h of f.hyps) {
            relations.push(toRelation(t.sheet, h, g));
            taken.add(`${h.kind}:${h.target[0]}:${h.target[1]}`);
          }
    }
    // Families a sheet's own labels name: a cell a table family already checks the same way is left to it.
    for (const f of sheetFamilies(g, found)) {
      extra.push(f);
      if (f.accepted) for (const h of f.hyps) if (!taken.has(`${h.kind}:${h.target[0]}:${h.target[1]}`)) relations.push(toRelation(g.name, h, g));
    }
    for (const r of recognizeIkpa(sheet, opts.year)) relations.push(r);
  }
  const summaries = summaryPairs(grids, tables, copies);
  crossTable(keys, summaries, relations, opts.year);
  // Deduplicate by id (a cell can be reached from two readings). An id names its target cell, so
  // only relations on one cell are compared: no id string is hashed (141 669 at 1M cells).
  const onCell = new Map<string, Map<string, Relation[]>>();
  const unique = relations.filter((r) => {
    let bySheet = onCell.get(r.target.sheet);
    if (!bySheet) onCell.set(r.target.sheet, (bySheet = new Map()));
    const list = bySheet.get(r.target.address);
    if (!list) bySheet.set(r.target.address, [r]);
    else if (list.some((x) => x.id === r.id)) return false;
    else list.push(r);
    return true;
  });
  return { grids, tables, copies, summaries, relations: unique, sheetFamilies: extra };
}

export function recognizeRelations(snapshot: WorkbookSnapshot, template: Relation[], opts: { year?: number } = {}): Relation[] {
  return analyze(snapshot, template, opts).relations;
}

/**
 * Label/value pairs outside every table ("Pagu 2024 | 9.933.860.000"): a summary written in its
 * own layout, matched to the detail tables by label.
 */
function summaryPairs(grids: Grid[], tables: TableReading[], copies: Map<string, string>): Recognition["summaries"] {
  const inTable = new Map<string, Set<number>>();
  for (const { table, hierarchy } of tables) {
    // A "Uraian | Nilai" list (one label column, one figure column, no total row) is a summary
    // with a header, not a table of parts: its rows stay label/value pairs.
    const figures = table.columns.filter((c) => c.kind === "number" || c.kind === "percent");
    if (figures.length === 1 && table.labelCols.length === 1 && !hierarchy.rows.some((x) => x.kind !== "item")) continue;
    let s = inTable.get(table.sheet);
    if (!s) inTable.set(table.sheet, (s = new Set()));
    for (const r of [...table.headerRows, ...table.rows]) s.add(r);
  }
  const out: Recognition["summaries"] = [];
  for (const g of grids) {
    if (copies.has(g.name)) continue;
    const taken = inTable.get(g.name);
    const scopeYear = sheetYear(g);
    for (const r of g.rowList) {
      if (taken?.has(r)) continue;
      const cols = g.colsOf(r);
      if (cols.length < 2 || cols.length > 4) continue;
      const texts = cols.filter((c) => g.kind(r, c) === K.Text);
      const nums = cols.filter((c) => g.isNum(r, c));
      if (texts.length !== 1 || nums.length !== 1 || nums[0] < texts[0] || nums[0] - texts[0] > 3) continue;
      out.push({ sheet: g.name, cell: [r, nums[0]], label: g.text(r, texts[0]), value: g.num(r, nums[0]), scopeYear });
    }
  }
  return out;
}

/** The one year a sheet is about, from its name or its title rows (the first texts above any figure); undefined when none or several. */
function sheetYear(g: Grid): number | undefined {
  const years = new Set<number>();
  const add = (t: string) => {
    for (const m of t.matchAll(/(?:^|[^0-9])((?:19|20)\d{2})(?![0-9])/g)) years.add(Number(m[1]));
  };
  add(g.name);
  for (const r of g.rowList.slice(0, 5)) {
    const cols = g.colsOf(r);
    if (cols.some((c) => g.isNum(r, c) && !/^(19|20)\d{2}$/.test(g.text(r, c)))) break;
    if (cols.length === 1) add(g.text(r, cols[0]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

interface Identity {
  quantity: "pagu" | "realisasi";
  year?: number;
  initial?: boolean;
}

/** What a summary label names: budget pagu or realisasi, and the year (PNBP, targets and % are not these). */
function identityOf(label: string): Identity | null {
  const h = norm(label).replace(/[:=]\s*$/, "");
  if (/pnbp|penerimaan|pendapatan|target|%|persen|penyerapan|capaian|rata|sisa|lalu|sebelum/.test(h)) return null;
  const y = /\b((?:19|20)\d{2})\b/.exec(h);
  const rest = h.replace(/\b(ta|tahun|anggaran|total|tahun anggaran|dipa|belanja)\b/g, " ").replace(/\b(19|20)\d{2}\b/g, " ").replace(/\s+/g, " ").trim();
  if (/^pagu( (revisi|akhir|perubahan|setelah revisi))?$/.test(rest) || (/^$/.test(rest) && /anggaran|dipa/.test(h))) return { quantity: "pagu", year: y ? Number(y[1]) : undefined };
  if (/^pagu (awal|semula|murni|induk)$/.test(rest)) return { quantity: "pagu", year: y ? Number(y[1]) : undefined, initial: true };
  if (/^realisasi$/.test(rest)) return { quantity: "realisasi", year: y ? Number(y[1]) : undefined };
  return null;
}

/**
 * The same quantity in several tables: every budget pagu / realisasi grand total of the report's
 * year equals the LKD's (or the first table's); summary pairs equal the figure they name; a
 * labelled figure repeated on another sheet equals its first appearance.
 */
function crossTable(keys: KeyFigure[], summaries: Recognition["summaries"], out: Relation[], year?: number): void {
  const years = keys.map((k) => k.year).filter((y): y is number => y !== undefined);
  const defaultYear = year ?? (years.length ? Math.max(...years) : undefined);
  const push = (target: CellRef, operand: CellRef, label: { id: string; en: string }, source: { id: string; en: string }, quantity: "pagu" | "realisasi" | "other") =>
    out.push({ id: `recognized:same:${target.sheet}!${target.address}`, kind: "same", target, operands: [operand], label, sourceLabel: source, quantity, origin: "recognized" });
  const auth: Partial<Record<"pagu" | "realisasi" | "initial", KeyFigure>> = {};
  // The pagu before revision is its own figure: compared with a summary that names it, never with the final pagu.
  const initial = keys.filter((k) => k.initial && (k.year ?? defaultYear) === defaultYear);
  if (initial.length) auth.initial = initial.find((k) => k.authority) ?? initial[0];
  for (const q of ["pagu", "realisasi"] as const) {
    const same = keys.filter((k) => k.quantity === q && !k.initial && (k.year ?? defaultYear) === defaultYear);
    if (!same.length) continue;
    const a = same.find((k) => k.authority) ?? same[0];
    auth[q] = a;
    if (same.length < 2) continue;
    // Several tables of one kind (one per satker, or copies) cannot be paired safely: skip.
    const kinds = same.map((k) => k.tableName.id);
    if (new Set(kinds).size !== kinds.length) continue;
    // Tables known only by their own titles ("Realisasi Anggaran UPT Puskesmas Siulak", "… Gabungan
    // Dinas") may be one per unit: they name one figure only when most of them agree on it.
    if (same.some((k) => k.tableName.id.startsWith("(")) && !mostAgree(same.map((k) => k.value))) continue;
    for (const k of same) {
      if (k === a) continue;
      push(cref(k.sheet, k.cell), cref(a.sheet, a.cell), { id: `Total ${q} ${k.tableName.id}`, en: `Total ${q} ${k.tableName.en}` }, { id: `${q} ${a.tableName.id}`, en: `${q} ${a.tableName.en}` }, q);
    }
  }
  const firstByLabel = new Map<string, Recognition["summaries"][number]>();
  const repeats: [Recognition["summaries"][number], Recognition["summaries"][number]][] = [];
  for (const s of summaries) {
    const id = identityOf(s.label);
    const a = id ? auth[id.initial ? "initial" : id.quantity] : undefined;
    if (id && a && (id.year ?? defaultYear) === (a.year ?? defaultYear)) {
      s.matched = `${a.sheet}!${a1(...a.cell)}`;
      push(cref(s.sheet, s.cell), cref(a.sheet, a.cell), { id: s.label, en: s.label }, { id: `${id.quantity} ${a.tableName.id}`, en: `${id.quantity} ${a.tableName.en}` }, id.quantity);
      continue;
    }
    // A labelled figure repeated on another sheet: the same label names the same figure.
    const key = norm(s.label).replace(/[:=]\s*$/, "");
    if (key.length < 4 || /^(total|jumlah|nilai|rata-rata|keterangan)$/.test(key) || /^(19|20)\d{2}$/.test(key)) continue;
    const first = firstByLabel.get(key);
    if (!first) {
      firstByLabel.set(key, s);
      continue;
    }
    if (first.sheet === s.sheet) continue;
    // Sheets about different years ("Ringkasan 2023", "Ringkasan 2024") hold different figures under one label.
    if (first.scopeYear !== undefined && s.scopeYear !== undefined && first.scopeYear !== s.scopeYear) continue;
    repeats.push([s, first]);
  }
  // Evidence per pair of sheets: a label repeated between them names one figure only when most of
  // their shared labels agree. Parallel summaries (one per unit, one per year) disagree on all.
  const bySheets = new Map<string, { n: number; agree: number }>();
  const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
  for (const [s, first] of repeats) {
    const k = pairKey(s.sheet, first.sheet);
    const e = bySheets.get(k) ?? { n: 0, agree: 0 };
    e.n++;
    if (Math.abs(s.value - first.value) <= 1e-9 * Math.max(1, Math.abs(first.value))) e.agree++;
    bySheets.set(k, e);
  }
  for (const [s, first] of repeats) {
    const e = bySheets.get(pairKey(s.sheet, first.sheet))!;
    if (e.n >= 2 && e.agree * 2 < e.n) continue;
    s.matched = `${first.sheet}!${a1(...first.cell)}`;
    push(cref(s.sheet, s.cell), cref(first.sheet, first.cell), { id: s.label, en: s.label }, { id: `${first.label} (${first.sheet})`, en: `${first.label} (${first.sheet})` }, "other");
  }
}

/** More than half of the values (at least two) are one figure. */
function mostAgree(values: number[]): boolean {
  const eq = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return values.some((v) => {
    const n = values.filter((w) => eq(v, w)).length;
    return n >= 2 && n * 2 > values.length;
  });
}

/** What recognition saw, in words, for `lkjip audit --explain`: the catalogue's words in `lang`, the workbook's own names as written. */
export function explain(rec: Recognition, lang: "id" | "en" = "id"): string {
  const say = (key: ExplainKey, params?: Params) => renderMessage(EXPLAIN_MESSAGES[key], lang, params);
  const lines: string[] = [];
  for (const [copy, orig] of rec.copies) lines.push(say("line.copy", { copy, orig }));
  for (const { table: t, hierarchy: h, families } of rec.tables) {
    const first = t.rows[0];
    const last = t.rows[t.rows.length - 1];
    lines.push(`${t.sheet}!${a1(t.headerRows[0], t.columns[0].col)}:${a1(last ?? t.headerRow, t.columns[t.columns.length - 1].col)}${t.title ? ` "${t.title}"` : ""}${t.grid.hidden ? say("line.hidden") : ""}`);
    const skipped = t.skipped.length ? say("line.skipped", { rows: t.skipped.map((r) => r + 1).join(", ") }) : "";
    lines.push(say("line.rows", { header: t.headerRows.map((r) => r + 1).join(", "), skipped, first: first !== undefined ? first + 1 : "-", last: last !== undefined ? last + 1 : "-" }));
    lines.push(say("line.columns", { columns: t.columns.map((c) => `${a1(0, c.col).replace(/\d+$/, "")} "${c.header}" [${columnWord(c.role ?? c.kind)[lang]}]`).join(", ") }));
    const totals = h.rows.filter((x) => x.kind !== "item").map((x) => `${x.r + 1} ${rowWord(x.kind)[lang]}`).join(", ") || say("line.noTotals");
    const parents = h.rows.filter((x) => x.children.length).length;
    lines.push(h.source === "flat" ? say("line.flat", { totals }) : say("line.hierarchy", { ...part("source", EXPLAIN_MESSAGES[`source.${h.source}`]), parents, totals }));
    for (const f of families)
      lines.push(say(f.accepted ? "line.accepted" : "line.rejected", { ...part("name", f.name), holds: f.holds, checked: f.checked, certain: f.certain ? say("line.certain") : "" }));
  }
  for (const f of rec.sheetFamilies)
    lines.push(`${f.sheet}: ` + say(f.accepted ? "line.accepted" : "line.rejected", { ...part("name", f.name), holds: f.holds, checked: f.checked, certain: f.certain ? say("line.certain") : "" }).trim());
  for (const s of rec.summaries) if (s.matched) lines.push(`${s.sheet}!${a1(...s.cell)} "${s.label}" ↔ ${s.matched}`);
  return lines.join("\n") + "\n";
}
