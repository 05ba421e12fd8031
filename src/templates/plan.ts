// planInstall: the pure install plan (Action[]) for the chosen sheets of a report year, with
// every formula's cached value computed here, and the sample's published figures in place.
// Hosts (Office.js installer, .xlsx writer, in-memory fake) only apply the actions.

import type { Action } from "../core/actions";
import { columnLetters, quoteSheet, toA1 } from "../core/address";
import type { CellValue } from "../core/snapshot";
import { roundTo } from "../core/numbers";
import { freeName, freeSheetName } from "../core/text";
import { evaluate, formulaText, operandsA1, type CellAddr, type Ctx } from "./engine";
import { concreteRows, planLocator, type PlacedTable } from "./layout";
import { SHEETS, buildSchemas, sheetsFor } from "./schemas";
import { neutralStructure, type Structure } from "./structure";
import { TemplateError } from "./errors";
import type { CellSpec, ColumnSpec, RowSpec, SampleData, TableSchema } from "./types";
import { getSample } from "./samples";
import { FMT } from "./dsl";
import { IKPA_REGIMES, ikpaRegime } from "../core/formulas/ikpa";
import { footerText, formatBudget, heightFor, longestWord, MARGINS, PORTRAIT_CHARS, shownLength, widthFor, wordWidth, wrappedLines } from "./print";

const FMT_RUPIAH = FMT.rupiah;

/** Report years the templates support: those with a known IKPA regulation (core/formulas/ikpa). */
export function supportedYears(): number[] {
  return IKPA_REGIMES.flatMap((r) => Array.from({ length: r.toYear - r.fromYear + 1 }, (_, i) => r.fromYear + i));
}

/** The error for a year without IKPA rules: one line naming the supported years and their regulations. */
export function unsupportedYearError(year: unknown): TemplateError {
  const years = IKPA_REGIMES.map((r) => `${r.fromYear === r.toYear ? r.fromYear : `${r.fromYear}–${r.toYear}`} (${r.regulation})`).join(", ");
  return new TemplateError("unsupportedYear", { year: String(year), years });
}
const excelString = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export const INPUT_FILL = "#FFF2CC";
export const HEADER_FILL = "#D9E1F2";
export const TITLE_FILL = null;

export interface PlanOptions {
  /** Sheet ids (see SHEETS) or sheet names; default all. */
  sheets?: string[];
  year: number;
  satker?: string;
  sample?: "kerinci-2024";
  /** Sheets already in the workbook: never overwritten. */
  existingSheetNames?: string[];
  /** Defined names / table names already in the workbook. */
  existingNames?: string[];
  /** A taken sheet name: install under a free name ("Capaian Kinerja (2)", default) or skip it. */
  onConflict?: "rename" | "skip";
  /**
   * The satker's sasaran, indicators and kegiatan (structure.ts); default a neutral 3 × 2 with 2
   * kegiatan. Ignored with a sample, which keeps its report's own layout.
   */
  structure?: Structure;
  /** Language of titles, headers and labels written into the sheets (default Indonesian). */
  lang?: "id" | "en";
  /** Protect the installed sheets (off by default; input cells stay editable only in Excel's UI if unlocked). */
  protect?: boolean;
}

export interface PlannedSheet {
  id: string;
  name: string;
  renamedFrom?: string;
}

/** A formula position that holds a typed published value instead (sample only). */
export interface TypedValue {
  table: string;
  row: string;
  col: string;
  sheet: string;
  address: string;
  value: CellValue;
  /** What the formula would compute. */
  computed: CellValue;
}

export interface InstallPlan {
  actions: Action[];
  sheets: PlannedSheet[];
  /** Table name in the schema → Excel name actually used (differs when the name was taken). */
  names: Record<string, string>;
  typedValues: TypedValue[];
  /** The structure the installed sheets were built from; absent when none of them depends on one. */
  structure?: Structure;
}

/** The cell spec of one table cell (labels first, then the row's own spec, then the column default). */
export function cellSpecOf(schema: TableSchema, row: RowSpec, col: ColumnSpec, open: boolean): CellSpec | { labelText: CellValue } | null {
  if (row.labels && col.key in row.labels) return { labelText: row.labels[col.key] };
  const own = row.cells?.[col.key];
  if (own) return own;
  const role = row.role ?? "data";
  if (col.cell) {
    if (role === "data" || open) return col.cell;
    if (col.cell.formula) return col.cell;
  }
  void schema;
  return null;
}

