// applyActions: queues every Action as Office.js commands and runs them in one sync.
// queueActions is the queuing half, shared with the installer (which splits large plans).

import type { Action } from "../../core/actions";
import { parseRange } from "../../core/address";
import { isCellError, type CellValue } from "../../core/snapshot";
import { asCellText } from "../../core/text";
import { HostError, officeErrorCode, sheetExistsError, sheetProtectedError } from "./errors";

export interface ApplyOptions {
  /** Sheet names known to exist (e.g. from a snapshot): addSheet of one of them is refused before anything is sent. */
  existingSheetNames?: string[];
  /** Sheets known to be protected: writing to one is refused before anything is sent. */
  protectedSheets?: string[];
}

/** Worksheet proxies by lower-cased name, so a batch asks for each sheet once. */
export type SheetCache = Map<string, Excel.Worksheet>;

const WRITE_KINDS = new Set<Action["kind"]>(["write", "fill", "font", "columnWidth", "rowHeight", "pageSetup", "merge", "wrap", "border", "freeze", "addTable", "validationList", "protect"]);

function sheetOf(context: Excel.RequestContext, cache: SheetCache, name: string): Excel.Worksheet {
  const key = name.toLowerCase();
  let ws = cache.get(key);
  if (!ws) {
    ws = context.workbook.worksheets.getItem(name);
    cache.set(key, ws);
  }
  return ws;
}

function cellInput(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (isCellError(v)) return v.error;
  if (typeof v === "string") return asCellText(v);
  return v;
}

/** Excel column width in points from a width in characters (as exceljs and the templates use). */
export function charsToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

/** Checks the actions against what is known up front; throws a typed HostError instead of half-applying. */
export function precheckActions(actions: Action[], options: ApplyOptions = {}): void {
  const existing = new Set((options.existingSheetNames ?? []).map((s) => s.toLowerCase()));
  const protectedSheets = new Set((options.protectedSheets ?? []).map((s) => s.toLowerCase()));
  for (const a of actions) {
    if (a.kind === "addSheet") {
      if (existing.has(a.sheet.toLowerCase())) throw sheetExistsError(a.sheet);
      existing.add(a.sheet.toLowerCase());
    } else if (WRITE_KINDS.has(a.kind) && "sheet" in a && protectedSheets.has(a.sheet.toLowerCase())) {
      throw sheetProtectedError(a.sheet);
    }
  }
}

