// readSnapshot: the whole workbook as a WorkbookSnapshot in few round trips.
//
// Round trip 1 loads the sheet list (name, visibility, protection), every sheet's used-range
// size and formula areas, defined names, add-in settings and a small sample of each sheet's
// values (to measure how many response bytes a cell costs on that sheet). The cell data then
// follows in as few round trips as Excel on the web's 5 MB limit per request/response allows:
// rows are streamed into batches filled up to `maxBytesPerSync` (estimated from the measured
// density), every block of a batch queued before that batch's one sync. Small and medium
// workbooks need 1 data batch (2 syncs in all); 1 000 000 cells of budget figures (~9 MB of
// values) need 2 (3 in all). Past ~2 × 4.8 MB of data the limit forces one more round trip per
// ~4.8 MB: no API returns more than 5 MB in one response, so "3 syncs whatever the size" cannot
// hold beyond that.

import { parseRange, type RangePos } from "../../core/address";
import { isExcelErrorText, type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from "../../core/snapshot";
import { HostError, isPayloadLimitError } from "./errors";
import { queueNameLists } from "./stored";

export interface ReadOptions {
  /** Estimated bytes one sync may carry; Excel on the web rejects more than 5 MB. */
  maxBytesPerSync?: number;
  /** Sheets probed in the first round trip (a longer workbook costs one more sync). */
  maxSheetsFirstSync?: number;
  /** Above this many estimated bytes for full data, number formats and formulas are read only for formula cells. */
  fullReadMaxBytes?: number;
  now?: () => Date;
}

/** Estimated bytes per data sync: under 5 MB (decimal or binary) with the density margin below. */
export const DEFAULT_MAX_BYTES_PER_SYNC = 4_850_000;
const BYTES_FULL_CELL = 36; // values + formulas + numberFormat, JSON, typical short cell
const BYTES_VALUE_CELL = 8; // values only, JSON, short number: used when a sheet gives no sample
const BYTES_OP_OVERHEAD = 200;
/** Measured densities are raised by this much: later rows may hold longer figures. */
const DENSITY_MARGIN = 1.04;
/** The sample window read in round trip 1 from each sheet's top-left corner. */
const SAMPLE_ROWS = 40;
const SAMPLE_COLS = 40;


interface SheetProbe {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  formulaAreas: Excel.RangeAreas;
  protection: Excel.WorksheetProtection;
  sample: Excel.Range;
}

interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
  used: RangePos | null;
  formulaAreas: RangePos[];
  /** Measured JSON bytes per cell of `values` on this sheet (with margin). */
  valueBytesPerCell: number;
}

type Props = "values" | "formulas" | "numberFormat";

interface LoadUnit {
  sheet: number;
  /** 0-based sheet position of the block. */
  range: RangePos;
  props: Props[];
  bytes: number;
}

interface LoadedUnit {
  unit: LoadUnit;
  range: Excel.Range;
}

function probeSheet(sheet: Excel.Worksheet): SheetProbe {
  sheet.load("name, visibility");
  const protection = sheet.protection;
  protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const formulaAreas = used.getSpecialCellsOrNullObject("Formulas");
  formulaAreas.load("address");
  const sample = sheet.getRangeByIndexes(0, 0, SAMPLE_ROWS, SAMPLE_COLS);
  sample.load("values");
  return { sheet, used, formulaAreas, protection, sample };
}

/** JSON bytes per cell of the sample cells that lie inside the used range. */
function measureDensity(values: unknown[][], used: RangePos | null): number {
  if (!used) return BYTES_VALUE_CELL;
  let bytes = 0;
  let cells = 0;
  for (let r = used.start.row; r <= Math.min(used.end.row, SAMPLE_ROWS - 1); r++) {
    for (let c = used.start.col; c <= Math.min(used.end.col, SAMPLE_COLS - 1); c++) {
      bytes += JSON.stringify(values[r]?.[c] ?? "").length + 1; // + the separator
      cells++;
    }
  }
  return cells ? Math.max(2, (bytes / cells) * DENSITY_MARGIN) : BYTES_VALUE_CELL;
}

function infoOf(p: SheetProbe): SheetInfo {
  const used: RangePos | null = p.used.isNullObject
    ? null
    : {
        start: { row: p.used.rowIndex, col: p.used.columnIndex },
        end: { row: p.used.rowIndex + p.used.rowCount - 1, col: p.used.columnIndex + p.used.columnCount - 1 },
      };
  const formulaAreas = p.formulaAreas.isNullObject ? [] : splitAreas(p.formulaAreas.address);
  const valueBytesPerCell = measureDensity(p.sample.values, used);
  return { name: p.sheet.name, visible: p.sheet.visibility === "Visible", protected: p.protection.protected, used, formulaAreas, valueBytesPerCell };
}

/** "Sheet1!A1:B2,Sheet1!D4" → ranges (sheet names may be quoted and contain commas). */
export function splitAreas(address: string): RangePos[] {
  const out: RangePos[] = [];
  const re = /(?:'(?:[^']|'')*'|[^,!']+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address))) out.push(parseRange(m[1].replace(/\$/g, "")));
  return out;
}