/** Decimals shown by a number format: what "the same figure" means when comparing. */
export function displayDecimals(format: string): number | null {
  if (!format || format === "General" || format === "@") return null;
  const m = /0\.(0+)/.exec(format);
  const d = m ? m[1].length : 0;
  return format.includes("%") && !format.includes('"%"') ? d + 2 : d;
}

const isNil = (v: CellValue): boolean => v === null || v === "" || v === 0 || (typeof v === "string" && /^(-|nihil)$/i.test(v.trim()));

/** True when a published figure and a computed one read the same at the cell's display precision. */
export function sameAtDisplay(published: CellValue, computed: CellValue, format: string): boolean {
  if (isNil(published) && isNil(computed)) return true;
  if (typeof published === "number" && typeof computed === "number") {
    const d = displayDecimals(format);
    if (d === null) return Math.abs(published - computed) <= 1e-9 * Math.max(1, Math.abs(computed));
    return roundTo(published, d) === roundTo(computed, d);
  }
  if (typeof published === "string" && typeof computed === "string") return published.trim().toLowerCase() === computed.trim().toLowerCase();
  return false;
}

/**
 * Plans installing the LKjIP tables. Pure: the same options give the same actions. Never
 * overwrites: a taken sheet name gets a free one (or is skipped), a taken Excel name gets a
 * suffix. Formula cells carry cached values; with a sample, a published figure that differs
 * from the formula's result at display precision is kept as a typed value instead.
 */
