// The plain workbook snapshot: what every host adapter (Excel, .xlsx file, in-memory fake)
// reads a workbook into, and the only thing the audit and the template resolver look at.
// No Office.js, no DOM, no file I/O here.

import { parseA1, parseRange, toA1 } from "./address";

/** Every error value Excel shows in a cell (the one list: hosts, rules and functions use it). */
export const EXCEL_ERROR_VALUES = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#BUSY!"] as const;
export type ExcelErrorValue = (typeof EXCEL_ERROR_VALUES)[number];
const ERROR_VALUE_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);

/** The text is exactly one of Excel's error values ("#N/A", not "#n/a" nor " #N/A"). */
export function isExcelErrorText(s: string): s is ExcelErrorValue {
  return ERROR_VALUE_SET.has(s);
}

/** An Excel error value such as "#DIV/0!" or "#N/A". */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && typeof (v as CellError).error === "string";
}

export interface SheetSnapshot {
  name: string;
  /** 0-based position of values[0][0] in the sheet (the used range's top-left). */
  origin: { row: number; col: number };
  /**
   * Values (formula results for formula cells), one array per row of the used range, indexed
   * from origin.col. Rows may be shorter than the widest row, and a row may be sparse (holes
   * read as null: `row[c] ?? null`), so memory follows the cells a sheet holds, not its extent.
   * Never loop over the used range's area; use forEachCell or the rows' own lengths.
   */
  values: CellValue[][];
  /** Indexed like values (sparse too); the formula text ("=SUM(C5:C7)"), null/hole for a constant. Omitted = no formulas. */
  formulas?: (string | null)[][];
  /** Indexed like values (sparse too); Excel number format codes ("#,##0", "0.00%"); a hole is "General". Omitted = General. */
  numberFormats?: string[][];
  visible?: boolean;
  /** Merged areas as A1 ranges ("B3:D3"). */
  merged?: string[];
  /** 0-based rows hidden (by hand or by a filter), ascending; omitted when none or unknown (the Office host does not read them). */
  hiddenRows?: number[];
  protected?: boolean;
  /**
   * Row grouping (Excel's outline): 0-based sheet row → level 1–7, only rows that have one; and
   * whether the summary row of a group sits above it (sheetPr outlinePr summaryBelow="0") rather
   * than below (Excel's default). Hierarchy evidence for recognition; omitted when the sheet has none.
   */
  outline?: { levels: Record<number, number>; summaryAbove: boolean };
}

export interface TableSnapshot {
  /** Excel table name or defined name, e.g. "Anggaran_JenisBelanja". */
  name: string;
  sheet: string;
  /** A1 range including the header row, e.g. "B4:F9". */
  range: string;
  kind: "table" | "name";
  /** For a sheet-scoped defined name: the sheet it belongs to (Excel's Move or Copy makes these). */
  scope?: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Excel tables (ListObjects) and workbook-scoped defined names. */
  tables: TableSnapshot[];
  /** Add-in settings stored in the workbook (e.g. audit ignores), key → JSON text. */
  settings: Record<string, string>;
  /** Where the snapshot came from (file path or "Excel"), for reports. */
  source?: string;
  /** ISO time the snapshot was read; the audit reports against this moment. */
  readAt?: string;
  /** The workbook counts dates from 1904 (serial 0 = 1904-01-01); values are the serials as stored. */
  date1904?: boolean;
  /** Formula cells whose result the file does not hold (never calculated): count and the first one. */
  uncalculated?: { count: number; sheet: string; cell: string };
}

