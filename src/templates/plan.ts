// planInstall: the pure install plan (Action[]) for the chosen sheets of a report year, with
// every formula's cached value computed here, and the sample's published figures in place.
// Hosts (Office.js installer, .xlsx writer, in-memory fake) only apply the actions.

import type { Action } from "../core/actions";
import { columnLetters, toA1 } from "../core/address";
import type { CellValue } from "../core/snapshot";
import { isCellError } from "../core/snapshot";
import { roundTo } from "../core/numbers";
import { freeSheetName } from "../core/text";
import { evaluate, formulaText, type CellAddr, type Ctx } from "./engine";
import { concreteRows, planLocator, type PlacedTable } from "./layout";
import { SHEETS, buildSchemas } from "./schemas";
import type { CellSpec, ColumnSpec, RowSpec, SampleData, TableSchema } from "./types";
import { getSample } from "./samples";

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

function freeName(base: string, taken: Set<string>): string {
  const has = (s: string) => [...taken].some((x) => x.toLowerCase() === s.toLowerCase());
  let name = base;
  let i = 2;
  while (has(name)) name = `${base}_${i++}`;
  return name;
}

/**
 * Plans installing the LKjIP tables. Pure: the same options give the same actions. Never
 * overwrites: a taken sheet name gets a free one (or is skipped), a taken Excel name gets a
 * suffix. Formula cells carry cached values; with a sample, a published figure that differs
 * from the formula's result at display precision is kept as a typed value instead.
 */
export function planInstall(options: PlanOptions): InstallPlan {
  const sample = options.sample ? getSample(options.sample) : undefined;
  if (sample && sample.year !== options.year) throw new Error(`sample ${options.sample} is for ${sample.year}, not ${options.year}`);
  const data: SampleData | undefined = sample?.data;
  const satker = options.satker ?? sample?.satker ?? "";
  const schemas = buildSchemas(options.year);
  const wanted = options.sheets?.length
    ? SHEETS.filter((s) => options.sheets!.some((w) => w.toLowerCase() === s.id.toLowerCase() || w.toLowerCase() === s.name.toLowerCase()))
    : SHEETS;
  if (options.sheets?.length && wanted.length !== options.sheets.length) {
    const unknown = options.sheets.filter((w) => !SHEETS.some((s) => w.toLowerCase() === s.id.toLowerCase() || w.toLowerCase() === s.name.toLowerCase()));
    throw new Error(`unknown sheet(s): ${unknown.join(", ")} (known: ${SHEETS.map((s) => s.id).join(", ")})`);
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
      const excelName = freeName(schema.name, takenNames);
      takenNames.add(excelName);
      names[schema.name] = excelName;
      placed.set(schema.name, { schema, sheet: name, top, rows, name: excelName });
      top += 2 + rows.length + 2;
    }
  }

  const loc = planLocator(placed);
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
          cells.set(key(addr), { value: published ?? spec.labelText, formula: null, format: "@", input: false, bold });
          return;
        }
        if (spec.formula) {
          pending.set(key(addr), { spec, ctx: { table: p.schema.name, row: row.key, col: col.key }, addr, published });
          cells.set(key(addr), { value: null, formula: null, format, input: false, bold });
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
        cell.value = isCellError(computed) ? computed : computed;
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
    const title = `LKjIP ${options.year}${satker ? ` — ${satker}` : ""} — ${SHEETS.find((x) => x.id === s.id)!.name}`;
    actions.push({ kind: "write", sheet: s.name, address: "A1", values: [[title]] });
    actions.push({ kind: "font", sheet: s.name, address: "A1", bold: true, size: 14 });
    const widths = new Map<number, number>();
    for (const p of tables) {
      const ncol = p.schema.columns.length;
      const last = columnLetters(ncol - 1);
      const titleRow = p.top + 1;
      actions.push({ kind: "write", sheet: s.name, address: `A${titleRow}`, values: [[`${p.schema.title.id} / ${p.schema.title.en}`]] });
      actions.push({ kind: "font", sheet: s.name, address: `A${titleRow}`, bold: true });
      if (ncol > 1) actions.push({ kind: "merge", sheet: s.name, address: `A${titleRow}:${last}${titleRow}` });
      const values: CellValue[][] = [p.schema.columns.map((c) => c.header.id)];
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
      actions.push({ kind: "border", sheet: s.name, address: `A${headerRow}:${last}${lastRow}` });
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
        widths.set(ci, Math.max(widths.get(ci) ?? 8, col.width ?? 12));
      });
      p.rows.forEach((r, ri) => {
        if (r.bold) actions.push({ kind: "font", sheet: s.name, address: `A${p.top + 3 + ri}:${last}${p.top + 3 + ri}`, bold: true });
      });
      actions.push({ kind: "addName", name: p.name, sheet: s.name, address: `A${headerRow}:${last}${lastRow}`, comment: `${p.schema.title.id} / ${p.schema.title.en}` });
    }
    for (const [ci, w] of [...widths].sort((a, b) => a[0] - b[0])) actions.push({ kind: "columnWidth", sheet: s.name, column: columnLetters(ci), width: w });
  }
  if (options.protect) for (const s of planned) actions.push({ kind: "protect", sheet: s.name });
  actions.push({ kind: "setSetting", key: "lkjip.template", value: JSON.stringify({ version: 1, year: options.year, satker, sample: options.sample ?? null, sheets: installedSheets, names }) });
  if (planned.length) actions.push({ kind: "activate", sheet: planned[0].name });
  return { actions, sheets: planned, names, typedValues };
}