export function planInstall(options: PlanOptions): InstallPlan {
  if (!ikpaRegime(options.year)) throw unsupportedYearError(options.year);
  const sample = options.sample ? getSample(options.sample) : undefined;
  if (sample && sample.year !== options.year) throw new TemplateError("sampleYear", { sample: `'${options.sample}'`, year: sample.year, asked: options.year });
  const data: SampleData | undefined = sample?.data;
  const satker = options.satker ?? sample?.satker ?? "";
  const structure = sample ? undefined : (options.structure ?? neutralStructure());
  const schemas = buildSchemas(options.year, structure);
  const sheetList = sheetsFor(structure);
  const wanted = options.sheets?.length
    ? sheetList.filter((s) => options.sheets!.some((w) => w.toLowerCase() === s.id.toLowerCase() || w.toLowerCase() === s.name.toLowerCase()))
    : sheetList;
  if (options.sheets?.length && wanted.length !== options.sheets.length) {
    const unknown = options.sheets.filter((w) => !sheetList.some((s) => w.toLowerCase() === s.id.toLowerCase() || w.toLowerCase() === s.name.toLowerCase()));
    const quoted = (ids: string[]) => ids.map((id) => `'${id}'`).join(", ");
    throw new TemplateError("unknownSheets", { unknown: quoted(unknown), known: quoted(sheetList.map((s) => s.id)) });
  }

  const takenSheets = new Set(options.existingSheetNames ?? []);
  const takenNames = new Set(options.existingNames ?? []);
  const planned: PlannedSheet[] = [];
  const placed = new Map<string, PlacedTable>();
  const names: Record<string, string> = {};
  for (const s of wanted) {
    let name = s.name;
    const exists = [...takenSheets].some((x) => x.toLowerCase() === s.name.toLowerCase());
    if (exists) {
      if (options.onConflict === "skip") continue;
      name = freeSheetName(s.name, takenSheets);
    }
    takenSheets.add(name);
    planned.push(name === s.name ? { id: s.id, name } : { id: s.id, name, renamedFrom: s.name });
    let top = 2;
    for (const schema of schemas.filter((x) => x.sheet === s.id)) {
      const rows = concreteRows(schema, data);
      const excelName = freeName(schema.name, takenNames, "defined");
      takenNames.add(excelName);
      names[schema.name] = excelName;
      placed.set(schema.name, { schema, sheet: name, top, rows, name: excelName });
      top += 2 + rows.length + 2;
    }
  }

  const loc = planLocator(placed);
  const lang = options.lang ?? "id";
  // Cell contents: value, formula, format, input flag. Keyed by sheet!row,col.
  interface Cell { value: CellValue; formula: string | null; format: string; input: boolean; bold?: boolean }
  const cells = new Map<string, Cell>();
  const key = (a: CellAddr) => `${a.sheet}!${a.row},${a.col}`;
  const pending = new Map<string, { spec: CellSpec; ctx: Ctx; addr: CellAddr; published: CellValue | undefined }>();
  const typedValues: TypedValue[] = [];

  const publishedOf = (table: string, row: string, col: string, open: boolean): CellValue | undefined => {
    const t = data?.[table];
    if (!t) return undefined;
    if (open) {
      const r = t.rows?.find((x) => x.key === row);
      return r && col in r.values ? r.values[col] : undefined;
    }
    const rv = t.values?.[row];
    return rv && col in rv ? rv[col] : undefined;
  };

  for (const p of placed.values()) {
    p.rows.forEach((row, ri) => {
      const open = !!p.schema.open && !p.schema.rows.some((r) => r.key === row.key);
      p.schema.columns.forEach((col, ci) => {
        const addr: CellAddr = { sheet: p.sheet, row: p.top + 2 + ri, col: ci };
        const spec = cellSpecOf(p.schema, row, col, open);
        const format = (spec && "format" in spec && spec.format) || col.format || (col.type === "text" ? "@" : "General");
        const published = publishedOf(p.schema.name, row.key, col.key, open);
        const bold = row.bold;
        if (!spec) {
          cells.set(key(addr), { value: published ?? null, formula: null, format, input: false, bold });
          return;
        }
        if ("labelText" in spec) {
          const text = lang === "en" && row.labelsEn && col.key in row.labelsEn ? row.labelsEn[col.key] : spec.labelText;
          cells.set(key(addr), { value: published ?? text, formula: null, format: "@", input: false, bold });
          return;
        }
        if (spec.link) {
          const to = loc.cell(spec.link, { table: p.schema.name, row: row.key, col: col.key });
          const shown = to ? (lang === "en" ? `${to.sheet}, cell ${toA1(to.row, to.col)}` : `${to.sheet}, sel ${toA1(to.row, to.col)}`) : "";
          const target = to ? `#${quoteSheet(to.sheet)}!${toA1(to.row, to.col)}` : "";
          // General, not "@": Excel would keep a formula typed into a text-formatted cell as text.
          cells.set(key(addr), { value: shown, formula: to ? `=HYPERLINK(${excelString(target)},${excelString(shown)})` : null, format: "General", input: false, bold });
          return;
        }
        if (spec.formula) {
          pending.set(key(addr), { spec, ctx: { table: p.schema.name, row: row.key, col: col.key }, addr, published });
          // Not "@": Excel keeps a formula written into a text-formatted cell as text.
          cells.set(key(addr), { value: null, formula: null, format: format === "@" ? "General" : format, input: false, bold });
          return;
        }
        const value = published !== undefined ? published : (spec.value ?? null);
        cells.set(key(addr), { value, formula: null, format, input: !!spec.input, bold });
      });
    });
  }

  // Evaluate formula cells in dependency order (recursion over the acyclic reference graph).
  const visiting = new Set<string>();
  const valueAt = (a: CellAddr): CellValue => {
    const k = key(a);
    const job = pending.get(k);
    if (job) resolve(k);
    return cells.get(k)?.value ?? null;
  };
  const resolve = (k: string): void => {
    const job = pending.get(k);
    if (!job) return;
    if (visiting.has(k)) throw new Error(`template bug: circular reference at ${k}`);
    visiting.add(k);
    const { spec, ctx, addr, published } = job;
    const cell = cells.get(k)!;
    const text = formulaText(spec.formula!, loc, ctx, addr.sheet, valueAt);
    if (text === null) {
      // The source table is not installed: the cell becomes an input.
      cell.value = published ?? null;
      cell.input = true;
    } else {
      const computed = evaluate(spec.formula!, loc, ctx, valueAt);
      if (published !== undefined && !sameAtDisplay(published, computed, cell.format)) {
        cell.value = published;
        cell.input = true;
        typedValues.push({ table: ctx.table, row: ctx.row, col: ctx.col, sheet: addr.sheet, address: toA1(addr.row, addr.col), value: published, computed });
      } else {
        cell.formula = text;
        cell.value = computed;
        const guard = spec.blankUnless ? operandsA1(spec.blankUnless, loc, ctx, addr.sheet) : null;
        if (guard && guard.cells.length) {
          cell.formula = `=IF(COUNT(${guard.a1.join(",")})=0,"",${text.replace(/^=/, "")})`;
          if (!guard.cells.some((a) => typeof valueAt(a) === "number")) cell.value = "";
        }
      }
    }
    pending.delete(k);
    visiting.delete(k);
  };
  for (const k of [...pending.keys()]) resolve(k);

  // Actions.
  const actions: Action[] = [];
  const installedSheets = planned.map((s) => s.name);
  for (const s of planned) {
    const spec = SHEETS.find((x) => x.id === s.id)!;
    actions.push(spec.tabColor ? { kind: "addSheet", sheet: s.name, tabColor: spec.tabColor } : { kind: "addSheet", sheet: s.name });
  }
  for (const s of planned) {
    const tables = [...placed.values()].filter((p) => p.sheet === s.name);
    const sheetSpec = SHEETS.find((x) => x.id === s.id)!;
    const title = `LKjIP ${options.year}${satker ? ` — ${satker}` : ""} — ${s.name}`;
    actions.push({ kind: "write", sheet: s.name, address: "A1", values: [[title]] });
    actions.push({ kind: "font", sheet: s.name, address: "A1", bold: true, size: 14 });
    const widths = new Map<number, number>();
    const widen = (ci: number, w: number) => widths.set(ci, Math.max(widths.get(ci) ?? 6, w));
    // Pass 1: column widths from headers (whole words) and the largest figure each cell's format may show.
    for (const p of tables) {
      p.schema.columns.forEach((col, ci) => {
        widen(ci, Math.max(col.width ?? 0, wordWidth(longestWord(col.header[lang]))));
        p.rows.forEach((r, ri) => {
          const c = cells.get(key({ sheet: s.name, row: p.top + 2 + ri, col: ci }))!;
          // Text wraps, but never inside a word ("ANGGARA|N"): the column holds its longest word.
          if (typeof c.value === "string" && c.format === "@") return void widen(ci, wordWidth(longestWord(c.value)));
          if (col.type === "text" && c.format === "@") return;
          const own = c.format !== col.format && c.format !== "General" ? c.format : null;
          const budget = formatBudget(own ?? c.format, own === FMT_RUPIAH ? "rupiah" : col.type);
          widen(ci, widthFor(Math.max(budget, shownLength(c.value, c.format)), true));
        });
      });
    }
    const widthOf = (ci: number) => widths.get(ci) ?? 8;
    const heights = new Map<number, number>();
    const tall = (row: number, h: number) => heights.set(row, Math.max(heights.get(row) ?? 0, h));
    for (const p of tables) {
      const ncol = p.schema.columns.length;
      const last = columnLetters(ncol - 1);
      const titleRow = p.top + 1;
      const tableTitle = p.schema.title[lang];
      actions.push({ kind: "write", sheet: s.name, address: `A${titleRow}`, values: [[tableTitle]] });
      actions.push({ kind: "font", sheet: s.name, address: `A${titleRow}`, bold: true });
      if (ncol > 1) actions.push({ kind: "merge", sheet: s.name, address: `A${titleRow}:${last}${titleRow}` });
      actions.push({ kind: "wrap", sheet: s.name, address: `A${titleRow}` });
      const span = p.schema.columns.reduce((a, _c, ci) => a + widthOf(ci), 0);
      tall(titleRow, heightFor(wrappedLines(tableTitle, span, true)));
      const values: CellValue[][] = [p.schema.columns.map((c) => c.header[lang])];
      const formulas: (string | null)[][] = [p.schema.columns.map(() => null)];
      const formats: string[][] = [p.schema.columns.map(() => "@")];
      p.rows.forEach((_, ri) => {
        const vr: CellValue[] = [], fr: (string | null)[] = [], nr: string[] = [];
        p.schema.columns.forEach((_c, ci) => {
          const c = cells.get(key({ sheet: s.name, row: p.top + 2 + ri, col: ci }))!;
          vr.push(c.value);
          fr.push(c.formula);
          nr.push(c.format);
        });
        values.push(vr);
        formulas.push(fr);
        formats.push(nr);
      });
      const headerRow = p.top + 2;
      const lastRow = p.top + 2 + p.rows.length;
      const hasFormula = formulas.some((r) => r.some((f) => f !== null));
      actions.push({ kind: "write", sheet: s.name, address: `A${headerRow}`, values, ...(hasFormula ? { formulas } : {}), numberFormats: formats });
      actions.push({ kind: "fill", sheet: s.name, address: `A${headerRow}:${last}${headerRow}`, fill: { color: HEADER_FILL } });
      actions.push({ kind: "font", sheet: s.name, address: `A${headerRow}:${last}${headerRow}`, bold: true });
      actions.push({ kind: "wrap", sheet: s.name, address: `A${headerRow}:${last}${headerRow}` });
      tall(headerRow, heightFor(Math.max(...p.schema.columns.map((c, ci) => wrappedLines(c.header[lang], widthOf(ci), true)))));
      actions.push({ kind: "border", sheet: s.name, address: `A${headerRow}:${last}${lastRow}` });
      // Text columns wrap in the body too, so long indicator names print whole.
      p.schema.columns.forEach((col, ci) => {
        if (col.type !== "text" || p.rows.length === 0) return;
        const L = columnLetters(ci);
        actions.push({ kind: "wrap", sheet: s.name, address: `${L}${headerRow + 1}:${L}${lastRow}` });
        p.rows.forEach((r, ri) => {
          const v = values[ri + 1][ci];
          if (typeof v === "string" && v) tall(headerRow + 1 + ri, heightFor(wrappedLines(v, widthOf(ci), !!r.bold)));
        });
      });
      // Input cells: light fill, one action per vertical run.
      p.schema.columns.forEach((col, ci) => {
        let start = -1;
        const flush = (end: number) => {
          if (start >= 0) {
            const a = toA1(p.top + 2 + start, ci), b = toA1(p.top + 2 + end, ci);
            actions.push({ kind: "fill", sheet: s.name, address: a === b ? a : `${a}:${b}`, fill: { color: INPUT_FILL } });
          }
          start = -1;
        };
        p.rows.forEach((_, ri) => {
          const c = cells.get(key({ sheet: s.name, row: p.top + 2 + ri, col: ci }))!;
          if (c.input) {
            if (start < 0) start = ri;
          } else flush(ri - 1);
        });
        flush(p.rows.length - 1);
        if (col.choices) {
          const dataRows = p.rows.map((r, ri) => ({ r, ri })).filter(({ r, ri }) => (r.role ?? "data") === "data" && cells.get(key({ sheet: s.name, row: p.top + 2 + ri, col: ci }))!.input);
          if (dataRows.length) {
            const a = toA1(p.top + 2 + dataRows[0].ri, ci), b = toA1(p.top + 2 + dataRows[dataRows.length - 1].ri, ci);
            actions.push({ kind: "validationList", sheet: s.name, address: a === b ? a : `${a}:${b}`, choices: col.choices });
          }
        }
      });
      p.rows.forEach((r, ri) => {
        if (r.bold) actions.push({ kind: "font", sheet: s.name, address: `A${p.top + 3 + ri}:${last}${p.top + 3 + ri}`, bold: true });
      });
      actions.push({ kind: "addName", name: p.name, sheet: s.name, address: `A${headerRow}:${last}${lastRow}`, comment: p.schema.title[lang] });
      // Codes live in defined names only: one per row of tables that name their figures (Ringkasan).
      if (p.schema.rowNames) {
        const ci = p.schema.columns.findIndex((c) => c.key === p.schema.rowNames);
        p.rows.forEach((r, ri) => {
          const n = freeName(`${p.name}.${r.key}`, takenNames, "defined");
          takenNames.add(n);
          actions.push({ kind: "addName", name: n, sheet: s.name, address: toA1(p.top + 2 + ri, ci), comment: String(values[ri + 1][p.schema.columns.findIndex((c) => c.key === p.schema.labelCol)] ?? "") });
        });
      }
    }
    const sorted = [...widths].sort((a, b) => a[0] - b[0]);
    for (const [ci, w] of sorted) actions.push({ kind: "columnWidth", sheet: s.name, column: columnLetters(ci), width: w });
    const total = sorted.reduce((a, [, w]) => a + w, 0);
    // The sheet title spans the used columns and wraps, so a long satker name prints whole.
    if (sorted.length > 1) actions.push({ kind: "merge", sheet: s.name, address: `A1:${columnLetters(sorted.length - 1)}1` });
    actions.push({ kind: "wrap", sheet: s.name, address: "A1" });
    tall(1, heightFor(wrappedLines(title, total, true), 14));
    for (const [r, h] of [...heights].sort((a, b) => a[0] - b[0])) if (h > heightFor(1)) actions.push({ kind: "rowHeight", sheet: s.name, row: r, height: h });
    // One table per sheet: its title and header repeat on every page; otherwise the sheet title does.
    const printTitleRows = tables.length === 1 ? `1:${tables[0].top + 2}` : "1:1";
    actions.push({
      kind: "pageSetup", sheet: s.name, orientation: total <= PORTRAIT_CHARS ? "portrait" : "landscape", printTitleRows, margins: MARGINS,
      footer: { left: footerText(satker), center: footerText(s.name), right: lang === "en" ? "Page &P of &N" : "Halaman &P dari &N" },
    });
    void sheetSpec;
  }
  if (options.protect) for (const s of planned) actions.push({ kind: "protect", sheet: s.name });
  actions.push({ kind: "setSetting", key: "lkjip.template", value: JSON.stringify({ version: 1, year: options.year, satker, sample: options.sample ?? null, sheets: installedSheets, names, ...(structure ? { structure } : {}) }) });
  if (planned.length) actions.push({ kind: "activate", sheet: planned[0].name });
  const structured = structure && schemas.some((x) => x.fromStructure && wanted.some((w) => w.id === x.sheet));
  return { actions, sheets: planned, names, typedValues, ...(structured ? { structure } : {}) };
}
