/* global Excel */
// HostService over the Excel JavaScript API. Reading the snapshot and applying actions belong
// to src/host/office (passed in); this file adds what only the pane needs: select, highlight
// with exact restore, and inserting a formula. Each method is one Excel.run with at most two
// syncs and never a sync inside a loop.

import type { Action } from "../../core/actions";
import type { TableSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { parseRange, toA1 } from "../../core/address";
import type { CellTarget, HostService } from "./types";

export interface OfficeAdapter {
  readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot>;
  applyActions(context: Excel.RequestContext, actions: Action[]): Promise<unknown>;
}

export const HIGHLIGHT_COLOR = "#FFC7CE";
/** Highlighting expands ranges into cells; past this many cells only the first ones are lit. */
export const MAX_HIGHLIGHT_CELLS = 2000;

/** A cell's fill as it was before highlighting; tintAndShade null means "No Fill" in Excel. */
export interface SavedFill {
  sheet: string;
  address: string;
  color: string;
  tintAndShade: number | null;
}

export function splitAddress(full: string): CellTarget {
  const bang = full.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address: full };
  let sheet = full.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1).replace(/\$/g, "") };
}

/** Expands "C5:D6" into single cells, de-duplicated across targets, capped at `limit`. */
export function expandCells(targets: CellTarget[], limit = MAX_HIGHLIGHT_CELLS): CellTarget[] {
  const seen = new Set<string>();
  const out: CellTarget[] = [];
  for (const t of targets) {
    const r = parseRange(t.address);
    for (let row = r.start.row; row <= r.end.row; row++) {
      for (let col = r.start.col; col <= r.end.col; col++) {
        const address = toA1(row, col);
        const key = `${t.sheet}!${address}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ sheet: t.sheet, address });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** Workbook setting that keeps the fills under a highlight, so "Hapus sorotan" works after the pane reopens. */
export const HIGHLIGHT_SETTING = "lkjip.highlights";

function parseSaved(value: unknown): SavedFill[] {
  try {
    const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (x): x is SavedFill =>
        typeof x === "object" && x !== null && typeof x.sheet === "string" && typeof x.address === "string" && typeof x.color === "string",
    ).map((x) => ({ sheet: x.sheet, address: x.address, color: x.color, tintAndShade: typeof x.tintAndShade === "number" ? x.tintAndShade : null }));
  } catch {
    return [];
  }
}

export function createExcelHost(adapter: OfficeAdapter): HostService {
  // Fills under the current highlight; mirrored in the workbook setting HIGHLIGHT_SETTING.
  let saved: SavedFill[] = [];

  return {
    readSnapshot: () => Excel.run((context) => adapter.readSnapshot(context)),

    readOutline: () =>
      Excel.run(async (context) => {
        const wb = context.workbook;
        const sheets = wb.worksheets.load("items/name");
        const names = wb.names.load("items/name, items/formula");
        const tables = wb.tables.load("items/name");
        await context.sync();
        const tableRanges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load("address") }));
        if (tableRanges.length > 0) await context.sync();
        const list: TableSnapshot[] = [];
        for (const t of tableRanges) {
          const at = splitAddress(t.range.address);
          list.push({ name: t.name, sheet: at.sheet, range: at.address, kind: "table" });
        }
        for (const n of names.items) {
          const formula = typeof n.formula === "string" ? n.formula.replace(/^=/, "") : "";
          if (!formula.includes("!")) continue; // a constant or formula name, not a range
          const at = splitAddress(formula);
          list.push({ name: n.name, sheet: at.sheet, range: at.address, kind: "name" });
        }
        return { sheets: sheets.items.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: [] })), tables: list, settings: {} };
      }),

    applyActions: (actions) =>
      Excel.run(async (context) => {
        await adapter.applyActions(context, actions);
      }),

    select: (target) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(target.sheet);
        sheet.activate();
        sheet.getRange(target.address).select();
        await context.sync();
      }),

    getSelection: () =>
      Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return splitAddress(range.address);
      }),

    insertFormula: (formula) =>
      Excel.run(async (context) => {
        const cell = context.workbook.getSelectedRange().getCell(0, 0);
        cell.formulas = [[formula]];
        cell.load("address");
        await context.sync();
        return splitAddress(cell.address);
      }),

    highlight: (targets) =>
      Excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
        setting.load("value");
        const cells = expandCells(targets);
        // Keep the fill proxies: the values loaded are read from the same objects after sync.
        const fills = cells.map((c) => context.workbook.worksheets.getItem(c.sheet).getRange(c.address).format.fill.load("color,tintAndShade"));
        await context.sync();
        // Cells already under a highlight (this session or an earlier one) keep their first saved fill.
        const known = setting.isNullObject ? saved : parseSaved(setting.value);
        const isKnown = (c: CellTarget): boolean => known.some((s) => s.sheet === c.sheet && s.address === c.address);
        const fresh: SavedFill[] = [];
        cells.forEach((c, i) => {
          if (!isKnown(c)) fresh.push({ ...c, color: fills[i].color, tintAndShade: fills[i].tintAndShade ?? null });
          fills[i].color = HIGHLIGHT_COLOR;
        });
        const next = known.concat(fresh);
        context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify(next));
        await context.sync();
        saved = next;
        return saved.length;
      }),

    clearHighlights: () =>
      Excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
        setting.load("value");
        await context.sync();
        const toRestore = setting.isNullObject ? saved : parseSaved(setting.value);
        for (const s of toRestore) {
          const fill = context.workbook.worksheets.getItem(s.sheet).getRange(s.address).format.fill;
          if (s.tintAndShade === null) {
            fill.clear();
          } else {
            fill.color = s.color;
            fill.tintAndShade = s.tintAndShade;
          }
        }
        if (!setting.isNullObject) setting.delete();
        await context.sync();
        saved = [];
      }),

    highlightedCount: () => saved.length,

    refreshHighlights: () =>
      Excel.run(async (context) => {
        const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
        setting.load("value");
        await context.sync();
        saved = setting.isNullObject ? [] : parseSaved(setting.value);
        return saved.length;
      }),
  };
}
