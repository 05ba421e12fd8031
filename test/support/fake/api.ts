// The proxy objects of the fake Excel JavaScript API. Like Office.js, every call queues a command;
// nothing touches the workbook until `context.sync()`, which runs the queue in order, fills in
// loaded properties and records the byte size of the request and the response.
// Each class mirrors the @types/office-js class it stands for (see `Mirror`), so a renamed or
// retyped property or method parameter in the real API becomes a compile error here.

import { columnLetters, quoteSheet, type RangePos } from "../../../src/core/address";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import {
  FakeWorkbook,
  MAX_COLS,
  MAX_ROWS,
  absoluteA1,
  cellKey,
  isErrorText,
  parseAddress,
  type NameModel,
  type Scalar,
  type SheetModel,
  type TableModel,
} from "./model";

/** The listed members of an Office.js class: properties with their real types, methods with their real parameters. */
export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P];
};

interface RangeTarget {
  sheet: SheetModel;
  range: RangePos;
}

interface QueuedOp {
  desc: unknown;
  run: () => unknown;
}

const encoder = new TextEncoder();
function byteLength(text: string): number {
  return encoder.encode(text).length;
}

function rangeA1(r: RangePos): string {
  const a = `${columnLetters(r.start.col)}${r.start.row + 1}`;
  const b = `${columnLetters(r.end.col)}${r.end.row + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function dims(r: RangePos): { rows: number; cols: number } {
  return { rows: r.end.row - r.start.row + 1, cols: r.end.col - r.start.col + 1 };
}

function parseLoadOption(option: unknown): string[] {
  if (option === undefined) return [];
  let text: string[];
  if (typeof option === "string") text = option.split(",");
  else if (Array.isArray(option)) text = option.map(String);
  else if (typeof option === "object" && option !== null && "select" in option) {
    const sel = (option as { select?: string | string[] }).select;
    text = Array.isArray(sel) ? sel : String(sel ?? "").split(",");
  } else throw new FakeOfficeError("InvalidArgument", "Unsupported load option");
  return text.map((s) => s.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Context

export class FakeRequestContext {
  readonly model: FakeWorkbook;
  readonly workbook: FakeWorkbookApi;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  private queue: QueuedOp[] = [];
  /** Set by suspendApiCalculationUntilNextSync; recorded on the next sync. */
  calculationSuspended = false;

  constructor(model: FakeWorkbook) {
    this.model = model;
    this.application = new FakeApplication(this);
    this.workbook = new FakeWorkbookApi(this);
  }

  enqueue(desc: unknown, run: () => unknown): void {
    this.queue.push({ desc, run });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record = {
      index: this.model.syncLog.length + 1,
      operations: ops.length,
      requestBytes: byteLength(JSON.stringify(ops.map((o) => o.desc))),
      responseBytes: 0,
      calculationSuspended: this.calculationSuspended,
    };
    this.calculationSuspended = false;
    this.model.syncLog.push(record);
    await Promise.resolve();
    if (record.requestBytes > this.model.payloadLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`);
    }
    const responses: unknown[] = [];
    for (const op of ops) {
      const r = op.run();
      if (r !== undefined) responses.push(r);
    }
    record.responseBytes = byteLength(JSON.stringify(responses));
    if (record.responseBytes > this.model.payloadLimitBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Base proxy

abstract class FakeClientObject<T> {
  readonly context: FakeRequestContext;
  protected readonly path: string;
  protected loaded = new Map<string, unknown>();
  private resolver: () => T | null;
  private resolved = false;
  private target: T | null = null;
  private nullKnown: boolean | undefined;
  protected abstract readonly typeName: string;
  protected abstract readonly scalarProps: readonly string[];

  constructor(context: FakeRequestContext, path: string, resolver: () => T | null, creation?: unknown) {
    this.context = context;
    this.path = path;
    this.resolver = resolver;
    if (creation !== undefined) {
      context.enqueue({ path, create: creation }, () => {
        this.resolve();
        return undefined;
      });
    }
  }

  /** Binds the proxy to an existing object (collection items come back resolved). */
  preset(target: T): this {
    this.target = target;
    this.resolved = true;
    this.nullKnown = false;
    return this;
  }

  resolve(): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
      this.nullKnown = this.target === null;
    }
    return this.target;
  }

  protected must(): T {
    const t = this.resolve();
    if (t === null) throw new FakeOfficeError("ItemNotFound", `${this.typeName} does not exist (null object): ${this.path}`);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullKnown;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loaded.get(name) as V;
  }

  protected set(name: string, value: unknown, apply: (t: T, value: unknown) => void): void {
    this.context.enqueue({ path: this.path, set: name, value }, () => {
      apply(this.must(), value);
      this.loaded.delete(name);
      return undefined;
    });
  }

  protected call(method: string, args: unknown[], run: (t: T) => void): void {
    this.context.enqueue({ path: this.path, call: method, args }, () => {
      run(this.must());
      return undefined;
    });
  }

  /** Reads one scalar property from the workbook (at sync time). */
  protected abstract read(target: T, prop: string): unknown;

  /** Navigation properties that a load path may go through ("protection/protected"). */
  protected nav(_name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }

  loadNow(props: string[]): Record<string, unknown> {
    const t = this.resolve();
    if (t === null) return { isNullObject: true };
    const out: Record<string, unknown> = {};
    const list = props.length ? props : [...this.scalarProps];
    for (const prop of list) {
      const slash = prop.indexOf("/");
      if (slash > 0) {
        const head = prop.slice(0, slash);
        const child = this.nav(head);
        if (!child) throw new FakeOfficeError("InvalidArgument", `${this.typeName} has no navigation property '${head}'`);
        out[head] = { ...(out[head] as object), ...child.loadNow([prop.slice(slash + 1)]) };
        continue;
      }
      if (!this.scalarProps.includes(prop)) throw new FakeOfficeError("InvalidArgument", `${this.typeName} has no loadable property '${prop}'`);
      const v = this.read(t, prop);
      this.loaded.set(prop, v);
      out[prop] = v;
    }
    return out;
  }

  load(option?: string | string[] | { select?: string | string[] }): this {
    const props = parseLoadOption(option);
    this.context.enqueue({ path: this.path, load: props }, () => this.loadNow(props));
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: `load("items/name")` or `load("name")` loads those properties of every item. */
abstract class FakeCollection<M, I extends FakeClientObject<M>> extends FakeClientObject<M[]> {
  protected abstract makeItem(model: M, index: number): I;
  protected readonly scalarProps: readonly string[] = ["items", "count"];

  protected read(target: M[], prop: string): unknown {
    return prop === "count" ? target.length : undefined;
  }

  override loadNow(props: string[]): Record<string, unknown> {
    const models = this.must();
    const itemProps = props.filter((p) => p !== "count").map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    const items = models.map((m, i) => this.makeItem(m, i).preset(m));
    const results = items.map((it) => it.loadNow(itemProps));
    this.loaded.set("items", items);
    this.loaded.set("count", items.length);
    return { items: results };
  }

  get items(): I[] {
    return this.get<I[]>("items");
  }

  getCount(): { value: number } {
    const result = { value: NaN };
    this.context.enqueue({ path: this.path, call: "getCount" }, () => {
      result.value = this.must().length;
      return result.value;
    });
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Application and workbook

export class FakeApplication
  extends FakeClientObject<FakeWorkbook>
  implements Mirror<Excel.Application, "calculationMode" | "suspendApiCalculationUntilNextSync" | "calculate">
{
  protected readonly typeName = "Application";
  protected readonly scalarProps = ["calculationMode"] as const;

  constructor(context: FakeRequestContext) {
    super(context, "application", () => context.model);
  }

  protected read(model: FakeWorkbook, _prop: string): unknown {
    return model.calculationMode;
  }

  get calculationMode(): "Automatic" | "Manual" | "AutomaticExceptTables" {
    return this.get("calculationMode");
  }
  set calculationMode(mode: "Automatic" | "Manual" | "AutomaticExceptTables") {
    this.set("calculationMode", mode, (m) => {
      m.calculationMode = mode;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.calculationSuspended = true;
    this.context.enqueue({ path: this.path, call: "suspendApiCalculationUntilNextSync" }, () => undefined);
  }

  calculate(_calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this.context.enqueue({ path: this.path, call: "calculate" }, () => undefined);
  }
}

export class FakeWorkbookApi
  extends FakeClientObject<FakeWorkbook>
  implements Mirror<Excel.Workbook, "getSelectedRange" | "getActiveCell">
{
  protected readonly typeName = "Workbook";
  protected readonly scalarProps = ["name"] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, "workbook", () => context.model);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, "workbook.tables", null);
    this.names = new FakeNamedItemCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.application = context.application;
  }

  protected read(_m: FakeWorkbook, _prop: string): unknown {
    return "Book1.xlsx";
  }

  getSelectedRange(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, "workbook.getSelectedRange()", () => {
      if (model.selection) return model.selection;
      const sheet = model.activeSheet ?? model.sheets[0];
      return { sheet, range: { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } } };
    }, {});
  }

  getActiveCell(): FakeRange {
    const model = this.context.model;
    return new FakeRange(this.context, "workbook.getActiveCell()", () => {
      const sel = model.selection ?? { sheet: model.activeSheet ?? model.sheets[0], range: { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } } };
      return { sheet: sel.sheet, range: { start: sel.range.start, end: sel.range.start } };
    }, {});
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheetCollection
  extends FakeCollection<SheetModel, FakeWorksheet>
  implements Mirror<Excel.WorksheetCollection, "add" | "getItem" | "getItemOrNullObject" | "getFirst" | "getActiveWorksheet">
{
  protected readonly typeName = "WorksheetCollection";

  constructor(context: FakeRequestContext) {
    super(context, "worksheets", () => context.model.sheets);
  }

  protected makeItem(m: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets[${m.id}]`, () => m);
  }

  add(name?: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => model.addSheet(name), { add: name ?? null });
  }

  getItem(key: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, `worksheets[${JSON.stringify(key)}]`, () => {
      const s = model.findSheet(key) ?? model.sheets.find((x) => x.id === key);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${key}'`);
      return s;
    }, { getItem: key });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, `worksheets[${JSON.stringify(key)}]?`, () => model.findSheet(key) ?? model.sheets.find((x) => x.id === key) ?? null, { getItemOrNullObject: key });
  }

  getFirst(visibleOnly?: boolean): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, "worksheets.getFirst()", () => {
      const s = model.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound", "No worksheet");
      return s;
    }, { getFirst: !!visibleOnly });
  }

  getActiveWorksheet(): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", () => model.activeSheet ?? model.sheets[0], { getActiveWorksheet: true });
  }
}

