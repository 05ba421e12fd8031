// The plain workbook snapshot: what every host adapter (Excel, .xlsx file, in-memory fake)
// reads a workbook into, and the only thing the audit and the template resolver look at.
// No Office.js, no DOM, no file I/O here.

import { parseA1, toA1 } from "./address";

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
  /** Values (formula results for formula cells), rectangular: rows × cols of the used range. */
  values: CellValue[][];
  /** Same shape as values; the formula text ("=SUM(C5:C7)") or null for a constant. Omitted = no formulas. */
  formulas?: (string | null)[][];
  /** Same shape as values; Excel number format codes ("#,##0", "0.00%", "General"). Omitted = General. */
  numberFormats?: string[][];
  visible?: boolean;
  /** Merged areas as A1 ranges ("B3:D3"). */
  merged?: string[];
  protected?: boolean;
}

export interface TableSnapshot {
  /** Excel table name or defined name, e.g. "Anggaran_JenisBelanja". */
  name: string;
  sheet: string;
  /** A1 range including the header row, e.g. "B4:F9". */
  range: string;
  kind: "table" | "name";
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

/** Calls fn for every non-empty cell of the sheet (value or formula present). */
export function forEachCell(sheet: SheetSnapshot, fn: (row: number, col: number, view: CellView) => void): void {
  for (let r = 0; r < sheet.values.length; r++) {
    const vals = sheet.values[r];
    for (let c = 0; c < vals.length; c++) {
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      const value = vals[c] ?? null;
      if (value === null && formula === null) continue;
      if (value === "" && formula === null) continue;
      fn(sheet.origin.row + r, sheet.origin.col + c, {
        value,
        formula,
        numberFormat: sheet.numberFormats?.[r]?.[c] ?? "General",
      });
    }
  }
}

export function usedRangeA1(sheet: SheetSnapshot): string {
  const rows = sheet.values.length;
  const cols = rows ? Math.max(...sheet.values.map((r) => r.length)) : 0;
  if (!rows || !cols) return toA1(sheet.origin.row, sheet.origin.col);
  return `${toA1(sheet.origin.row, sheet.origin.col)}:${toA1(sheet.origin.row + rows - 1, sheet.origin.col + cols - 1)}`;
}

export function cellCount(wb: WorkbookSnapshot): number {
  let n = 0;
  for (const s of wb.sheets) for (const r of s.values) n += r.length;
  return n;
}
