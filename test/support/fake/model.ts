// The in-memory workbook behind the fake Excel API: cells, formats, tables, names, settings and
// the log of every sync. Test-only: it uses HyperFormula (GPL) to evaluate formulas, so nothing
// bundled into dist/ may import this folder.

import { HyperFormula, DetailedCellError } from "hyperformula";
import { parseA1, parseRange, quoteSheet, rangeToA1, type RangePos } from "../../../src/core/address";
import { FakeOfficeError } from "./errors";

export type Scalar = number | string | boolean;

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel on the web rejects a request or a response above 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FontFormat {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Constants by row, sparse. Formula cells have no entry here. */
  rows: (Scalar | undefined)[][];
  formulas: Map<number, string>;
  numberFormats: Map<number, string>;
  /** Fill colour per cell ("#RRGGBB"); no entry = no fill. */
  fills: Map<number, string>;
  fonts: Map<number, FontFormat>;
  wraps: Set<number>;
  used: RangePos | null;
  protected: boolean;
  tabColor: string;
  columnWidths: Map<number, number>;
  merged: RangePos[];
  validations: { range: RangePos; source: string }[];
  borders: { range: RangePos; edge: string; style: string }[];
  freeze: { rows: number; columns: number } | null;
  hfId?: number;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  range: RangePos;
  style: string;
}

export interface NameModel {
  name: string;
  sheet: SheetModel;
  range: RangePos;
  comment: string;
}

export interface SyncRecord {
  /** 1-based index of this sync in the workbook's life. */
  index: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;
const ERROR_TEXT = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export function checkSheetName(name: unknown, existing: SheetModel[], self?: SheetModel): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31) {
    throw new FakeOfficeError("InvalidArgument", `Sheet name must be 1–31 characters: ${JSON.stringify(name)}`);
  }
  if (FORBIDDEN_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError("InvalidArgument", `Sheet name contains a character Excel forbids: ${name}`);
  }
  if (name.toLowerCase() === "history") throw new FakeOfficeError("InvalidArgument", "'History' is a reserved sheet name");
  const clash = existing.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${clash.name}' already exists`);
  return name;
}