export class FakeWorksheet
  extends FakeClientObject<SheetModel>
  implements
    Mirror<
      Excel.Worksheet,
      | "name"
      | "id"
      | "position"
      | "visibility"
      | "tabColor"
      | "getRange"
      | "getRangeByIndexes"
      | "getCell"
      | "getUsedRange"
      | "getUsedRangeOrNullObject"
      | "getNextOrNullObject"
      | "activate"
      | "delete"
    >
{
  protected readonly typeName = "Worksheet";
  protected readonly scalarProps = ["name", "id", "position", "visibility", "tabColor"] as const;

  protected read(s: SheetModel, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.context.model.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      default:
        return s.tabColor;
    }
  }

  protected override nav(name: string): FakeClientObject<unknown> | undefined {
    if (name === "protection") return this.protection as FakeClientObject<unknown>;
    return undefined;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (s, v) => this.context.model.renameSheet(s, v as string));
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", value, (s) => {
      s.visibility = value;
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(value: string) {
    this.set("tabColor", value, (s) => {
      s.tabColor = value;
    });
  }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.context, `${this.path}.protection`, () => this.resolve());
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, `${this.path}.tables`, this);
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, `${this.path}.freezePanes`, () => this.resolve());
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${address ?? ""})`, () => {
      const s = this.resolve();
      if (!s) return null;
      const range = address === undefined || address === "" ? { start: { row: 0, col: 0 }, end: { row: MAX_ROWS - 1, col: MAX_COLS - 1 } } : parseAddress(address);
      return { sheet: s, range };
    }, { getRange: address ?? null });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const s = this.resolve();
      if (!s) return null;
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLS) {
        throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes: indexes outside the grid");
      }
      return { sheet: s, range: { start: { row: startRow, col: startColumn }, end: { row: startRow + rowCount - 1, col: startColumn + columnCount - 1 } } };
    }, { getRangeByIndexes: [startRow, startColumn, rowCount, columnCount] });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRange()`, () => {
      const s = this.resolve();
      if (!s) return null;
      const used = usedRangeOf(s, !!valuesOnly);
      return { sheet: s, range: used ?? { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } } };
    }, { getUsedRange: !!valuesOnly });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.getUsedRangeOrNullObject()`, () => {
      const s = this.resolve();
      if (!s) return null;
      const used = usedRangeOf(s, !!valuesOnly);
      return used ? { sheet: s, range: used } : null;
    }, { getUsedRangeOrNullObject: !!valuesOnly });
  }

  getNextOrNullObject(visibleOnly?: boolean): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(this.context, `${this.path}.next`, () => {
      const s = this.resolve();
      if (!s) return null;
      const after = model.sheets.slice(model.sheets.indexOf(s) + 1);
      return after.find((x) => !visibleOnly || x.visibility === "Visible") ?? null;
    }, { getNextOrNullObject: !!visibleOnly });
  }

  activate(): void {
    this.call("activate", [], (s) => {
      this.context.model.activeSheet = s;
    });
  }

  delete(): void {
    this.call("delete", [], (s) => {
      const m = this.context.model;
      if (m.sheets.length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one sheet");
      m.sheets.splice(m.sheets.indexOf(s), 1);
      m.tables = m.tables.filter((t) => t.sheet !== s);
      m.names = m.names.filter((n) => n.sheet !== s);
      if (m.activeSheet === s) m.activeSheet = m.sheets[0];
      if (m.selection?.sheet === s) m.selection = null;
    });
  }
}

/** Excel's used range: cells with a value, formula or (unless valuesOnly) formatting. */
function usedRangeOf(s: SheetModel, valuesOnly: boolean): RangePos | null {
  if (!s.used) return null;
  if (!valuesOnly) return { start: { ...s.used.start }, end: { ...s.used.end } };
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  const see = (r: number, c: number) => {
    r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
  };
  s.rows.forEach((row, r) => row?.forEach((v, c) => v !== undefined && see(r, c)));
  for (const k of s.formulas.keys()) see(Math.floor(k / MAX_COLS), k % MAX_COLS);
  return r1 < 0 ? null : { start: { row: r0, col: c0 }, end: { row: r1, col: c1 } };
}

function assertWritable(t: RangeTarget): void {
  if (t.sheet.protected) {
    throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${t.sheet.name}').`);
  }
}

