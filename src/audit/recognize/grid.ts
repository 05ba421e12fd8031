// Stage 0 of recognition: every held cell read once into a typed grid (number with its percent
// scale and decimals, number typed as text, code/identifier, dash, text, error). Later stages
// read only the grid, never the snapshot, so a change of snapshot storage touches this file only.
import { forEachCellRaw, type SheetSnapshot } from "../../core/snapshot";
import { isCellError } from "../../core/snapshot";
import { columnNumberStyle, formatDecimals, isDash, isPercentFormat, parseNumberTextLocal } from "../values";

export const enum K {
  Blank = 0,
  /** A number (or a formula result that is a number). */
  Num = 1,
  /** Text that reads as a number ("9.933.860.000", "99,79%"). */
  TextNum = 2,
  /** A code or identifier: "1.02.01", "BF.5254", "00,08", "0123" — never a quantity. */
  Code = 3,
  /** "-", "Nihil": none. */
  Dash = 4,
  Text = 5,
  Error = 6,
  Bool = 7,
}

export const F_PERCENT = 1;
export const F_FORMULA = 2;
export const F_MALFORMED = 4;

export interface GridRow {
  /** First column held in this row (0-based). */
  c0: number;
  kind: Uint8Array;
  num: Float64Array;
  flags: Uint8Array;
  /** Decimals the cell shows (format or typed text); 255 = General. */
  dec: Uint8Array;
  text: (string | undefined)[];
  formula: (string | undefined)[];
  /** Leading spaces of text cells (indentation as hierarchy evidence); allocated only when a cell of the row is indented. */
  indent?: Uint8Array;
  /** Sparse rows (few cells far apart, e.g. A and XFD): column → index into the arrays; dense rows index by c - c0. */
  at?: Map<number, number>;
  /** Columns held, ascending (Grid.colsOf), once asked for. */
  cols?: number[];
}

/** Index of column c in a row's arrays, or -1 when the row holds nothing there. */
function slot(row: GridRow, c: number): number {
  if (row.at) return row.at.get(c) ?? -1;
  const i = c - row.c0;
  return i < 0 || i >= row.kind.length ? -1 : i;
}

/** Dotted codes that are not thousands groups: "1.02", "1.02.01", "5.1.02.01", "BF.5254", "WA.6232". */
const DOTTED = /^[A-Za-z]{0,4}\d*(\.[0-9A-Za-z]+)+$/;
const LEADING_ZERO_ID = /^0\d+([.,]\d+)*$/;

/** True for a text that names something rather than counts it. */
export function isCodeText(t: string): boolean {
  if (LEADING_ZERO_ID.test(t)) return true;
  if (!DOTTED.test(t) || /^rp/i.test(t) || !/\d/.test(t)) return false;
  const groups = t.split(".");
  // "9.933.860" is a number in Indonesian style: first group 1–3 digits, the others exactly 3.
  if (/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g))) return false;
  return true;
}

interface RowBuffer {
  n: number;
  c: number[];
  v: unknown[];
  f: (string | null)[];
  fmt: string[];
}

export class Grid {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows = new Map<number, GridRow>();
  /** Rows that hold at least one non-blank cell, ascending. */
  readonly rowList: number[] = [];
  minCol = Infinity;
  maxCol = -1;
  cells = 0;
  private readonly colSet = new Set<number>();
  private colList: number[] | null = null;

  constructor(readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.hidden = sheet.visible === false;
    let curRow = -1;
    // One row's cells in reused parallel arrays (no object per cell: 1M cells meant 1M objects to collect).
    const buf: RowBuffer = { n: 0, c: [], v: [], f: [], fmt: [] };
    const flush = () => {
      if (buf.n) this.addRow(curRow, buf);
      buf.n = 0;
    };
    forEachCellRaw(sheet, (r, c, value, formula, numberFormat) => {
      if (r !== curRow) {
        flush();
        curRow = r;
      }
      const k = buf.n++;
      buf.c[k] = c;
      buf.v[k] = value;
      buf.f[k] = formula;
      buf.fmt[k] = numberFormat;
    });
    flush();
    // Rows held densely (most sheets): found by position instead of a Map lookup per read.
    const n = this.rowList.length;
    if (n && this.rowList[n - 1] - this.rowList[0] + 1 <= 2 * n) {
      this.first = this.rowList[0];
      this.dense = new Array<GridRow | undefined>(this.rowList[n - 1] - this.first + 1).fill(undefined);
      for (const r of this.rowList) this.dense[r - this.first] = this.rows.get(r);
    }
  }