function cellsOf(r: RangePos): number {
  return (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1);
}

/**
 * Plans the data reads as batches (one sync each) of at most `budget` estimated bytes. Rows are
 * streamed into the current batch until it is full, so the number of batches is the least the
 * budget allows. Above `fullReadMaxBytes`, formulas and number formats are read only for the
 * formula areas (values for every cell).
 */
export function planBatches(infos: SheetInfo[], budget: number, fullReadMaxBytes: number): { batches: LoadUnit[][]; full: boolean } {
  const fullBytesPerCell = (info: SheetInfo): number => Math.max(BYTES_FULL_CELL, 2 * info.valueBytesPerCell + 12);
  const fullEstimate = infos.reduce((n, s) => n + (s.used ? cellsOf(s.used) * fullBytesPerCell(s) : 0), 0);
  const full = fullEstimate <= fullReadMaxBytes;
  const props: Props[] = full ? ["values", "formulas", "numberFormat"] : ["values"];
  const batches: LoadUnit[][] = [];
  let current: LoadUnit[] = [];
  let room = budget;
  const close = (): void => {
    if (current.length) batches.push(current);
    current = [];
    room = budget;
  };
  const addRows = (sheet: number, area: RangePos, unitProps: Props[], perCell: number): void => {
    const cols = area.end.col - area.start.col + 1;
    const rowBytes = cols * perCell;
    let row = area.start.row;
    while (row <= area.end.row) {
      let fit = Math.floor((room - BYTES_OP_OVERHEAD) / rowBytes);
      if (fit < 1) {
        if (current.length) {
          close();
          continue;
        }
        fit = 1; // a single row larger than the budget: try it alone
      }
      const end = Math.min(area.end.row, row + fit - 1);
      const range = { start: { row, col: area.start.col }, end: { row: end, col: area.end.col } };
      const bytes = cellsOf(range) * perCell + BYTES_OP_OVERHEAD;
      current.push({ sheet, range, props: unitProps, bytes });
      room -= bytes;
      row = end + 1;
    }
  };
  infos.forEach((info, sheet) => {
    if (info.used) addRows(sheet, info.used, props, full ? fullBytesPerCell(info) : info.valueBytesPerCell);
  });
  if (!full) {
    infos.forEach((info, sheet) => {
      for (const area of info.formulaAreas) addRows(sheet, area, ["formulas", "numberFormat"], BYTES_FULL_CELL);
    });
  }
  close();
  return { batches, full };
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && isExcelErrorText(v)) return { error: v };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * Reads the workbook into a snapshot. Reading never writes: no cell, format, name or setting
 * is changed. Throws HostError("payloadTooLarge") if even one-row blocks exceed the limit.
 */
