// .xlsx host (writer): applies an Action[] plan to a new workbook file with exceljs. Formula
// cells are written with their cached results so the file shows numbers before recalculation.

import ExcelJS from "exceljs";
import type { Action } from "../../core/actions";
import { parseA1, parseRange, quoteSheet, toA1 } from "../../core/address";
import type { CellValue } from "../../core/snapshot";
import { isCellError } from "../../core/snapshot";
import { SETTINGS_SHEET } from "./read";

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function eachCell(ws: ExcelJS.Worksheet, address: string, fn: (c: ExcelJS.Cell) => void): void {
  const r = parseRange(address);
  for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.col; col <= r.end.col; col++) fn(ws.getCell(row + 1, col + 1));
}

type Result = number | string | boolean | Date | ExcelJS.CellErrorValue | undefined;

function resultOf(v: CellValue): Result {
  if (v === null) return undefined;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

function plainValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

/** Builds the exceljs workbook for a plan (exported for tests that inspect it without a file). */
export function buildWorkbook(actions: Action[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "lkjip";
  wb.calcProperties.fullCalcOnLoad = true;
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet '${name}'`);
    return ws;
  };
  const settings = new Map<string, string>();
  for (const a of actions) {
    switch (a.kind) {
      case "addSheet":
        if (wb.getWorksheet(a.sheet)) throw new Error(`sheet '${a.sheet}' exists; refusing to overwrite`);
        wb.addWorksheet(a.sheet, a.tabColor ? { properties: { tabColor: { argb: argb(a.tabColor) } } } : undefined);
        break;
      case "activate": {
        const i = wb.worksheets.findIndex((w) => w.name === a.sheet);
        if (i >= 0) wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: i, visibility: "visible" }];
        break;
      }
      case "select":
        break;
      case "write": {
        const ws = sheet(a.sheet);
        const o = parseA1(a.address);
        const rows = Math.max(a.values?.length ?? 0, a.formulas?.length ?? 0, a.numberFormats?.length ?? 0);
        for (let r = 0; r < rows; r++) {
          const cols = Math.max(a.values?.[r]?.length ?? 0, a.formulas?.[r]?.length ?? 0, a.numberFormats?.[r]?.length ?? 0);
          for (let c = 0; c < cols; c++) {
            const cell = ws.getCell(o.row + r + 1, o.col + c + 1);
            const f = a.formulas?.[r]?.[c];
            const v = a.values?.[r]?.[c];
            if (f) {
              // Every formula carries its cached result (0 included), so a reader that does not
              // recalculate sees what Excel would show; an empty result is cached as "".
              const result = resultOf(v ?? null);
              cell.value = { formula: f.replace(/^=/, ""), result: result === undefined ? "" : result } as ExcelJS.CellFormulaValue;
            } else if (v !== undefined) {
              cell.value = plainValue(v);
            }
            const nf = a.numberFormats?.[r]?.[c];
            if (nf && nf !== "General") cell.numFmt = nf;
          }
        }
        break;
      }
      case "fill":
        eachCell(sheet(a.sheet), a.address, (c) => {
          c.fill = a.fill.color ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(a.fill.color) } } : { type: "pattern", pattern: "none" };
        });
        break;
      case "font":
        eachCell(sheet(a.sheet), a.address, (c) => {
          c.font = { ...(c.font ?? {}), ...(a.bold !== undefined ? { bold: a.bold } : {}), ...(a.italic !== undefined ? { italic: a.italic } : {}), ...(a.size ? { size: a.size } : {}), ...(a.color ? { color: { argb: argb(a.color) } } : {}) };
        });
        break;
      case "columnWidth":
        sheet(a.sheet).getColumn(a.column).width = a.width;
        break;
      case "rowHeight":
        sheet(a.sheet).getRow(a.row).height = a.height;
        break;
      case "pageSetup": {
        const ws = sheet(a.sheet);
        // paperSize 9 = A4; fitToHeight 0 = as many pages tall as needed.
        ws.pageSetup = {
          ...ws.pageSetup,
          paperSize: 9,
          orientation: a.orientation,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          margins: { ...a.margins },
          ...(a.printTitleRows ? { printTitlesRow: a.printTitleRows } : {}),
        };
        const f = a.footer;
        ws.headerFooter = { ...ws.headerFooter, oddFooter: `${f.left ? `&L${f.left}` : ""}${f.center ? `&C${f.center}` : ""}${f.right ? `&R${f.right}` : ""}` };
        break;
      }
      case "merge":
        sheet(a.sheet).mergeCells(a.address);
        break;
      case "wrap":
        eachCell(sheet(a.sheet), a.address, (c) => {
          c.alignment = { ...(c.alignment ?? {}), wrapText: true, vertical: "top" };
        });
        break;
      case "border":
        eachCell(sheet(a.sheet), a.address, (c) => {
          const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
          c.border = { top: thin, left: thin, bottom: thin, right: thin };
        });
        break;
      case "freeze":
        sheet(a.sheet).views = [{ state: "frozen", xSplit: a.columns, ySplit: a.rows }];
        break;
      case "addTable":
      case "addName": {
        // Excel tables cannot hold merged or total rows in the middle; both kinds become defined names.
        const r = parseRange(a.address);
        const abs = `${quoteSheet(a.sheet)}!$${toA1(r.start.row, r.start.col).replace(/(\d+)$/, "$$$1")}:$${toA1(r.end.row, r.end.col).replace(/(\d+)$/, "$$$1")}`;
        wb.definedNames.add(abs, a.name);
        break;
      }
      case "validationList":
        eachCell(sheet(a.sheet), a.address, (c) => {
          c.dataValidation = { type: "list", allowBlank: true, showErrorMessage: true, formulae: [`"${a.choices.join(",")}"`] };
        });
        break;
      case "setSetting":
        // In Excel these are document settings; a file keeps them in the very hidden sheet the
        // reader takes them from (read.ts SETTINGS_SHEET), so ignores survive save and reopen.
        settings.set(a.key, a.value);
        break;
      case "protect":
        void sheet(a.sheet).protect("", {});
        break;
    }
  }
  if (settings.size) {
    const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const [k, v] of settings) ws.addRow([k, v]);
  }
  return wb;
}

/** Writes the plan to an .xlsx file (the caller decides about overwriting). */
export async function writeWorkbook(actions: Action[], path: string): Promise<void> {
  await buildWorkbook(actions).xlsx.writeFile(path);
}

/** The plan as .xlsx bytes. */
export async function workbookBuffer(actions: Action[]): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(actions).xlsx.writeBuffer());
}