  private addRow(r: number, buf: RowBuffer): void {
    const c0 = buf.c[0];
    const span = buf.c[buf.n - 1] - c0 + 1;
    // Storage follows the cells held, not the row's extent: a row holding A and XFD is two slots.
    const sparse = span > Math.max(64, 4 * buf.n);
    const w = sparse ? buf.n : span;
    const row: GridRow = { c0, kind: new Uint8Array(w), num: new Float64Array(w), flags: new Uint8Array(w), dec: new Uint8Array(w).fill(255), text: [], formula: [] };
    if (sparse) row.at = new Map();
    let any = false;
    for (let j = 0; j < buf.n; j++) {
      const c = buf.c[j];
      const v = buf.v[j];
      const f = buf.f[j];
      const fmt = buf.fmt[j];
      const i = sparse ? j : c - c0;
      if (sparse) row.at!.set(c, j);
      if (f) row.formula[i] = f;
      let k: K = K.Blank;
      if (typeof v === "number") {
        k = K.Num;
        row.num[i] = v;
        // A column's cells mostly share one format: the last one's reading is kept at hand.
        if (fmt !== this.fmt) {
          this.fmt = fmt;
          this.fmtPercent = isPercentFormat(fmt);
          this.fmtDecimals = formatDecimals(fmt);
        }
        if (this.fmtPercent) row.flags[i] |= F_PERCENT;
        if (this.fmtDecimals !== null) row.dec[i] = this.fmtDecimals;
        // Whole numbers that look like years are also header words ("2023", "2024").
        if (Number.isInteger(v) && v >= 1900 && v <= 2099) row.text[i] = String(v);
      } else if (typeof v === "string") {
        const t = v.trim();
        if (t) {
          row.text[i] = t;
          const lead = v.length - v.trimStart().length;
          if (lead) (row.indent ??= new Uint8Array(w))[i] = Math.min(255, lead);
          if (isDash(t)) k = K.Dash;
          else if (isCodeText(t)) k = K.Code;
          else {
            let n = /[\d]/.test(t) ? parseNumberTextLocal(t) : null;
            // An ambiguous "125,000" follows its column's style (OM-SPAN columns: 125 000), as in the rules.
            if (n?.ambiguous) n = parseNumberTextLocal(t, columnNumberStyle(this.sheet, c) ?? "id");
            if (n) {
              k = K.TextNum;
              row.num[i] = n.value;
              if (n.percent) row.flags[i] |= F_PERCENT;
              if (n.malformed) row.flags[i] |= F_MALFORMED;
              if (n.decimals !== undefined && n.decimals > 0) row.dec[i] = n.decimals;
            } else k = K.Text;
          }
        }
      } else if (typeof v === "boolean") k = K.Bool;
      else if (isCellError(v)) k = K.Error;
      if (f) row.flags[i] |= F_FORMULA;
      row.kind[i] = k;
      if (k !== K.Blank) {
        any = true;
        this.cells++;
        this.colSet.add(c);
        if (c < this.minCol) this.minCol = c;
        if (c > this.maxCol) this.maxCol = c;
      }
    }
    if (any) {
      this.rows.set(r, row);
      this.rowList.push(r);
    }
  }

  /** The last number format read, and what it says (percent, decimals shown). */
  private fmt: string | undefined;
  private fmtPercent = false;
  private fmtDecimals: number | null = null;
  private lastR = -1;
  private lastRow: GridRow | undefined;
  /** rowList[0] and the rows from there by position, when at least half the positions hold a row (storage stays within 2 × rows held). */
  private first = 0;
  private dense: (GridRow | undefined)[] | null = null;