export function queueActions(context: Excel.RequestContext, actions: Action[], cache: SheetCache = new Map()): void {
  const wb = context.workbook;
  for (const a of actions) {
    switch (a.kind) {
      case "addSheet": {
        const ws = wb.worksheets.add(a.sheet);
        if (a.tabColor) ws.tabColor = a.tabColor;
        cache.set(a.sheet.toLowerCase(), ws);
        break;
      }
      case "activate":
        sheetOf(context, cache, a.sheet).activate();
        break;
      case "select": {
        const ws = sheetOf(context, cache, a.sheet);
        ws.activate();
        ws.getRange(a.address).select();
        break;
      }
      case "write": {
        const start = parseRange(a.address).start;
        const rows = Math.max(a.values?.length ?? 0, a.formulas?.length ?? 0, a.numberFormats?.length ?? 0);
        const cols = Math.max(0, ...[a.values, a.formulas, a.numberFormats].flatMap((g) => (g ?? []).map((r) => r.length)));
        if (!rows || !cols) break;
        const range = sheetOf(context, cache, a.sheet).getRangeByIndexes(start.row, start.col, rows, cols);
        // Formats first, so a text format ("@") applies to the values written after it; a cell
        // receiving a formula gets General instead of "@" (Excel keeps a formula written into a
        // text-formatted cell as text).
        if (a.numberFormats) {
          range.numberFormat = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: cols }, (_, c) => {
              const format = a.numberFormats?.[r]?.[c] ?? "General";
              const f = a.formulas?.[r]?.[c];
              return format === "@" && f !== null && f !== undefined ? "General" : format;
            }),
          );
        }
        const hasFormulas = !!a.formulas?.some((row) => row.some((f) => f !== null && f !== undefined));
        const cells = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => {
            const f = a.formulas?.[r]?.[c];
            return f !== null && f !== undefined ? f : cellInput(a.values?.[r]?.[c]);
          }),
        );
        if (hasFormulas) range.formulas = cells;
        else if (a.values) range.values = cells;
        break;
      }
      case "fill": {
        const fill = sheetOf(context, cache, a.sheet).getRange(a.address).format.fill;
        if (a.fill.color === null) fill.clear();
        else fill.color = a.fill.color;
        break;
      }
      case "font": {
        const font = sheetOf(context, cache, a.sheet).getRange(a.address).format.font;
        if (a.bold !== undefined) font.bold = a.bold;
        if (a.italic !== undefined) font.italic = a.italic;
        if (a.color !== undefined) font.color = a.color;
        if (a.size !== undefined) font.size = a.size;
        break;
      }
      case "columnWidth":
        sheetOf(context, cache, a.sheet).getRange(`${a.column}:${a.column}`).format.columnWidth = charsToPoints(a.width);
        break;
      case "rowHeight":
        sheetOf(context, cache, a.sheet).getRange(`${a.row}:${a.row}`).format.rowHeight = a.height;
        break;
      case "pageSetup": {
        // ExcelApi 1.9 (the adapter's minimum) has pageLayout; hosts without it skip print setup.
        const pl = sheetOf(context, cache, a.sheet).pageLayout;
        if (!pl) break;
        pl.paperSize = "A4";
        pl.orientation = a.orientation === "landscape" ? "Landscape" : "Portrait";
        pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        pl.leftMargin = a.margins.left * 72;
        pl.rightMargin = a.margins.right * 72;
        pl.topMargin = a.margins.top * 72;
        pl.bottomMargin = a.margins.bottom * 72;
        pl.headerMargin = a.margins.header * 72;
        pl.footerMargin = a.margins.footer * 72;
        if (a.printTitleRows) pl.setPrintTitleRows(`$${a.printTitleRows.replace(":", ":$")}`);
        const f = pl.headersFooters.defaultForAllPages;
        if (a.footer.left) f.leftFooter = a.footer.left;
        if (a.footer.center) f.centerFooter = a.footer.center;
        if (a.footer.right) f.rightFooter = a.footer.right;
        break;
      }
      case "merge":
        sheetOf(context, cache, a.sheet).getRange(a.address).merge(false);
        break;
      case "wrap":
        sheetOf(context, cache, a.sheet).getRange(a.address).format.wrapText = true;
        break;
      case "border": {
        const r = parseRange(a.address);
        const borders = sheetOf(context, cache, a.sheet).getRange(a.address).format.borders;
        // String enum values: the Excel global is not there when the fake runs under Node.
        const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
        if (r.end.row > r.start.row) edges.push("InsideHorizontal");
        if (r.end.col > r.start.col) edges.push("InsideVertical");
        for (const e of edges) borders.getItem(e).style = "Continuous";
        break;
      }
      case "freeze": {
        const panes = sheetOf(context, cache, a.sheet).freezePanes;
        if (a.rows > 0) panes.freezeRows(a.rows);
        if (a.columns > 0) panes.freezeColumns(a.columns);
        break;
      }
      case "addTable": {
        const t = sheetOf(context, cache, a.sheet).tables.add(a.address, true);
        t.name = a.name;
        if (a.style) t.style = a.style;
        break;
      }
      case "addName":
        wb.names.add(a.name, sheetOf(context, cache, a.sheet).getRange(a.address), a.comment);
        break;
      case "validationList":
        sheetOf(context, cache, a.sheet).getRange(a.address).dataValidation.rule = { list: { inCellDropDown: true, source: a.choices.join(",") } };
        break;
      case "setSetting":
        wb.settings.add(a.key, a.value);
        break;
      case "protect":
        sheetOf(context, cache, a.sheet).protection.protect();
        break;
    }
  }
}

/** Turns Office.js errors a user can act on into typed HostErrors. */
export function explainOfficeError(e: unknown, actions: Action[]): unknown {
  const code = officeErrorCode(e);
  if (code === "AccessDenied") {
    const sheets = [...new Set(actions.filter((a) => WRITE_KINDS.has(a.kind) && "sheet" in a).map((a) => (a as { sheet: string }).sheet))];
    return sheetProtectedError(sheets.join(", ") || "?");
  }
  if (code === "ItemAlreadyExists") {
    const msg = e instanceof Error ? e.message : "";
    const added = actions.find((a) => a.kind === "addSheet" && msg.toLowerCase().includes(a.sheet.toLowerCase()));
    if (added && added.kind === "addSheet") return sheetExistsError(added.sheet);
    return new HostError("sheetExists", "nameExists");
  }
  return e;
}

/**
 * Applies actions in one batch (one sync). addSheet refuses an existing name (Excel itself
 * refuses, and the known names in `options` are checked before anything is sent).
 */
export async function applyActions(context: Excel.RequestContext, actions: Action[], options: ApplyOptions = {}): Promise<{ syncs: number }> {
  precheckActions(actions, options);
  queueActions(context, actions);
  try {
    await context.sync();
  } catch (e) {
    throw explainOfficeError(e, actions);
  }
  return { syncs: 1 };
}
