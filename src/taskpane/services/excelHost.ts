/* global Excel */
// HostService over the Excel JavaScript API. Reading, applying actions, selecting and
// highlighting (with the exact restore kept in a workbook setting) are src/host/office's; this
// file only wraps them in Excel.run and adds what only the pane needs (outline, formula insert).

import type { Action } from "../../core/actions";
import type { TableSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { applyFix, clearHighlights, highlightFindings, savedFixes, savedHighlights, selectCell, undoFix } from "../../host/office";
import { planOptions } from "./templatesDomain";
import type { CellTarget, HostService } from "./types";

export interface OfficeAdapter {
  readSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot>;
  applyActions(context: Excel.RequestContext, actions: Action[]): Promise<unknown>;
  installTemplates(context: Excel.RequestContext, options: ReturnType<typeof planOptions>): Promise<{ plan: { actions: Action[]; sheets?: unknown[] } }>;
}

export function splitAddress(full: string): CellTarget {
  const bang = full.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address: full };
  let sheet = full.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1).replace(/\$/g, "") };
}

export function createExcelHost(adapter: OfficeAdapter): HostService {
  // Number of cells under the current highlight; the fills themselves live in the workbook setting.
  let highlighted = 0;

  return {
    readSnapshot: () => Excel.run((context) => adapter.readSnapshot(context)),

    readOutline: () =>
      Excel.run(async (context) => {
        const wb = context.workbook;
        const sheets = wb.worksheets.load("items/name");
        const names = wb.names.load("items/name, items/formula");
        const tables = wb.tables.load("items/name");
        const settings = wb.settings.load("items/key, items/value");
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
        const settingMap: Record<string, string> = {};
        for (const s of settings.items) settingMap[s.key] = typeof s.value === "string" ? s.value : JSON.stringify(s.value);
        return { sheets: sheets.items.map((s) => ({ name: s.name, origin: { row: 0, col: 0 }, values: [] })), tables: list, settings: settingMap };
      }),

    applyActions: (actions) =>
      Excel.run(async (context) => {
        await adapter.applyActions(context, actions);
      }),

    installTemplates: (options) =>
      Excel.run(async (context) => {
        const { plan } = await adapter.installTemplates(context, planOptions(options));
        return plan.sheets?.length ?? plan.actions.filter((a) => a.kind === "addSheet").length;
      }),

    select: (target) => Excel.run((context) => selectCell(context, target.sheet, target.address)),

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
        highlighted = (await highlightFindings(context, targets)).highlighted;
        return highlighted;
      }),

    clearHighlights: () =>
      Excel.run(async (context) => {
        await clearHighlights(context);
        highlighted = 0;
      }),

    highlightedCount: () => highlighted,

    refreshHighlights: () =>
      Excel.run(async (context) => {
        highlighted = (await savedHighlights(context)).length;
        return highlighted;
      }),

    applyFix: (fix) => Excel.run((context) => applyFix(context, fix)),

    undoFix: (id) => Excel.run((context) => undoFix(context, id)),

    appliedFixes: () => Excel.run((context) => savedFixes(context)),
  };
}
