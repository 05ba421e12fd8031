// Taking the user to a cell, and the exported report sheet with links to the cells.

import { quoteSheet } from "../../core/address";
import { HostError, officeErrorCode } from "./errors";

/** Activates the sheet and selects the cell or range (1 sync). */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") {
      throw new HostError("notFound", `Lembar "${sheet}" tidak ditemukan (mungkin sudah diganti namanya).`, `The sheet "${sheet}" was not found (it may have been renamed).`, sheet);
    }
    throw e;
  }
}

export interface ReportRow {
  severity: string;
  code: string;
  sheet: string;
  /** A1 cell or range the row links to. */
  address: string;
  message: string;
  expected?: number | string;
  actual?: number | string;
}

export const REPORT_SHEET = "Laporan Audit";

/** The first of "Laporan Audit", "Laporan Audit (2)", … not taken (case-insensitive). */
export function freeSheetName(base: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Workbook text is written as text, never read as a formula. */
function asText(v: string | number | undefined): string | number {
  if (v === undefined) return "";
  if (typeof v === "number") return v;
  return /^[=+\-@]/.test(v) ? `'${v}` : v;
}

/**
 * Writes the findings to a new sheet (never an existing one) with a HYPERLINK per row to the
 * cell (2 syncs: the sheet names, then the sheet). Returns the sheet name used.
 */
export async function exportReport(context: Excel.RequestContext, rows: ReportRow[], options: { sheetName?: string; headers?: string[] } = {}): Promise<{ sheet: string; syncs: number }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = freeSheetName(options.sheetName ?? REPORT_SHEET, sheets.items.map((s) => s.name));
  const headers = options.headers ?? ["Tingkat", "Kode", "Sel", "Pesan", "Seharusnya", "Tercatat"];
  const body = rows.map((r) => {
    const target = `#${quoteSheet(r.sheet)}!${r.address}`;
    const label = `${r.sheet}!${r.address}`;
    return [asText(r.severity), asText(r.code), `=HYPERLINK(${formulaString(target)},${formulaString(label)})`, asText(r.message), asText(r.expected), asText(r.actual)];
  });
  const ws = sheets.add(name);
  const all = [headers, ...body];
  ws.getRangeByIndexes(0, 0, all.length, headers.length).formulas = all;
  ws.getRangeByIndexes(0, 0, 1, headers.length).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
  ws.activate();
  await context.sync();
  return { sheet: name, syncs: 2 };
}