export class FakeWorksheetProtection
  extends FakeClientObject<SheetModel>
  implements Mirror<Excel.WorksheetProtection, "protected" | "protect" | "unprotect">
{
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarProps = ["protected"] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => SheetModel | null) {
    super(context, path, resolver);
  }

  protected read(s: SheetModel): unknown {
    return s.protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(_options?: Excel.WorksheetProtectionOptions, _password?: string): void {
    this.call("protect", [], (s) => {
      s.protected = true;
    });
  }
  unprotect(_password?: string): void {
    this.call("unprotect", [], (s) => {
      s.protected = false;
    });
  }
}

export class FakeFreezePanes
  extends FakeClientObject<SheetModel>
  implements Mirror<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze">
{
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarProps = [] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => SheetModel | null) {
    super(context, path, resolver);
  }
  protected read(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.call("freezeRows", [count], (s) => {
      s.freeze = { rows: count ?? 1, columns: s.freeze?.columns ?? 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.call("freezeColumns", [count], (s) => {
      s.freeze = { rows: s.freeze?.rows ?? 0, columns: count ?? 1 };
    });
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    if (typeof frozenRange !== "string") throw new FakeOfficeError("InvalidArgument", "The fake supports freezeAt with an address");
    this.call("freezeAt", [frozenRange], (s) => {
      const r = parseAddress(frozenRange);
      s.freeze = { rows: r.end.row + 1, columns: r.end.col + 1 };
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], (s) => {
      s.freeze = null;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

const RANGE_PROPS = ["address", "addressLocal", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount", "values", "formulas", "numberFormat", "text", "valueTypes"] as const;

export class FakeRange
  extends FakeClientObject<RangeTarget>
  implements
    Mirror<
      Excel.Range,
      | "address"
      | "addressLocal"
      | "rowCount"
      | "columnCount"
      | "rowIndex"
      | "columnIndex"
      | "cellCount"
      | "values"
      | "formulas"
      | "numberFormat"
      | "text"
      | "getCell"
      | "getOffsetRange"
      | "getResizedRange"
      | "getSpecialCellsOrNullObject"
      | "select"
      | "merge"
      | "clear"
    >
{
  protected readonly typeName = "Range";
  protected readonly scalarProps = RANGE_PROPS;

  protected read(t: RangeTarget, prop: string): unknown {
    const { sheet, range } = t;
    const m = this.context.model;
    const grid = <V>(fn: (r: number, c: number) => V): V[][] => {
      const { rows, cols } = dims(range);
      if (rows * cols > 20_000_000) throw new FakeOfficeError("InvalidArgument", "Range too large to read");
      const out: V[][] = [];
      for (let r = 0; r < rows; r++) {
        const line: V[] = new Array(cols);
        for (let c = 0; c < cols; c++) line[c] = fn(range.start.row + r, range.start.col + c);
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case "address":
      case "addressLocal":
        return `${quoteSheet(sheet.name)}!${rangeA1(range)}`;
      case "rowCount":
        return dims(range).rows;
      case "columnCount":
        return dims(range).cols;
      case "rowIndex":
        return range.start.row;
      case "columnIndex":
        return range.start.col;
      case "cellCount":
        return dims(range).rows * dims(range).cols;
      case "values":
        return grid((r, c) => m.valueAt(sheet, r, c));
      case "formulas":
        return grid((r, c) => m.formulaAt(sheet, r, c));
      case "numberFormat":
        return grid((r, c) => m.numberFormatAt(sheet, r, c));
      case "text":
        return grid((r, c) => displayText(m.valueAt(sheet, r, c)));
      default:
        return grid((r, c) => valueType(m.valueAt(sheet, r, c)));
    }
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  get values(): any[][] {
    return this.get("values");
  }
  set values(v: any[][]) {
    this.set("values", v, (t) => writeCells(this.context.model, t, v, "values"));
  }
  get formulas(): any[][] {
    return this.get("formulas");
  }
  set formulas(v: any[][]) {
    this.set("formulas", v, (t) => writeCells(this.context.model, t, v, "formulas"));
  }
  get numberFormat(): any[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.set("numberFormat", v, (t) => {
      assertWritable(t);
      const block = shapeCheck(t.range, v, "numberFormat");
      this.context.model.setNumberFormat(t.sheet, t.range, block === null ? (v as unknown as string) : (block as string[][]));
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}.format`, () => this.resolve());
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, `${this.path}.dataValidation`, () => this.resolve());
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.resolve()?.sheet ?? null);
  }

  private derived(label: string, fn: (t: RangeTarget) => RangePos, args: unknown): FakeRange {
    return new FakeRange(this.context, `${this.path}.${label}`, () => {
      const t = this.resolve();
      if (!t) return null;
      const r = fn(t);
      if (r.start.row < 0 || r.start.col < 0 || r.end.row >= MAX_ROWS || r.end.col >= MAX_COLS || r.end.row < r.start.row || r.end.col < r.start.col) {
        throw new FakeOfficeError("InvalidArgument", `${label}: the result is outside the grid`);
      }
      return { sheet: t.sheet, range: r };
    }, { [label]: args });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", (t) => {
      const p = { row: t.range.start.row + row, col: t.range.start.col + column };
      return { start: p, end: { ...p } };
    }, [row, column]);
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("getOffsetRange", (t) => ({
      start: { row: t.range.start.row + rowOffset, col: t.range.start.col + columnOffset },
      end: { row: t.range.end.row + rowOffset, col: t.range.end.col + columnOffset },
    }), [rowOffset, columnOffset]);
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", (t) => ({
      start: { ...t.range.start },
      end: { row: t.range.end.row + deltaRows, col: t.range.end.col + deltaColumns },
    }), [deltaRows, deltaColumns]);
  }

  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string, _cellValueType?: unknown): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.specialCells(${String(cellType)})`, () => {
      const t = this.resolve();
      if (!t) return null;
      if (cellType !== "Formulas") throw new FakeOfficeError("InvalidArgument", `The fake supports only the Formulas special cells, not ${String(cellType)}`);
      const areas = mergeIntoAreas(this.context.model.formulaCells(t.sheet, t.range));
      return areas.length ? { sheet: t.sheet, areas } : null;
    }, { getSpecialCellsOrNullObject: cellType });
  }

  select(): void {
    this.call("select", [], (t) => {
      if (t.sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "Cannot select a cell on a hidden sheet");
      this.context.model.activeSheet = t.sheet;
      this.context.model.selection = { sheet: t.sheet, range: { start: { ...t.range.start }, end: { ...t.range.end } } };
    });
  }

  merge(_across?: boolean): void {
    this.call("merge", [], (t) => {
      assertWritable(t);
      t.sheet.merged.push({ start: { ...t.range.start }, end: { ...t.range.end } });
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.call("clear", [applyTo ?? "All"], (t) => {
      assertWritable(t);
      const m = this.context.model;
      if (applyTo === undefined || applyTo === "All" || applyTo === "Contents") {
        const { rows, cols } = dims(t.range);
        const block = Array.from({ length: rows }, () => new Array<string>(cols).fill(""));
        m.writeBlock(t.sheet, t.range.start, block, "values");
      }
      if (applyTo === undefined || applyTo === "All" || applyTo === "Formats") {
        m.setFill(t.sheet, t.range, null);
        for (let r = t.range.start.row; r <= t.range.end.row; r++) {
          for (let c = t.range.start.col; c <= t.range.end.col; c++) {
            t.sheet.numberFormats.delete(cellKey(r, c));
            t.sheet.fonts.delete(cellKey(r, c));
          }
        }
      }
    });
  }
}

/** A single scalar broadcasts to every cell; an array must match the range exactly. Returns null for a scalar. */
function shapeCheck(range: RangePos, v: unknown, prop: string): unknown[][] | null {
  const { rows, cols } = dims(range);
  if (v === null || ["number", "string", "boolean"].includes(typeof v)) return null;
  if (!Array.isArray(v) || v.length !== rows || !v.every((row) => Array.isArray(row) && row.length === cols)) {
    const got = Array.isArray(v) ? `${v.length}×${Array.isArray(v[0]) ? v[0].length : "?"}` : typeof v;
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}: range ${rows}×${cols}, input ${got}).`,
    );
  }
  return v as unknown[][];
}

function writeCells(m: FakeWorkbook, t: RangeTarget, v: unknown, via: "values" | "formulas"): void {
  assertWritable(t);
  const block = shapeCheck(t.range, v, via);
  const { rows, cols } = dims(t.range);
  const full = block ?? Array.from({ length: rows }, () => new Array<unknown>(cols).fill(v));
  m.writeBlock(t.sheet, t.range.start, full, via);
}

function displayText(v: Scalar): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function valueType(v: Scalar): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return isErrorText(v) ? "Error" : "String";
}

/** Groups cells into rectangles: runs along a row, then identical runs stacked in adjacent rows. */
function mergeIntoAreas(cells: { row: number; col: number }[]): RangePos[] {
  const runs: RangePos[] = [];
  for (const p of cells) {
    const last = runs[runs.length - 1];
    if (last && last.start.row === p.row && last.end.col === p.col - 1) last.end.col = p.col;
    else runs.push({ start: { ...p }, end: { ...p } });
  }
  const areas: RangePos[] = [];
  const open = new Map<string, RangePos>();
  for (const run of runs) {
    const k = `${run.start.col}:${run.end.col}`;
    const prev = open.get(k);
    if (prev && prev.end.row === run.start.row - 1) prev.end.row = run.start.row;
    else {
      const area = { start: { ...run.start }, end: { ...run.end } };
      areas.push(area);
      open.set(k, area);
    }
  }
  return areas;
}

interface AreasTarget {
  sheet: SheetModel;
  areas: RangePos[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> implements Mirror<Excel.RangeAreas, "address" | "areaCount"> {
  protected readonly typeName = "RangeAreas";
  protected readonly scalarProps = ["address", "areaCount"] as const;

  protected read(t: AreasTarget, prop: string): unknown {
    if (prop === "areaCount") return t.areas.length;
    return t.areas.map((a) => `${quoteSheet(t.sheet.name)}!${rangeA1(a)}`).join(",");
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

export class FakeRangeFormat
  extends FakeClientObject<RangeTarget>
  implements Mirror<Excel.RangeFormat, "wrapText" | "columnWidth" | "autofitColumns">
{
  protected readonly typeName = "RangeFormat";
  protected readonly scalarProps = ["wrapText", "columnWidth"] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(context, path, resolver);
  }

  protected read(t: RangeTarget, prop: string): unknown {
    if (prop === "wrapText") return t.sheet.wraps.has(cellKey(t.range.start.row, t.range.start.col));
    return t.sheet.columnWidths.get(t.range.start.col) ?? 64;
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.context, `${this.path}.fill`, () => this.resolve());
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.context, `${this.path}.font`, () => this.resolve());
  }
  get borders(): FakeBorderCollection {
    return new FakeBorderCollection(this.context, `${this.path}.borders`, () => this.resolve());
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, (t) => {
      if (typeof v !== "boolean") throw new FakeOfficeError("InvalidArgument", "wrapText must be a boolean");
      for (let r = t.range.start.row; r <= t.range.end.row; r++) for (let c = t.range.start.col; c <= t.range.end.col; c++) {
        if (v) t.sheet.wraps.add(cellKey(r, c));
        else t.sheet.wraps.delete(cellKey(r, c));
      }
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v, (t) => {
      if (typeof v !== "number" || !(v >= 0)) throw new FakeOfficeError("InvalidArgument", "columnWidth must be a non-negative number");
      for (let c = t.range.start.col; c <= t.range.end.col; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  autofitColumns(): void {
    this.call("autofitColumns", [], () => undefined);
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> implements Mirror<Excel.RangeFill, "color" | "pattern" | "tintAndShade" | "clear"> {
  protected readonly typeName = "RangeFill";
  protected readonly scalarProps = ["color", "pattern", "tintAndShade"] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(context, path, resolver);
  }

  /** Like Excel: a uniform range reports its colour ("#FFFFFF" when there is no fill), a mixed one null. */
  protected read(t: RangeTarget, prop: string): unknown {
    const seen = new Set<string | null>();
    for (let r = t.range.start.row; r <= t.range.end.row && seen.size < 2; r++) {
      for (let c = t.range.start.col; c <= t.range.end.col && seen.size < 2; c++) seen.add(t.sheet.fills.get(cellKey(r, c)) ?? null);
    }
    if (seen.size !== 1) return null;
    const only = [...seen][0];
    if (prop === "pattern") return only === null ? "None" : "Solid";
    // Unverified against Excel: the fake reports tintAndShade null for "No Fill", 0 for a solid fill.
    if (prop === "tintAndShade") return only === null ? null : 0;
    return only ?? "#FFFFFF";
  }

  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v, (t) => {
      assertWritable(t);
      this.context.model.setFill(t.sheet, t.range, v);
    });
  }
  get pattern(): Excel.FillPattern | "None" | "Solid" {
    return this.get("pattern");
  }
  set pattern(v: Excel.FillPattern | "None" | "Solid") {
    this.set("pattern", v, (t) => {
      assertWritable(t);
      if (v === "None") this.context.model.setFill(t.sheet, t.range, null);
      else if (v !== "Solid") throw new FakeOfficeError("InvalidArgument", `The fake supports the fill patterns None and Solid, not ${String(v)}`);
      else this.context.model.setFill(t.sheet, t.range, "#000000");
    });
  }
  get tintAndShade(): number {
    return this.get("tintAndShade");
  }
  set tintAndShade(v: number) {
    this.set("tintAndShade", v, () => {
      if (typeof v !== "number" || v < -1 || v > 1) throw new FakeOfficeError("InvalidArgument", "tintAndShade must be a number from -1 to 1");
    });
  }
  clear(): void {
    this.call("clear", [], (t) => {
      assertWritable(t);
      this.context.model.setFill(t.sheet, t.range, null);
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> implements Mirror<Excel.RangeFont, "bold" | "italic" | "color" | "size"> {
  protected readonly typeName = "RangeFont";
  protected readonly scalarProps = ["bold", "italic", "color", "size"] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(context, path, resolver);
  }

  protected read(t: RangeTarget, prop: string): unknown {
    const f = t.sheet.fonts.get(cellKey(t.range.start.row, t.range.start.col)) ?? {};
    if (prop === "bold") return f.bold ?? false;
    if (prop === "italic") return f.italic ?? false;
    if (prop === "size") return f.size ?? 11;
    return f.color ?? "#000000";
  }

  private patch(name: string, v: unknown, type: string): void {
    this.set(name, v, (t) => {
      if (typeof v !== type) throw new FakeOfficeError("InvalidArgument", `font.${name} must be a ${type}`);
      assertWritable(t);
      this.context.model.setFont(t.sheet, t.range, { [name]: v });
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.patch("bold", v, "boolean");
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.patch("italic", v, "boolean");
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.patch("color", v, "string");
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.patch("size", v, "number");
  }
}

export class FakeBorderCollection
  extends FakeClientObject<RangeTarget>
  implements Mirror<Excel.RangeBorderCollection, "getItem">
{
  protected readonly typeName = "RangeBorderCollection";
  protected readonly scalarProps = [] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(context, path, resolver);
  }
  protected read(): unknown {
    return undefined;
  }
  getItem(index: Excel.BorderIndex | string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, `${this.path}[${String(index)}]`, () => this.resolve(), String(index));
  }
}

export class FakeRangeBorder extends FakeClientObject<RangeTarget> implements Mirror<Excel.RangeBorder, "style" | "color" | "weight"> {
  protected readonly typeName = "RangeBorder";
  protected readonly scalarProps = ["style", "color", "weight"] as const;
  private readonly edge: string;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null, edge: string) {
    super(context, path, resolver);
    this.edge = edge;
  }
  protected read(t: RangeTarget, prop: string): unknown {
    const b = t.sheet.borders.filter((x) => x.edge === this.edge).pop();
    if (prop === "style") return b?.style ?? "None";
    return prop === "color" ? "#000000" : "Thin";
  }
  private record(style: string): void {
    this.call("setBorder", [this.edge, style], (t) => {
      t.sheet.borders.push({ range: { start: { ...t.range.start }, end: { ...t.range.end } }, edge: this.edge, style });
    });
  }
  get style(): Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot" {
    return this.get("style");
  }
  set style(v: Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot") {
    this.record(String(v));
  }
  get color(): string {
    return this.get("color");
  }
  set color(_v: string) {
    this.call("setBorderColor", [], () => undefined);
  }
  get weight(): Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick" {
    return this.get("weight");
  }
  set weight(_v: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") {
    this.call("setBorderWeight", [], () => undefined);
  }
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> implements Mirror<Excel.DataValidation, "rule" | "clear"> {
  protected readonly typeName = "DataValidation";
  protected readonly scalarProps = ["rule"] as const;

  constructor(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null) {
    super(context, path, resolver);
  }
  protected read(t: RangeTarget): unknown {
    const v = t.sheet.validations.filter((x) => x.range.start.row <= t.range.start.row && x.range.end.row >= t.range.start.row && x.range.start.col <= t.range.start.col && x.range.end.col >= t.range.start.col).pop();
    return v ? { list: { inCellDropDown: true, source: v.source } } : {};
  }
  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  set rule(v: Excel.DataValidationRule) {
    this.set("rule", v, (t) => {
      const source = v?.list?.source;
      if (typeof source !== "string" || source.length === 0) throw new FakeOfficeError("InvalidArgument", "The fake supports list validation rules with a text source only");
      if (source.length > 255) throw new FakeOfficeError("InvalidArgument", "A list validation source is limited to 255 characters");
      assertWritable(t);
      t.sheet.validations.push({ range: { start: { ...t.range.start }, end: { ...t.range.end } }, source });
    });
  }
  clear(): void {
    this.call("clear", [], (t) => {
      t.sheet.validations = t.sheet.validations.filter((x) => !(x.range.start.row >= t.range.start.row && x.range.end.row <= t.range.end.row && x.range.start.col >= t.range.start.col && x.range.end.col <= t.range.end.col));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class FakeTableCollection
  extends FakeCollection<TableModel, FakeTable>
  implements Mirror<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject">
{
  protected readonly typeName = "TableCollection";
  private readonly sheetProxy: FakeWorksheet | null;

  constructor(context: FakeRequestContext, path: string, sheet: FakeWorksheet | null) {
    super(context, path, () => {
      if (!sheet) return context.model.tables;
      const s = sheet.resolve();
      return s ? context.model.tables.filter((t) => t.sheet === s) : null;
    });
    this.sheetProxy = sheet;
  }

  protected makeItem(m: TableModel): FakeTable {
    return new FakeTable(this.context, `tables[${m.id}]`, () => m);
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    if (typeof address !== "string") throw new FakeOfficeError("InvalidArgument", "The fake supports tables.add with an address");
    const model = this.context.model;
    return new FakeTable(this.context, `${this.path}.add(${address})`, () => {
      if (typeof hasHeaders !== "boolean") throw new FakeOfficeError("InvalidArgument", "hasHeaders must be a boolean");
      const bang = address.lastIndexOf("!");
      let sheet: SheetModel | null | undefined;
      if (bang >= 0) sheet = model.findSheet(address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
      else sheet = this.sheetProxy?.resolve();
      if (!sheet) throw new FakeOfficeError("InvalidArgument", `tables.add needs a sheet-qualified address: ${address}`);
      return model.addTable(sheet, parseAddress(address));
    }, { addTable: address, hasHeaders });
  }

  getItem(key: string): FakeTable {
    const model = this.context.model;
    return new FakeTable(this.context, `tables[${key}]`, () => {
      const t = model.tables.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
      if (!t) throw new FakeOfficeError("ItemNotFound", `No table named '${key}'`);
      return t;
    }, { getItem: key });
  }

  getItemOrNullObject(key: string): FakeTable {
    const model = this.context.model;
    return new FakeTable(this.context, `tables[${key}]?`, () => model.tables.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key) ?? null, { getItemOrNullObject: key });
  }
}

export class FakeTable extends FakeClientObject<TableModel> implements Mirror<Excel.Table, "name" | "id" | "style" | "getRange" | "getHeaderRowRange" | "getDataBodyRange"> {
  protected readonly typeName = "Table";
  protected readonly scalarProps = ["name", "id", "style"] as const;

  protected read(t: TableModel, prop: string): unknown {
    return prop === "name" ? t.name : prop === "id" ? t.id : t.style;
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v, (t) => this.context.model.renameTable(t, v));
  }
  get id(): string {
    return this.get("id");
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.set("style", v, (t) => {
      t.style = v;
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.resolve()?.sheet ?? null);
  }
  private part(label: string, fn: (t: TableModel) => RangePos): FakeRange {
    return new FakeRange(this.context, `${this.path}.${label}()`, () => {
      const t = this.resolve();
      return t ? { sheet: t.sheet, range: fn(t) } : null;
    }, { [label]: true });
  }
  getRange(): FakeRange {
    return this.part("getRange", (t) => t.range);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (t) => ({ start: t.range.start, end: { row: t.range.start.row, col: t.range.end.col } }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (t) => ({ start: { row: t.range.start.row + 1, col: t.range.start.col }, end: t.range.end }));
  }
}

// ---------------------------------------------------------------------------------------------
// Names

export class FakeNamedItemCollection
  extends FakeCollection<NameModel, FakeNamedItem>
  implements Mirror<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject">
{
  protected readonly typeName = "NamedItemCollection";

  constructor(context: FakeRequestContext) {
    super(context, "names", () => context.model.names);
  }
  protected makeItem(m: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.context, `names[${m.name}]`, () => m);
  }

  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    const model = this.context.model;
    const ref = reference as unknown;
    return new FakeNamedItem(this.context, `names.add(${name})`, () => {
      let target: RangeTarget | null;
      if (ref instanceof FakeRange) target = ref.resolve();
      else if (typeof ref === "string") {
        const text = ref.replace(/^=/, "");
        const bang = text.lastIndexOf("!");
        if (bang < 0) throw new FakeOfficeError("InvalidArgument", `A name reference needs a sheet: ${ref}`);
        const sheet = model.findSheet(text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
        if (!sheet) throw new FakeOfficeError("InvalidReference", `No sheet in reference ${ref}`);
        target = { sheet, range: parseAddress(text.slice(bang + 1)) };
      } else throw new FakeOfficeError("InvalidArgument", "A name reference must be a Range or a string");
      if (!target) throw new FakeOfficeError("InvalidReference", "The referenced range does not exist");
      return model.addName(name, target.sheet, target.range, comment ?? "");
    }, { addName: name, reference: ref instanceof FakeRange ? "(range)" : ref, comment: comment ?? null });
  }

  getItem(name: string): FakeNamedItem {
    const model = this.context.model;
    return new FakeNamedItem(this.context, `names[${name}]`, () => {
      const n = model.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new FakeOfficeError("ItemNotFound", `No name '${name}'`);
      return n;
    }, { getItem: name });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    const model = this.context.model;
    return new FakeNamedItem(this.context, `names[${name}]?`, () => model.names.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null, { getItemOrNullObject: name });
  }
}

export class FakeNamedItem extends FakeClientObject<NameModel> implements Mirror<Excel.NamedItem, "name" | "type" | "formula" | "comment" | "visible" | "getRange" | "getRangeOrNullObject" | "delete"> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarProps = ["name", "type", "formula", "comment", "visible", "value"] as const;

  protected read(n: NameModel, prop: string): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return "Range";
      case "comment":
        return n.comment;
      case "visible":
        return true;
      default:
        return `=${quoteSheet(n.sheet.name)}!${absoluteA1(n.range)}`;
    }
  }
  get name(): string {
    return this.get("name");
  }
  get type(): "Range" {
    return this.get("type");
  }
  get formula(): any {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange()`, () => {
      const n = this.must();
      return { sheet: n.sheet, range: n.range };
    }, { getRange: true });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRangeOrNullObject()`, () => {
      const n = this.resolve();
      return n ? { sheet: n.sheet, range: n.range } : null;
    }, { getRangeOrNullObject: true });
  }
  delete(): void {
    this.call("delete", [], (n) => {
      this.context.model.names = this.context.model.names.filter((x) => x !== n);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Settings

interface SettingTarget {
  key: string;
}

export class FakeSettingCollection
  extends FakeCollection<SettingTarget, FakeSetting>
  implements Mirror<Excel.SettingCollection, "add" | "getItem" | "getItemOrNullObject">
{
  protected readonly typeName = "SettingCollection";

  constructor(context: FakeRequestContext) {
    super(context, "settings", () => [...context.model.settings.keys()].map((key) => ({ key })));
  }
  protected makeItem(m: SettingTarget): FakeSetting {
    return new FakeSetting(this.context, `settings[${m.key}]`, () => m);
  }

  add(key: string, value: string | number | boolean | Date | any[] | any): FakeSetting {
    const model = this.context.model;
    return new FakeSetting(this.context, `settings.add(${key})`, () => {
      if (typeof key !== "string" || key.length === 0 || key.length > 255) throw new FakeOfficeError("InvalidArgument", "A setting key must be 1–255 characters");
      model.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
      return { key };
    }, { addSetting: key, value });
  }

  getItem(key: string): FakeSetting {
    const model = this.context.model;
    return new FakeSetting(this.context, `settings[${key}]`, () => {
      if (!model.settings.has(key)) throw new FakeOfficeError("ItemNotFound", `No setting '${key}'`);
      return { key };
    }, { getItem: key });
  }

  getItemOrNullObject(key: string): FakeSetting {
    const model = this.context.model;
    return new FakeSetting(this.context, `settings[${key}]?`, () => (model.settings.has(key) ? { key } : null), { getItemOrNullObject: key });
  }
}

export class FakeSetting extends FakeClientObject<SettingTarget> implements Mirror<Excel.Setting, "key" | "value" | "delete"> {
  protected readonly typeName = "Setting";
  protected readonly scalarProps = ["key", "value"] as const;

  protected read(t: SettingTarget, prop: string): unknown {
    if (prop === "key") return t.key;
    return JSON.parse(JSON.stringify(this.context.model.settings.get(t.key) ?? null));
  }
  get key(): string {
    return this.get("key");
  }
  get value(): any {
    return this.get("value");
  }
  set value(v: any) {
    this.set("value", v, (t) => {
      this.context.model.settings.set(t.key, JSON.parse(JSON.stringify(v ?? null)));
    });
  }
  delete(): void {
    this.call("delete", [], (t) => {
      this.context.model.settings.delete(t.key);
    });
  }
}