  /** Row r's storage; stages read a row's cells one after another, so the last row is kept at hand. */
  private rowAt(r: number): GridRow | undefined {
    if (r !== this.lastR) {
      this.lastRow = this.dense ? (r >= this.first && r - this.first < this.dense.length ? this.dense[r - this.first] : undefined) : this.rows.get(r);
      this.lastR = r;
    }
    return this.lastRow;
  }

  kind(r: number, c: number): K {
    const row = this.rowAt(r);
    if (!row) return K.Blank;
    const i = slot(row, c);
    return i < 0 ? K.Blank : (row.kind[i] as K);
  }

  /** The figure of a number cell (typed or text), else NaN. */
  num(r: number, c: number): number {
    const row = this.rowAt(r);
    if (!row) return NaN;
    const i = slot(row, c);
    if (i < 0) return NaN;
    const k = row.kind[i];
    return k === K.Num || k === K.TextNum ? row.num[i] : NaN;
  }

  /** A number, or 0 for blank and dash (how a total reads its parts); NaN for words/codes/errors. */
  part(r: number, c: number): number {
    const row = this.rowAt(r);
    if (!row) return 0;
    const i = slot(row, c);
    if (i < 0) return 0;
    const k = row.kind[i];
    if (k === K.Num || k === K.TextNum) return row.num[i];
    return k === K.Blank || k === K.Dash ? 0 : NaN;
  }

  isNum(r: number, c: number): boolean {
    const k = this.kind(r, c);
    return k === K.Num || k === K.TextNum;
  }

  text(r: number, c: number): string {
    const row = this.rowAt(r);
    if (!row) return "";
    const i = slot(row, c);
    return i < 0 ? "" : (row.text[i] ?? "");
  }

  flags(r: number, c: number): number {
    const row = this.rowAt(r);
    if (!row) return 0;
    const i = slot(row, c);
    return i < 0 ? 0 : row.flags[i];
  }

  formula(r: number, c: number): string | undefined {
    const row = this.rowAt(r);
    if (!row) return undefined;
    const i = slot(row, c);
    return i < 0 ? undefined : row.formula[i];
  }

  /** Decimals shown, or null for General. */
  decimals(r: number, c: number): number | null {
    const row = this.rowAt(r);
    if (!row) return null;
    const i = slot(row, c);
    if (i < 0) return null;
    return row.dec[i] === 255 ? null : row.dec[i];
  }

  /** Columns of the sheet holding some non-blank cell within [c0, c1], ascending (a whole-row merge spreads over these only). */
  heldColsIn(c0: number, c1: number): number[] {
    const list = (this.colList ??= [...this.colSet].sort((a, b) => a - b));
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < c0) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < list.length && list[i] <= c1; i++) out.push(list[i]);
    return out;
  }

  /** Leading spaces of a text cell (0 when none). */
  indent(r: number, c: number): number {
    const row = this.rowAt(r);
    if (!row?.indent) return 0;
    const i = slot(row, c);
    return i < 0 ? 0 : row.indent[i];
  }

  /** Excel's row grouping level (0 when the row is not grouped), and whether group summaries sit above. */
  outlineLevel(r: number): number {
    return this.sheet.outline?.levels[r] ?? 0;
  }

  get outlineSummaryAbove(): boolean {
    return this.sheet.outline?.summaryAbove ?? false;
  }

  get hasOutline(): boolean {
    return !!this.sheet.outline;
  }

  /** Columns held in a row, ascending; one list per row, built on first use (never mutate it). */
  colsOf(r: number): readonly number[] {
    const row = this.rowAt(r);
    if (!row) return NONE;
    if (row.cols) return row.cols;
    const out: number[] = [];
    if (row.at) {
      for (const [c, i] of row.at) if (row.kind[i] !== K.Blank) out.push(c);
    } else for (let i = 0; i < row.kind.length; i++) if (row.kind[i] !== K.Blank) out.push(row.c0 + i);
    return (row.cols = out);
  }
}

const NONE: readonly number[] = [];