export interface CellView {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

const EMPTY: CellView = { value: null, formula: null, numberFormat: "General" };

export function getSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Reads one cell by 0-based position; cells outside the used range are empty. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellView {
  const r = row - sheet.origin.row;
  const c = col - sheet.origin.col;
  if (r < 0 || c < 0 || r >= sheet.values.length) return EMPTY;
  const rowValues = sheet.values[r];
  if (c >= rowValues.length) return EMPTY;
  return {
    value: rowValues[c] ?? null,
    formula: sheet.formulas?.[r]?.[c] ?? null,
    numberFormat: sheet.numberFormats?.[r]?.[c] ?? "General",
  };
}

export function cell(sheet: SheetSnapshot, a1: string): CellView {
  const p = parseA1(a1);
  return cellAt(sheet, p.row, p.col);
}

// Rows stored sparse (holes, V8 dictionary elements): iterated by their keys, not their length.
const sparseRows = new WeakSet<readonly unknown[]>();

/** Marks a row array as sparse so iteration visits only the cells it holds (readers call this). */
export function markSparse<T>(row: T[]): T[] {
  sparseRows.add(row);
  return row;
}

/** A shared empty row for rows of the used range that hold nothing. */
export const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** Column offsets (from origin.col) of the entries a row holds, ascending. */
export function rowColumns(row: readonly unknown[]): number[] {
  const out: number[] = [];
  if (sparseRows.has(row)) {
    for (const k in row) out.push(Number(k));
    return out;
  }
  for (let c = 0; c < row.length; c++) if (row[c] !== undefined && row[c] !== null) out.push(c);
  return out;
}

/** Calls fn for every non-empty cell of the sheet (value or formula present). */
export function forEachCell(sheet: SheetSnapshot, fn: (row: number, col: number, view: CellView) => void): void {
  forEachCellRaw(sheet, (row, col, value, formula, numberFormat) => fn(row, col, { value, formula, numberFormat }));
}

/** forEachCell without a view object per cell (for passes over every cell of a large sheet). */
export function forEachCellRaw(sheet: SheetSnapshot, fn: (row: number, col: number, value: CellValue, formula: string | null, numberFormat: string) => void): void {
  const visit = (r: number, c: number) => {
    const formula = sheet.formulas?.[r]?.[c] ?? null;
    const value = sheet.values[r][c] ?? null;
    if (value === null && formula === null) return;
    if (value === "" && formula === null) return;
    fn(sheet.origin.row + r, sheet.origin.col + c, value, formula, sheet.numberFormats?.[r]?.[c] ?? "General");
  };
  const formulas = sheet.formulas;
  for (let r = 0; r < sheet.values.length; r++) {
    const vals = sheet.values[r];
    const frow = formulas?.[r];
    if (vals.length === 0 && (!frow || frow.length === 0)) continue;
    if (sparseRows.has(vals) || (frow && sparseRows.has(frow))) {
      const cols = new Set<number>(rowColumns(vals));
      if (frow) for (const c of rowColumns(frow)) cols.add(c);
      for (const c of [...cols].sort((a, b) => a - b)) visit(r, c);
      continue;
    }
    const width = Math.max(vals.length, frow?.length ?? 0);
    for (let c = 0; c < width; c++) visit(r, c);
  }
}

/** Width of the used range in columns (the longest row). */
export function sheetWidth(sheet: SheetSnapshot): number {
  let w = 0;
  const rows = sheet.values;
  for (let i = 0; i < rows.length; i++) if (rows[i].length > w) w = rows[i].length;
  return w;
}

export function usedRangeA1(sheet: SheetSnapshot): string {
  const rows = sheet.values.length;
  const cols = sheetWidth(sheet);
  if (!rows || !cols) return toA1(sheet.origin.row, sheet.origin.col);
  return `${toA1(sheet.origin.row, sheet.origin.col)}:${toA1(sheet.origin.row + rows - 1, sheet.origin.col + cols - 1)}`;
}

export function cellCount(wb: WorkbookSnapshot): number {
  let n = 0;
  for (const s of wb.sheets) for (const r of s.values) n += sparseRows.has(r) ? rowColumns(r).length : r.length;
  return n;
}

interface HeldIndex {
  /** Absolute column → absolute rows holding a cell, ascending. */
  byColumn: Map<number, number[]>;
  /** Absolute row → absolute columns holding a cell, ascending. */
  byRow: Map<number, number[]>;
  rows: number[];
  cols: number[];
}

const heldIndexes = new WeakMap<SheetSnapshot, HeldIndex>();

/** Where a sheet holds cells, by column and by row; built once per sheet in O(cells). */
function heldIndex(sheet: SheetSnapshot): HeldIndex {
  let index = heldIndexes.get(sheet);
  if (!index) {
    const byColumn = new Map<number, number[]>();
    const byRow = new Map<number, number[]>();
    const rows: number[] = [];
    forEachCellRaw(sheet, (r, c) => {
      const inCol = byColumn.get(c);
      if (inCol) inCol.push(r);
      else byColumn.set(c, [r]);
      const inRow = byRow.get(r);
      if (inRow) inRow.push(c);
      else {
        byRow.set(r, [c]);
        rows.push(r);
      }
    });
    index = { byColumn, byRow, rows, cols: [...byColumn.keys()].sort((a, b) => a - b) };
    heldIndexes.set(sheet, index);
  }
  return index;
}

/** First index of a sorted array whose entry is > x. */
function after(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Entries of a sorted array strictly between a and b. */
function between(sorted: number[] | undefined, a: number, b: number): number[] {
  if (!sorted) return [];
  const out: number[] = [];
  for (let i = after(sorted, a); i < sorted.length && sorted[i] < b; i++) out.push(sorted[i]);
  return out;
}

/** For each absolute column, the absolute rows holding a cell, ascending. */
export function heldRowsByColumn(sheet: SheetSnapshot): Map<number, number[]> {
  return heldIndex(sheet).byColumn;
}

/** Absolute rows of column `col` holding a cell strictly between rows r0 and r1 (ascending); never walks empty rows. */
export function heldRowsBetween(sheet: SheetSnapshot, col: number, r0: number, r1: number): number[] {
  return between(heldIndex(sheet).byColumn.get(col), r0, r1);
}

const mergeInners = new WeakMap<SheetSnapshot, Set<number>>();
const key = (r: number, c: number) => r * 16384 + c;

/**
 * True when (row, col) is a held cell inside a merged area other than its top-left anchor (Excel
 * shows the anchor's value there). The index holds only cells the sheet holds, so a merge over
 * the whole grid costs what it covers, not its area.
 */
export function insideMerge(sheet: SheetSnapshot, row: number, col: number): boolean {
  let inner = mergeInners.get(sheet);
  if (!inner) {
    inner = new Set();
    const idx = heldIndex(sheet);
    for (const m of sheet.merged ?? []) {
      let p;
      try {
        p = parseRange(m);
      } catch {
        continue;
      }
      const { start, end } = p;
      // Walk the merge along its shorter held side.
      const rows = between(idx.rows, start.row - 1, end.row + 1);
      const cols = between(idx.cols, start.col - 1, end.col + 1);
      if (rows.length <= cols.length) {
        for (const r of rows) for (const c of between(idx.byRow.get(r), start.col - 1, end.col + 1)) if (r !== start.row || c !== start.col) inner.add(key(r, c));
      } else {
        for (const c of cols) for (const r of between(idx.byColumn.get(c), start.row - 1, end.row + 1)) if (r !== start.row || c !== start.col) inner.add(key(r, c));
      }
    }
    mergeInners.set(sheet, inner);
  }
  return inner.has(key(row, col));
}

/** Absolute columns of row `row` holding a value or formula strictly between columns c0 and c1 (ascending). */
export function heldColsBetween(sheet: SheetSnapshot, row: number, c0: number, c1: number): number[] {
  const i = row - sheet.origin.row;
  if (i < 0 || i >= sheet.values.length) return [];
  const cols = new Set<number>(rowColumns(sheet.values[i]));
  const frow = sheet.formulas?.[i];
  if (frow) for (const c of rowColumns(frow)) cols.add(c);
  const out: number[] = [];
  for (const c of cols) {
    const abs = c + sheet.origin.col;
    if (abs > c0 && abs < c1) out.push(abs);
  }
  return out.sort((a, b) => a - b);
}
