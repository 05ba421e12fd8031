// Reading figures out of cells (numbers, or numbers typed as text in Indonesian or OM-SPAN
// style), display precision from number formats, and the rounding-aware comparison.
import { isCellError, type CellValue, type CellView, type SheetSnapshot } from "../core/snapshot";
import { formatNumberId, formatNumberOmspan, isNihilText, parseNumberText } from "../core/numbers";

export interface NumberReading {
  value: number;
  /** The cell held text that reads as a number. */
  fromText: boolean;
  /** The figure is a percentage; value is the fraction (0.9979). */
  percent: boolean;
  /** Separators do not follow either style (e.g. "7.981.992,000"). */
  malformed: boolean;
  ambiguous: boolean;
  /** Decimals written in the text, when from text. */
  decimals?: number;
  /** The convention the text was read in ("id", "omspan", "plain"), when from text. */
  style?: "id" | "omspan" | "plain";
}

/** The two conventions an ambiguous text ("125,000", "1.234") can be read in. */
export type TextNumberStyle = "id" | "omspan";

/** A cell view that carries the number style of its column (set by the engine for ambiguous texts). */
export interface StyledCellView extends CellView {
  numberStyle?: TextNumberStyle;
}

/** "-", "Nihil", "N/A", "Rp -": none / zero — the same grammar as the functions (core isNihilText). */
export function isDash(v: CellValue): boolean {
  return typeof v === "string" && isNihilText(v);
}

/**
 * Parses a number typed as text via the shared core parser (src/core/numbers.ts) and adds
 * the decimals the text shows (display precision of the figure).
 */
const parsed = new Map<string, NumberReading | null>();

export function parseNumberTextLocal(text: string, prefer: TextNumberStyle = "id"): NumberReading | null {
  // The same texts are read by several rules and by recognition: parse each once.
  const key = prefer === "id" ? text : `\u0000${text}`;
  const hit = parsed.get(key);
  if (hit !== undefined) return hit;
  if (parsed.size > 200_000) parsed.clear();
  const r = parseUncached(text, prefer);
  parsed.set(key, r);
  return r;
}

function parseUncached(text: string, prefer: TextNumberStyle): NumberReading | null {
  const p = parseNumberText(text, { prefer });
  if (!p) return null;
  // The digits and marks of the number only: not the dot of "Rp." nor the ",-" of whole rupiah.
  const body = text
    .replace(/\([A-Za-z][A-Za-z .]*\)\s*$/, "")
    .replace(/^[\s(+\-−]*(rp\.?|idr)/i, "")
    .replace(/\s*[.,]-\s*\)?\s*$/, "")
    .replace(/[^\d.,]/g, "");
  const decSep = p.style === "id" ? "," : ".";
  const at = body.lastIndexOf(decSep);
  // An ambiguous text read as thousands shows no decimals ("1.234" = 1234, "125,000" = 125000 in OM-SPAN style).
  // (The thousands reading of "a.bbb" is ≥ 1000, the decimal reading below 1000.)
  const asThousands = p.ambiguous && Math.abs(p.percent ? p.value * 100 : p.value) >= 1000;
  const decimals = at >= 0 && !p.malformed && !asThousands ? body.length - at - 1 : 0;
  return { value: p.value, fromText: true, percent: p.percent, malformed: p.malformed, ambiguous: p.ambiguous, decimals, style: p.style };
}

const columnStyles = new WeakMap<SheetSnapshot, Map<number, TextNumberStyle | null>>();

/**
 * The convention of a column's number texts: "omspan" when its unambiguous texts use ","
 * thousands / "." decimals ("9,933,860,000"), "id" when they use "." thousands / "," decimals,
 * null when it has none or as many of each. An ambiguous "125,000" in an OM-SPAN column is then
 * read 125 000. Computed once per column, over the cells the column holds.
 */