export async function readSnapshot(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const budget = options.maxBytesPerSync ?? DEFAULT_MAX_BYTES_PER_SYNC;
  const maxProbe = options.maxSheetsFirstSync ?? 32;
  const fullReadMaxBytes = options.fullReadMaxBytes ?? 2 * budget;
  const wb = context.workbook;

  // ---- round trip 1: structure ----
  // Walk the sheets with getFirst/getNextOrNullObject so their used ranges load in this same
  // round trip, before the sheet names are known. The walk runs past the last sheet on null
  // objects; should an Excel build refuse that, the structure is read again without the walk
  // (the sheets are then probed in a round trip of their own).
  const loadStructure = async (probeCount: number) => {
    const { sheets, names, tables } = queueNameLists(wb, "items/name, items/type, items/formula");
    const settings = wb.settings;
    settings.load("items/key, items/value");
    const probes: SheetProbe[] = [];
    let cursor = sheets.getFirst();
    for (let i = 0; i < probeCount; i++) {
      probes.push(probeSheet(cursor));
      cursor = cursor.getNextOrNullObject();
    }
    await context.sync();
    return { sheets, names, tables, settings, probes };
  };
  let structure: Awaited<ReturnType<typeof loadStructure>>;
  try {
    structure = await loadStructure(maxProbe);
  } catch (e) {
    if (maxProbe === 0 || isPayloadLimitError(e)) throw e;
    structure = await loadStructure(0);
  }
  const { sheets, names, tables, settings, probes } = structure;

  const sheetCount = sheets.items.length;
  const probed = probes.filter((p) => !p.sheet.isNullObject);
  let extra: SheetProbe[] = [];
  if (sheetCount > probed.length) {
    // More sheets than probed: one more round trip for the rest.
    extra = sheets.items.slice(probed.length).map((s) => probeSheet(wb.worksheets.getItem(s.name)));
    await context.sync();
  }
  const infos = [...probed, ...extra].map(infoOf);

  // Table ranges ride along with the first data batch.
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load("address");
    return { name: t.name, range: r };
  });

  // ---- round trips 2..: cell data ----
  const loadBatches = async (batches: LoadUnit[][], index: number, acc: LoadedUnit[]): Promise<LoadedUnit[]> => {
    if (index >= batches.length) return acc;
    const loaded = batches[index].map((unit) => {
      const { start, end } = unit.range;
      const range = wb.worksheets.getItem(infos[unit.sheet].name).getRangeByIndexes(start.row, start.col, end.row - start.row + 1, end.col - start.col + 1);
      if (unit.props.length === 3) range.load("values, formulas, numberFormat");
      else if (unit.props[0] === "values") range.load("values");
      else range.load("formulas, numberFormat");
      return { unit, range };
    });
    // A sync per batch is deliberate: each batch is as large as Excel on the web accepts.
    await context.sync();
    return loadBatches(batches, index + 1, acc.concat(loaded));
  };

  const readData = async (attemptBudget: number, attempt: number): Promise<{ loaded: LoadedUnit[]; full: boolean }> => {
    const plan = planBatches(infos, attemptBudget, fullReadMaxBytes);
    try {
      return { loaded: await loadBatches(plan.batches, 0, []), full: plan.full };
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      if (attempt >= 3) throw new HostError("payloadTooLarge", "workbookTooLarge");
      // The estimate was too low (long texts): retry with smaller batches.
      return readData(Math.floor(attemptBudget / 3), attempt + 1);
    }
  };
  const { loaded, full } = await readData(budget, 0);
  if (loaded.length === 0 && tableRanges.length) await context.sync();

  // ---- assemble ----
  const sheetSnaps: SheetSnapshot[] = infos.map((info) => {
    const snap: SheetSnapshot = { name: info.name, origin: info.used ? { ...info.used.start } : { row: 0, col: 0 }, values: [], visible: info.visible, protected: info.protected };
    if (info.used) {
      const rows = info.used.end.row - info.used.start.row + 1;
      const cols = info.used.end.col - info.used.start.col + 1;
      snap.values = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
    }
    return snap;
  });
  const formulaGrids = new Map<number, (string | null)[][]>();
  const formatGrids = new Map<number, string[][]>();
  const gridFor = <T>(map: Map<number, T[][]>, sheet: number, fill: T): T[][] => {
    let g = map.get(sheet);
    if (!g) {
      const snap = sheetSnaps[sheet];
      g = snap.values.map((row) => new Array<T>(row.length).fill(fill));
      map.set(sheet, g);
    }
    return g;
  };
  for (const { unit, range } of loaded) {
    const snap = sheetSnaps[unit.sheet];
    const r0 = unit.range.start.row - snap.origin.row;
    const c0 = unit.range.start.col - snap.origin.col;
    if (unit.props.includes("values")) {
      const vals = range.values;
      for (let r = 0; r < vals.length; r++) for (let c = 0; c < vals[r].length; c++) snap.values[r0 + r][c0 + c] = toCellValue(vals[r][c]);
    }
    if (unit.props.includes("formulas")) {
      const fs = range.formulas;
      for (let r = 0; r < fs.length; r++) {
        for (let c = 0; c < fs[r].length; c++) {
          const f = fs[r][c];
          if (typeof f === "string" && f.startsWith("=")) gridFor(formulaGrids, unit.sheet, null as string | null)[r0 + r][c0 + c] = f;
        }
      }
    }
    if (unit.props.includes("numberFormat")) {
      const nf = range.numberFormat;
      for (let r = 0; r < nf.length; r++) {
        for (let c = 0; c < nf[r].length; c++) {
          const f = nf[r][c];
          if (typeof f === "string" && f !== "General") gridFor(formatGrids, unit.sheet, "General")[r0 + r][c0 + c] = f;
        }
      }
    }
  }
  sheetSnaps.forEach((snap, i) => {
    const f = formulaGrids.get(i);
    if (f) snap.formulas = f;
    const n = formatGrids.get(i);
    if (n) snap.numberFormats = n;
  });

  const tableSnaps: TableSnapshot[] = [];
  for (const t of tableRanges) {
    const { sheet, a1 } = splitSheetAddress(t.range.address);
    tableSnaps.push({ name: t.name, sheet, range: a1, kind: "table" });
  }
  for (const n of names.items) {
    if (n.type !== "Range") continue;
    const formula = String(n.formula ?? "").replace(/^=/, "");
    if (formula.includes(",") || !formula.includes("!")) continue;
    const { sheet, a1 } = splitSheetAddress(formula);
    tableSnaps.push({ name: n.name, sheet, range: a1.replace(/\$/g, ""), kind: "name" });
  }

  const settingMap: Record<string, string> = {};
  for (const s of settings.items) settingMap[s.key] = typeof s.value === "string" ? s.value : JSON.stringify(s.value);

  const snapshot: WorkbookSnapshot = {
    sheets: sheetSnaps,
    tables: tableSnaps,
    settings: settingMap,
    source: "Excel",
    readAt: (options.now ?? (() => new Date()))().toISOString(),
  };
  if (!full) Object.defineProperty(snapshot, "numberFormatsPartial", { value: true, enumerable: false });
  return snapshot;
}

/** "'Capaian Kinerja'!B4:F9" → { sheet: "Capaian Kinerja", a1: "B4:F9" }. */
export function splitSheetAddress(address: string): { sheet: string; a1: string } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: address.slice(bang + 1).replace(/\$/g, "") };
}
