// Terapkan / Batalkan: write a root cause's suggested value into its cell, keeping what the
// cell held (value or formula, and number format) in the workbook settings, so the change can
// be undone exactly — also after the workbook is closed and reopened. Nothing is written
// unless the pane calls applyFix after the user confirmed.

import { parseA1 } from "../../core/address";
import { asCellText } from "../../core/text";
import { sheetProtectedError } from "./errors";
import { readStoredAndSheets } from "./stored";

export const FIXES_KEY = "lkjip.fixes";

/** What a cell held before a fix: formula (if any) or constant, and its number format. */
export interface CellBefore {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
}

export interface AppliedFix {
  /** Stable id of this application ("Sheet!A1@time"). */
  id: string;
  sheet: string;
  address: string;
  before: CellBefore;
  /** The value written. */
  value: number | string;
  /** ISO time of the application. */
  at: string;
}

export interface FixRequest {
  sheet: string;
  /** Single-cell A1 address. */
  address: string;
  value: number | string;
}

function parseSaved(value: unknown): AppliedFix[] {
  try {
    const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (x): x is AppliedFix =>
        typeof x?.id === "string" && typeof x?.sheet === "string" && typeof x?.address === "string" && typeof x?.before === "object" && x.before !== null && typeof x.before.numberFormat === "string",
    );
  } catch {
    return [];
  }
}

/** The fixes applied and not undone, oldest first (1 sync). */
export async function savedFixes(context: Excel.RequestContext): Promise<AppliedFix[]> {
  const saved = context.workbook.settings.getItemOrNullObject(FIXES_KEY);
  saved.load("value");
  await context.sync();
  return saved.isNullObject ? [] : parseSaved(saved.value);
}

/**
 * Writes `fix.value` into the cell (2 syncs: read what it holds and whether the sheet is
 * protected; then write the value and save the previous one in one batch). Numbers are written
 * as numbers, text as text. Throws a typed HostError on a protected sheet, before writing.
 */
export async function applyFix(context: Excel.RequestContext, fix: FixRequest, now: () => Date = () => new Date()): Promise<AppliedFix> {
  parseA1(fix.address);
  const wb = context.workbook;
  const protection = wb.worksheets.getItem(fix.sheet).protection;
  protection.load("protected");
  const range = wb.worksheets.getItem(fix.sheet).getRange(fix.address);
  range.load("values, formulas, numberFormat");
  const saved = wb.settings.getItemOrNullObject(FIXES_KEY);
  saved.load("value");
  await context.sync();
  if (protection.protected) throw sheetProtectedError(fix.sheet);
  const formula = range.formulas?.[0]?.[0];
  const value = range.values?.[0]?.[0];
  const before: CellBefore = {
    value: value === "" || value === undefined ? null : (value as string | number | boolean),
    formula: typeof formula === "string" && formula.startsWith("=") ? formula : null,
    numberFormat: String(range.numberFormat?.[0]?.[0] ?? "General"),
  };
  const at = now().toISOString();
  const applied: AppliedFix = { id: `${fix.sheet}!${fix.address}@${at}`, sheet: fix.sheet, address: fix.address, before, value: fix.value, at };
  const list = (saved.isNullObject ? [] : parseSaved(saved.value)).concat(applied);
  wb.settings.add(FIXES_KEY, JSON.stringify(list));
  range.values = [[typeof fix.value === "number" ? fix.value : asCellText(fix.value)]];
  await context.sync();
  return applied;
}

/**
 * Restores the cell of one applied fix (the latest when `id` is omitted) exactly: its formula,
 * or its constant (text stays text), and its number format; then forgets that fix (2 syncs).
 * Returns the restored fix, or null when there is none. A sheet deleted since is skipped.
 */
export async function undoFix(context: Excel.RequestContext, id?: string): Promise<AppliedFix | null> {
  const wb = context.workbook;
  const { value, sheets } = await readStoredAndSheets(context, FIXES_KEY);
  if (value === null) return null;
  const list = parseSaved(value);
  const at = id === undefined ? list.length - 1 : list.findIndex((f) => f.id === id);
  if (at < 0) return null;
  const fix = list[at];
  const rest = list.filter((_, i) => i !== at);
  if (sheets.has(fix.sheet.toLowerCase())) {
    const range = wb.worksheets.getItem(fix.sheet).getRange(fix.address);
    range.numberFormat = [[fix.before.numberFormat]];
    const b = fix.before;
    if (b.formula) range.formulas = [[b.formula]];
    else range.values = [[b.value === null ? "" : typeof b.value === "string" ? `'${b.value}` : b.value]];
  }
  if (rest.length) wb.settings.add(FIXES_KEY, JSON.stringify(rest));
  else wb.settings.getItem(FIXES_KEY).delete();
  await context.sync();
  return fix;
}