const NAME_RE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export function checkDefinedName(name: unknown, wb: FakeWorkbook): string {
  if (typeof name !== "string" || !NAME_RE.test(name) || name.length > 255 || LOOKS_LIKE_CELL.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `Not a valid Excel name: ${JSON.stringify(name)}`);
  }
  const lower = name.toLowerCase();
  if (wb.names.some((n) => n.name.toLowerCase() === lower) || wb.tables.some((t) => t.name.toLowerCase() === lower)) {
    throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists`);
  }
  return name;
}

/** Parses an A1 range on a sheet, including whole columns ("B:B") and whole rows ("3:5"). */
export function parseAddress(address: string): RangePos {
  const bang = address.lastIndexOf("!");
  const body = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(body);
  if (cols) {
    const a = parseA1(`${cols[1]}1`).col;
    const b = parseA1(`${cols[2]}1`).col;
    return { start: { row: 0, col: Math.min(a, b) }, end: { row: MAX_ROWS - 1, col: Math.max(a, b) } };
  }
  const rows = /^(\d+):(\d+)$/.exec(body);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { start: { row: Math.min(a, b), col: 0 }, end: { row: Math.max(a, b), col: MAX_COLS - 1 } };
  }
  let r: RangePos;
  try {
    r = parseRange(body);
  } catch {
    throw new FakeOfficeError("InvalidArgument", `The address is not valid: ${address}`);
  }
  if (r.end.row >= MAX_ROWS || r.end.col >= MAX_COLS) throw new FakeOfficeError("InvalidArgument", `Address outside the grid: ${address}`);
  return r;
}

export function absoluteA1(r: RangePos): string {
  const abs = (a1: string) => a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const a = rangeToA1({ start: r.start, end: r.start });
  const b = rangeToA1({ start: r.end, end: r.end });
  return a === b ? abs(a) : `${abs(a)}:${abs(b)}`;
}

function normalizeColor(color: unknown): string {
  if (typeof color !== "string") throw new FakeOfficeError("InvalidArgument", `Colour must be a string: ${JSON.stringify(color)}`);
  const named: Record<string, string> = { yellow: "#FFFF00", red: "#FF0000", white: "#FFFFFF", black: "#000000", green: "#008000", blue: "#0000FF" };
  const c = named[color.toLowerCase()] ?? color;
  if (!/^#[0-9A-Fa-f]{6}$/.test(c)) throw new FakeOfficeError("InvalidArgument", `Not a colour: ${color}`);
  return c.toUpperCase();
}

/** Text that Excel turns into a number when typed or written through Range.values. */
const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class FakeWorkbook {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  settings = new Map<string, unknown>();
  syncLog: SyncRecord[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; range: RangePos } | null = null;
  /** Highest ExcelApi minor version this fake claims to support (isSetSupported). */
  apiVersion = 17;
  payloadLimitBytes = DEFAULT_PAYLOAD_LIMIT;
  calculationMode: "Automatic" | "Manual" | "AutomaticExceptTables" = "Automatic";
  private engine: HyperFormula | null = null;
  private nextId = 1;

  /** Builds a workbook from plain data: { "Sheet1": [[1, 2], ["=A1+B1"]] } (strings starting with "=" are formulas). */
  static from(sheets: Record<string, (Scalar | null)[][] | null>): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      const s = wb.addSheet(name);
      if (rows && rows.length) wb.writeBlock(s, { row: 0, col: 0 }, rows, "values");
    }
    return wb;
  }

  // ---- sheets ----------------------------------------------------------------------------

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    checkSheetName(finalName, this.sheets);
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name: finalName,
      visibility: "Visible",
      rows: [],
      formulas: new Map(),
      numberFormats: new Map(),
      fills: new Map(),
      fonts: new Map(),
      wraps: new Set(),
      used: null,
      protected: false,
      tabColor: "",
      columnWidths: new Map(),
      merged: [],
      validations: [],
      borders: [],
      freeze: null,
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    if (this.engine) sheet.hfId = this.engine.getSheetId(this.engine.addSheet(hfSheetName(sheet)))!;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    checkSheetName(name, this.sheets, sheet);
    sheet.name = name;
    if (this.engine && sheet.hfId !== undefined) this.engine.renameSheet(sheet.hfId, hfSheetName(sheet));
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  // ---- cells -----------------------------------------------------------------------------

  constantAt(sheet: SheetModel, row: number, col: number): Scalar | undefined {
    return sheet.rows[row]?.[col];
  }

  /** What Range.values returns for one cell: the formula result, the constant, or "" when empty. */
  valueAt(sheet: SheetModel, row: number, col: number): Scalar {
    const formula = sheet.formulas.get(cellKey(row, col));
    if (formula !== undefined) return this.evaluate(sheet, row, col);
    return sheet.rows[row]?.[col] ?? "";
  }

  /** What Range.formulas returns: the formula text, else the constant, else "". */
  formulaAt(sheet: SheetModel, row: number, col: number): Scalar {
    return sheet.formulas.get(cellKey(row, col)) ?? sheet.rows[row]?.[col] ?? "";
  }

  numberFormatAt(sheet: SheetModel, row: number, col: number): string {
    return sheet.numberFormats.get(cellKey(row, col)) ?? "General";
  }

  /** Test helper: the fill colour of one cell, or null for no fill. */
  fillAt(sheetName: string, a1: string): string | null {
    const sheet = this.mustSheet(sheetName);
    const p = parseA1(a1);
    return sheet.fills.get(cellKey(p.row, p.col)) ?? null;
  }

  /** Test helper: what Range.values would show for one cell. */
  value(sheetName: string, a1: string): Scalar {
    const p = parseA1(a1);
    return this.valueAt(this.mustSheet(sheetName), p.row, p.col);
  }

  /** Test helper: what Range.formulas would show for one cell. */
  formula(sheetName: string, a1: string): Scalar {
    const p = parseA1(a1);
    return this.formulaAt(this.mustSheet(sheetName), p.row, p.col);
  }

  mustSheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet named '${name}'`);
    return s;
  }

  /**
   * Writes a block of cell contents at `origin`. As Excel parses typed or written text, strings
   * starting with "=", "+", "-" or "@" become formulas (through values or formulas alike; "-5" is
   * still the number -5), numeric text becomes a number, unless the cell is formatted as text
   * ("@": then everything stays text, "=…" too); a leading apostrophe forces text, "" clears
   * the cell, null leaves it.
   */
  writeBlock(sheet: SheetModel, origin: { row: number; col: number }, block: unknown[][], _via: "values" | "formulas"): void {
    for (let r = 0; r < block.length; r++) {
      const rowIdx = origin.row + r;
      const src = block[r];
      for (let c = 0; c < src.length; c++) {
        const colIdx = origin.col + c;
        const raw = src[c];
        const key = cellKey(rowIdx, colIdx);
        let constant: Scalar | undefined;
        let formula: string | undefined;
        // Office.js ignores null in an input array (the cell is left as it is); "" clears.
        if (raw === null || raw === undefined) continue;
        if (raw === "") {
          constant = undefined;
        } else if (typeof raw === "number") {
          if (!Number.isFinite(raw)) throw new FakeOfficeError("InvalidArgument", `Not a finite number at ${rangeToA1({ start: { row: rowIdx, col: colIdx }, end: { row: rowIdx, col: colIdx } })}`);
          constant = raw;
        } else if (typeof raw === "boolean") {
          constant = raw;
        } else if (typeof raw === "string") {
          // Excel keeps anything written into a text-formatted ("@") cell as text, "=…" included.
          const textCell = sheet.numberFormats.get(key) === "@";
          const asFormula = textCell ? undefined : formulaOf(raw);
          if (asFormula !== undefined) formula = asFormula;
          else if (raw.startsWith("'")) constant = raw.slice(1);
          else if (NUMERIC_TEXT.test(raw) && sheet.numberFormats.get(key) !== "@") constant = Number(raw);
          else if (/^(true|false)$/i.test(raw)) constant = raw.toLowerCase() === "true";
          else constant = raw;
        } else {
          throw new FakeOfficeError("InvalidArgument", `A cell value must be a number, string, boolean or null, got ${typeof raw}`);
        }
        const row = sheet.rows[rowIdx] ?? (sheet.rows[rowIdx] = []);
        if (constant === undefined) delete row[colIdx];
        else row[colIdx] = constant;
        if (formula === undefined) sheet.formulas.delete(key);
        else sheet.formulas.set(key, formula);
        if (constant !== undefined || formula !== undefined) this.touch(sheet, rowIdx, colIdx);
      }
    }
    if (this.engine || block.some((row) => row.some((v) => typeof v === "string" && formulaOf(v) !== undefined))) {
      this.mirrorToEngine(sheet, origin, block.length, Math.max(0, ...block.map((r) => r.length)));
    }
  }

  /** Grows the sheet's used range to include a cell (Excel counts formatted cells too). */
  touch(sheet: SheetModel, row: number, col: number, rows = 1, cols = 1): void {
    const end = { row: row + rows - 1, col: col + cols - 1 };
    if (!sheet.used) {
      sheet.used = { start: { row, col }, end };
      return;
    }
    const u = sheet.used;
    u.start.row = Math.min(u.start.row, row);
    u.start.col = Math.min(u.start.col, col);
    u.end.row = Math.max(u.end.row, end.row);
    u.end.col = Math.max(u.end.col, end.col);
  }

  setFill(sheet: SheetModel, range: RangePos, color: string | null): void {
    const c = color === null ? null : normalizeColor(color);
    this.forEachPos(range, (r, k) => {
      if (c === null) sheet.fills.delete(k);
      else sheet.fills.set(k, c);
      void r;
    });
    if (c !== null) this.touch(sheet, range.start.row, range.start.col, range.end.row - range.start.row + 1, range.end.col - range.start.col + 1);
  }

  setFont(sheet: SheetModel, range: RangePos, patch: FontFormat): void {
    if (patch.color !== undefined) patch = { ...patch, color: normalizeColor(patch.color) };
    this.forEachPos(range, (_r, k) => sheet.fonts.set(k, { ...sheet.fonts.get(k), ...patch }));
  }

  setNumberFormat(sheet: SheetModel, range: RangePos, formats: string[][] | string): void {
    for (let r = range.start.row; r <= range.end.row; r++) {
      for (let c = range.start.col; c <= range.end.col; c++) {
        const f = typeof formats === "string" ? formats : formats[r - range.start.row][c - range.start.col];
        if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat entries must be strings");
        const k = cellKey(r, c);
        if (f === "General" || f === "") sheet.numberFormats.delete(k);
        else sheet.numberFormats.set(k, f);
      }
    }
    this.touch(sheet, range.start.row, range.start.col, range.end.row - range.start.row + 1, range.end.col - range.start.col + 1);
  }

  private forEachPos(range: RangePos, fn: (row: number, key: number) => void): void {
    const cells = (range.end.row - range.start.row + 1) * (range.end.col - range.start.col + 1);
    if (cells > 5_000_000) throw new FakeOfficeError("InvalidArgument", "The fake formats at most 5 000 000 cells at once");
    for (let r = range.start.row; r <= range.end.row; r++) for (let c = range.start.col; c <= range.end.col; c++) fn(r, cellKey(r, c));
  }

  /** Cells holding a formula, as a list of positions (for getSpecialCells). */
  formulaCells(sheet: SheetModel, within: RangePos): { row: number; col: number }[] {
    const out: { row: number; col: number }[] = [];
    for (const k of sheet.formulas.keys()) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row >= within.start.row && row <= within.end.row && col >= within.start.col && col <= within.end.col) out.push({ row, col });
    }
    out.sort((a, b) => a.row - b.row || a.col - b.col);
    return out;
  }

  // ---- names and tables --------------------------------------------------------------------

  addName(name: string, sheet: SheetModel, range: RangePos, comment = ""): NameModel {
    checkDefinedName(name, this);
    const n: NameModel = { name, sheet, range, comment };
    this.names.push(n);
    if (this.engine) this.addEngineName(n);
    return n;
  }

  addTable(sheet: SheetModel, range: RangePos, name?: string): TableModel {
    if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${sheet.name}' is protected`);
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.range, range)) throw new FakeOfficeError("InvalidOperation", `The range overlaps the table '${t.name}'`);
    }
    let finalName = name;
    if (finalName === undefined) {
      let n = this.tables.length + 1;
      while (this.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      finalName = `Table${n}`;
    } else {
      checkDefinedName(finalName, this);
    }
    const t: TableModel = { id: this.newId("table"), name: finalName, sheet, range, style: "TableStyleMedium2" };
    this.tables.push(t);
    this.touch(sheet, range.start.row, range.start.col, range.end.row - range.start.row + 1, range.end.col - range.start.col + 1);
    return t;
  }

  renameTable(t: TableModel, name: string): void {
    if (t.name.toLowerCase() !== name.toLowerCase()) checkDefinedName(name, this);
    t.name = name;
  }

  // ---- formulas (HyperFormula) ---------------------------------------------------------------

  private ensureEngine(): HyperFormula {
    if (this.engine) return this.engine;
    // Excel keeps full doubles; HyperFormula rounds results to 10 digits unless told otherwise.
    const engine = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", precisionRounding: 15, smartRounding: false });
    this.engine = engine;
    for (const s of this.sheets) s.hfId = engine.getSheetId(engine.addSheet(hfSheetName(s)))!;
    for (const s of this.sheets) {
      if (!s.used) continue;
      this.mirrorToEngine(s, s.used.start, s.used.end.row - s.used.start.row + 1, s.used.end.col - s.used.start.col + 1);
    }
    for (const n of this.names) this.addEngineName(n);
    return engine;
  }

  private addEngineName(n: NameModel): void {
    try {
      this.engine?.addNamedExpression(n.name, `=${quoteSheet(n.sheet.name)}!${absoluteA1(n.range)}`);
    } catch {
      // A name HyperFormula cannot represent only loses evaluation through that name.
    }
  }

  private mirrorToEngine(sheet: SheetModel, origin: { row: number; col: number }, rows: number, cols: number): void {
    const engine = this.ensureEngine();
    if (sheet.hfId === undefined || rows === 0 || cols === 0) return;
    const content: (Scalar | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: (Scalar | null)[] = [];
      for (let c = 0; c < cols; c++) {
        const row = origin.row + r;
        const col = origin.col + c;
        line.push(sheet.formulas.get(cellKey(row, col)) ?? sheet.rows[row]?.[col] ?? null);
      }
      content.push(line);
    }
    engine.setCellContents({ sheet: sheet.hfId, row: origin.row, col: origin.col }, content);
  }

  private evaluate(sheet: SheetModel, row: number, col: number): Scalar {
    const engine = this.ensureEngine();
    const v = engine.getCellValue({ sheet: sheet.hfId!, row, col });
    if (v instanceof DetailedCellError) return v.value;
    if (v === null || v === undefined) return 0;
    return v as Scalar;
  }

  // ---- sync accounting ---------------------------------------------------------------------

  /** Largest request or response of any sync so far, in bytes. */
  maxPayloadBytes(): number {
    return Math.max(0, ...this.syncLog.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  }

  resetSyncLog(): void {
    this.syncLog = [];
  }
}

export function isErrorText(v: unknown): boolean {
  return typeof v === "string" && ERROR_TEXT.test(v);
}

export function overlaps(a: RangePos, b: RangePos): boolean {
  return a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;
}

function hfSheetName(s: SheetModel): string {
  return s.name;
}

/**
 * The formula Excel makes of a written string, or undefined when it stays a constant: "=…" as is;
 * "+…" and "-…" (unless numeric, "-5") become "=+…" / "=-…"; "@…" becomes "=…" (Excel reads a
 * leading @ as the start of a formula too). This is what makes formula injection observable here.
 */
export function formulaOf(raw: string): string | undefined {
  if (raw.length < 2) return undefined;
  const first = raw[0];
  if (first === "=") return raw;
  if ((first === "+" || first === "-") && !NUMERIC_TEXT.test(raw)) return `=${raw}`;
  if (first === "@") return `=${raw.slice(1)}`;
  return undefined;
}
