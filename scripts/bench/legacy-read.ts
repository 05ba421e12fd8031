// The reader lkjip used before issue 13 (exceljs's full load, then a walk into the snapshot),
// kept only so the bench can measure the reader that replaced it side by side. Not shipped.
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";

const SETTINGS_SHEET = "_lkjip_settings";

export async function readWorkbookExceljs(path: string): Promise<WorkbookSnapshot> {
  const buf = await fs.readFile(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  const settings: Record<string, string> = {};
  wb.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET) {
      ws.eachRow((row) => {
        const k = row.getCell(1).value;
        const v = row.getCell(2).value;
        if (typeof k === "string" && k) settings[k] = typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
      });
      return;
    }
    sheets.push(readSheet(ws));
    for (const t of ws.getTables() as unknown as { name?: string; table?: { name?: string; tableRef?: string; ref?: string }; model?: { name?: string; tableRef?: string; ref?: string } }[]) {
      const m = t.model ?? t.table ?? {};
      const range = m.tableRef ?? m.ref;
      const name = m.name ?? t.name;
      if (name && range) tables.push({ name, sheet: ws.name, range, kind: "table" });
    }
  });
  for (const dn of (wb.definedNames.model ?? []) as { name: string; ranges: string[] }[]) {
    const first = dn.ranges?.[0];
    if (!first || !first.includes("!")) continue;
    const bang = first.lastIndexOf("!");
    const sheet = first.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    tables.push({ name: dn.name, sheet, range: first.slice(bang + 1).replace(/\$/g, ""), kind: "name" });
  }
  return { sheets, tables, settings, source: path, readAt: new Date().toISOString() };
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  const dims = ws.dimensions as unknown as { top?: number; left?: number; bottom?: number; right?: number };
  const visible = ws.state === "visible";
  if (!dims.top || !dims.left || !dims.bottom || !dims.right) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], visible, merged: merges };
  // One pass into arrays sized from the sheet's dimensions (large sheets: no per-cell objects).
  const top = dims.top;
  const left = dims.left;
  const rows = dims.bottom - top + 1;
  const cols = dims.right - left + 1;
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const numberFormats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - top;
    if (r < 0 || r >= rows) return;
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      const k = colNumber - left;
      if (k < 0 || k >= cols) return;
      const { value, formula } = convert(c);
      if (value === null && formula === null) return;
      values[r][k] = value;
      if (formula) {
        formulas[r][k] = formula;
        anyFormula = true;
      }
      const fmt = c.numFmt;
      if (fmt) numberFormats[r][k] = fmt;
    });
  });
  return { name: ws.name, origin: { row: top - 1, col: left - 1 }, values, ...(anyFormula ? { formulas } : {}), numberFormats, visible, merged: merges };
}

function convert(c: ExcelJS.Cell): { value: CellValue; formula: string | null } {
  const v = c.value as unknown;
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: null };
  if (v instanceof Date) return { value: excelSerial(v), formula: null };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o) {
      const f = c.formula;
      return { value: scalar(o.result), formula: f ? `=${f}` : null };
    }
    if ("error" in o && typeof o.error === "string") return { value: { error: o.error }, formula: null };
    if (Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((t) => t.text).join(""), formula: null };
    if (typeof o.text === "string") return { value: o.text, formula: null };
  }
  return { value: String(v), formula: null };
}

function scalar(r: unknown): CellValue {
  if (r === null || r === undefined) return null;
  if (typeof r === "number" || typeof r === "string" || typeof r === "boolean") return r;
  if (r instanceof Date) return excelSerial(r);
  if (typeof r === "object" && typeof (r as { error?: unknown }).error === "string") return { error: (r as { error: string }).error };
  return null;
}

function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}