export function columnNumberStyle(sheet: SheetSnapshot, col: number): TextNumberStyle | null {
  let perSheet = columnStyles.get(sheet);
  if (!perSheet) columnStyles.set(sheet, (perSheet = new Map()));
  const hit = perSheet.get(col);
  if (hit !== undefined) return hit;
  const c = col - sheet.origin.col;
  let id = 0;
  let omspan = 0;
  for (const row of sheet.values) {
    const v = row?.[c];
    if (typeof v !== "string" || !/\d[.,]\d/.test(v)) continue;
    const n = parseNumberTextLocal(v);
    if (!n || n.ambiguous || n.malformed) continue;
    if (n.style === "id") id++;
    else if (n.style === "omspan") omspan++;
  }
  const style = omspan > id ? "omspan" : id > omspan ? "id" : null;
  perSheet.set(col, style);
  return style;
}

/** The view with its column's number style attached when it holds an ambiguous number text. */
export function withColumnStyle(sheet: SheetSnapshot, col: number, view: CellView): StyledCellView {
  if (typeof view.value !== "string" || !parseNumberTextLocal(view.value)?.ambiguous) return view;
  const style = columnNumberStyle(sheet, col);
  return style === "omspan" ? { ...view, numberStyle: style } : view;
}

/** The number a cell shows, or null (blank, dash, words, error). */
export function readNumber(view: CellView | CellValue): NumberReading | null {
  const v = isView(view) ? view.value : view;
  const fmt = isView(view) ? view.numberFormat : "General";
  if (typeof v === "number") return { value: v, fromText: false, percent: isPercentFormat(fmt), malformed: false, ambiguous: false };
  if (typeof v === "string") return parseNumberTextLocal(v, isView(view) ? ((view as StyledCellView).numberStyle ?? "id") : "id");
  return null;
}

function isView(v: unknown): v is CellView {
  return typeof v === "object" && v !== null && "numberFormat" in v && "value" in v;
}

const percentFormats = new Map<string, boolean>();
export function isPercentFormat(fmt: string): boolean {
  if (fmt === "General") return false;
  let r = percentFormats.get(fmt);
  if (r === undefined) {
    r = /%/.test(stripLiterals(fmt));
    percentFormats.set(fmt, r);
  }
  return r;
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
}

const formatDecimalsCache = new Map<string, number | null>();

/** Decimals shown by an Excel number format, or null for General. Read once per distinct format. */
export function formatDecimals(fmt: string): number | null {
  const known = formatDecimalsCache.get(fmt);
  if (known !== undefined) return known;
  let d: number | null = null;
  if (fmt && !/^general$/i.test(fmt.trim())) {
    const m = /\.([0#?]+)/.exec(stripLiterals(fmt).split(";")[0]);
    d = m ? m[1].length : 0;
  }
  // A workbook holds few distinct formats; the cap keeps a hostile file from growing the cache.
  if (formatDecimalsCache.size < 10000) formatDecimalsCache.set(fmt, d);
  return d;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export { isCellError };

/** Indonesian number with `decimals` fixed (default 0): 9.933.860.000 / 99,79; core's one formatter (no "-0,00"). */
export function formatId(n: number, decimals = 0): string {
  return formatNumberId(n, decimals);
}

/** English number with `decimals` fixed (default 0): 9,933,860,000 / 99.79. */
export function formatEn(n: number, decimals = 0): string {
  return formatNumberOmspan(n, decimals);
}

export type Comparison = "equal" | "rounding" | "mismatch";

/**
 * Compares at displayed precision: equal when both round to the same shown figure; "rounding"
 * when the shown figure is the exact one truncated (reports mix both); else mismatch.
 */
export function compareShown(expected: number, actual: number, decimals: number): Comparison {
  const f = Math.pow(10, decimals);
  const eps = 1e-7;
  const e = expected * f;
  const a = actual * f;
  const aShown = Math.round(a + Math.sign(a) * eps);
  const eRound = Math.round(e + Math.sign(e) * eps);
  if (aShown === eRound) return "equal";
  const eTrunc = Math.trunc(e + Math.sign(e) * eps);
  if (aShown === eTrunc) return "rounding";
  return "mismatch";
}
