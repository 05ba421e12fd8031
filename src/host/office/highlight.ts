// Highlight finding cells and restore exactly the fill each had before, including "No Fill".
// The original fills are saved in the workbook settings, so a reload (or the ribbon and the
// pane, which are separate bundles) can still restore them.

import { parseRange, toA1 } from "../../core/address";
import { sheetProtectedError } from "./errors";
import { readStoredAndSheets } from "./stored";

export const HIGHLIGHTS_KEY = "lkjip.highlights";
export const HIGHLIGHT_COLOR = "#FFC7CE";
/** Highlighting expands ranges to cells; beyond this many cells the rest is not lit. */
export const MAX_HIGHLIGHT_CELLS = 5000;

export interface CellTarget {
  sheet: string;
  /** A1 cell or range. */
  address: string;
}

/** One highlighted cell and the fill it had before: a colour, or null for "No Fill". */
export interface SavedFill {
  sheet: string;
  address: string;
  color: string | null;
}

function expand(targets: CellTarget[], limit: number): CellTarget[] {
  const seen = new Set<string>();
  const out: CellTarget[] = [];
  for (const t of targets) {
    const r = parseRange(t.address);
    for (let row = r.start.row; row <= r.end.row; row++) {
      for (let col = r.start.col; col <= r.end.col; col++) {
        const address = toA1(row, col);
        const key = `${t.sheet.toLowerCase()}!${address}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ sheet: t.sheet, address });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

function parseSaved(value: unknown): SavedFill[] {
  try {
    const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
    if (!Array.isArray(list)) return [];
    return list.filter((x): x is SavedFill => typeof x?.sheet === "string" && typeof x?.address === "string" && (x.color === null || typeof x.color === "string"));
  } catch {
    return [];
  }
}

/**
 * Lights the cells (2 syncs): reads the current fills, the saved list and the sheets'
 * protection, then saves the fills and applies the highlight in one batch. A cell already
 * highlighted keeps its first saved fill. Protected sheets are refused with a typed error.
 */
export async function highlightFindings(context: Excel.RequestContext, targets: CellTarget[], color = HIGHLIGHT_COLOR): Promise<{ highlighted: number; syncs: number }> {
  const wb = context.workbook;
  const saved = wb.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
  saved.load("value");
  const cells = expand(targets, MAX_HIGHLIGHT_CELLS);
  const sheetNames = [...new Set(cells.map((c) => c.sheet))];
  const protections = sheetNames.map((name) => {
    const p = wb.worksheets.getItem(name).protection;
    p.load("protected");
    return { name, p };
  });
  const fills = cells.map((c) => {
    const fill = wb.worksheets.getItem(c.sheet).getRange(c.address).format.fill;
    fill.load("color, pattern");
    return { cell: c, fill };
  });
  await context.sync();

  const locked = protections.find((x) => x.p.protected);
  if (locked) throw sheetProtectedError(locked.name);
  const before = saved.isNullObject ? [] : parseSaved(saved.value);
  const known = new Set(before.map((s) => `${s.sheet.toLowerCase()}!${s.address}`));
  const added: SavedFill[] = [];
  for (const { cell, fill } of fills) {
    const key = `${cell.sheet.toLowerCase()}!${cell.address}`;
    if (known.has(key)) continue;
    known.add(key);
    added.push({ sheet: cell.sheet, address: cell.address, color: fill.pattern === "None" ? null : fill.color });
  }
  const all = before.concat(added);
  wb.settings.add(HIGHLIGHTS_KEY, JSON.stringify(all));
  for (const { cell } of fills) wb.worksheets.getItem(cell.sheet).getRange(cell.address).format.fill.color = color;
  await context.sync();
  return { highlighted: all.length, syncs: 2 };
}

/** The cells currently highlighted, from the workbook settings (1 sync). */
export async function savedHighlights(context: Excel.RequestContext): Promise<SavedFill[]> {
  const saved = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY);
  saved.load("value");
  await context.sync();
  return saved.isNullObject ? [] : parseSaved(saved.value);
}

/**
 * Restores every saved fill exactly (a colour, or "No Fill" via fill.clear()) and forgets the
 * list (2 syncs). Cells on sheets deleted since are skipped.
 */
export async function clearHighlights(context: Excel.RequestContext): Promise<{ restored: number; syncs: number }> {
  const wb = context.workbook;
  const { value, sheets: present } = await readStoredAndSheets(context, HIGHLIGHTS_KEY);
  if (value === null) return { restored: 0, syncs: 1 };
  const list = parseSaved(value);
  let restored = 0;
  for (const s of list) {
    if (!present.has(s.sheet.toLowerCase())) continue;
    const fill = wb.worksheets.getItem(s.sheet).getRange(s.address).format.fill;
    if (s.color === null) fill.clear();
    else fill.color = s.color;
    restored++;
  }
  wb.settings.getItem(HIGHLIGHTS_KEY).delete();
  await context.sync();
  return { restored, syncs: 2 };
}
