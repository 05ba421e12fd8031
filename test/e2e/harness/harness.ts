// The harness page's first script: an in-memory Excel (test/support/fake) as the global `Excel`
// and a stub `Office`, so the BUILT task pane and ribbon commands run unchanged in Chromium.
// window.__harness lets the test inspect the workbook. Test-only; never part of dist/.

import { FakeWorkbook, runFake } from "../../support/fake";
import { parseA1, parseRange, toA1 } from "../../../src/core/address";
import { sheetFingerprint } from "../../host/helpers";
import { createOfficeStub, invokeCommand } from "./officeStub";
import type { HarnessApi } from "./api";

// A new Excel workbook has one empty sheet.
const workbook = FakeWorkbook.from({ Sheet1: null });
const query = new URLSearchParams(location.search);
const dark = query.get("theme") === "dark";
// ?excelApi=8 plays an Excel that supports ExcelApi up to 1.8 only.
const { office, log } = createOfficeStub({ dark, excelApi: Number(query.get("excelApi") ?? workbook.apiVersion) });

const g = window as unknown as Record<string, unknown>;
g.Office = office;
// The functions bundle registers its functions at load, as in Excel's shared runtime.
const customFunctions: Record<string, unknown> = {};
g.CustomFunctions = {
  associate: (id: string, fn: unknown) => void (customFunctions[id] = fn),
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  Error: class {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  },
};
g.Excel = {
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => runFake(workbook, batch),
};

function sheetModel(name: string) {
  const s = workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const api: HarnessApi = {
  sheetNames: () => workbook.sheets.map((s) => s.name),
  selection() {
    const sel = workbook.selection;
    if (!sel) return { sheet: workbook.activeSheet?.name ?? "", address: "A1" };
    const a = toA1(sel.range.start.row, sel.range.start.col);
    const b = toA1(sel.range.end.row, sel.range.end.col);
    return { sheet: sel.sheet.name, address: a === b ? a : `${a}:${b}` };
  },
  activeSheet: () => workbook.activeSheet?.name ?? "",
  fill: (sheet, address) => workbook.fillAt(sheet, address),
  setFill: (sheet, address, color) => workbook.setFill(sheetModel(sheet), parseRange(address), color),
  formula(sheet, address) {
    const f = workbook.formula(sheet, address);
    return typeof f === "string" && f.startsWith("=") ? f : null;
  },
  value(sheet, address) {
    const v = workbook.value(sheet, address);
    return v === undefined || v === "" ? null : (v as string | number | boolean | null);
  },
  numberFormat(sheet, address) {
    const { row, col } = parseA1(address);
    return workbook.numberFormatAt(sheetModel(sheet), row, col);
  },
  sheetDump: (sheet) => sheetFingerprint(sheetModel(sheet)),
  select(sheet, address) {
    const s = sheetModel(sheet);
    workbook.activeSheet = s;
    workbook.selection = { sheet: s, range: parseRange(address) };
  },
  renameSheet(from, to) {
    sheetModel(from).name = to;
  },
  settings() {
    const out: Record<string, string> = {};
    for (const [k, v] of workbook.settings) out[k] = typeof v === "string" ? v : JSON.stringify(v);
    return out;
  },
  invokeCommand: (id) => invokeCommand(log, id),
  showAsTaskpaneCount: () => log.showAsTaskpane,
  syncCount: () => workbook.syncLog.length,
  customFunctionIds: () => Object.keys(customFunctions),
};
window.__harness = api;
