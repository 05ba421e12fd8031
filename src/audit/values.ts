// Reading figures out of cells (numbers, or numbers typed as text in Indonesian or OM-SPAN
// style), display precision from number formats, and the rounding-aware comparison.
import { isCellError, type CellValue, type CellView } from "../core/snapshot";

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
}

const DASH = /^(-|–|—|nihil|n\/a|rp\.?\s*-)$/i;

/** "-" or "Nihil": none / zero. */
export function isDash(v: CellValue): boolean {
  return typeof v === "string" && DASH.test(v.trim().replace(/\s+/g, " "));
}

/**
 * Parses a number typed as text. Accepts "Rp", "%", "(98.67%)", "3,1 (Indeks)", both
 * separator styles. Returns null when the text is not a number.
 */
export function parseNumberTextLocal(text: string): NumberReading | null {
  let s = text.trim();
  if (!s) return null;
  s = s.replace(/\((indeks|index|orang|kali)\)/gi, "").trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) s = paren[1].trim();
  s = s.replace(/^rp\.?\s*/i, "").replace(/,-$/, "").trim();
  let percent = false;
  if (/(%|\bpersen)$/i.test(s)) {
    percent = true;
    s = s.replace(/\s*(%|persen)$/i, "").trim();
  }
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (!/^\d([\d.,]*\d)?$/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let value: number;
  let malformed = false;
  let ambiguous = false;
  let decimals = 0;
  const grouped = (body: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(body);
  if (dots && commas) {
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    const decSep = lastDot > lastComma ? "." : ",";
    const thouSep = decSep === "." ? "," : ".";
    const [intPart, frac] = [s.slice(0, s.lastIndexOf(decSep)), s.slice(s.lastIndexOf(decSep) + 1)];
    if (!grouped(intPart, thouSep) && !/^\d{1,3}$/.test(intPart)) return null;
    if (frac.length === 3 && (decSep === "," ? dots : commas) >= 2) {
      // "7.981.992,000": a thousands group typed with the wrong separator.
      malformed = true;
      value = Number(s.replace(/[.,]/g, ""));
    } else {
      value = Number(intPart.split(thouSep).join("") + "." + frac);
      decimals = frac.length;
    }
  } else if (dots + commas === 0) {
    value = Number(s);
  } else {
    const sep = dots ? "." : ",";
    const count = dots || commas;
    const parts = s.split(sep);
    if (count > 1) {
      if (!grouped(s, sep)) return null;
      value = Number(parts.join(""));
    } else if (parts[1].length === 3 && !percent) {
      // "1.234" / "1,234": thousands in both styles for money and counts.
      ambiguous = true;
      value = Number(parts.join(""));
    } else {
      value = Number(parts[0] + "." + parts[1]);
      decimals = parts[1].length;
    }
  }
  if (!Number.isFinite(value)) return null;
  if (negative) value = -value;
  return { value: percent ? value / 100 : value, fromText: true, percent, malformed, ambiguous, decimals };
}

/** The number a cell shows, or null (blank, dash, words, error). */
export function readNumber(view: CellView | CellValue): NumberReading | null {
  const v = isView(view) ? view.value : view;
  const fmt = isView(view) ? view.numberFormat : "General";
  if (typeof v === "number") return { value: v, fromText: false, percent: isPercentFormat(fmt), malformed: false, ambiguous: false };
  if (typeof v === "string") return parseNumberTextLocal(v);
  return null;
}

function isView(v: unknown): v is CellView {
  return typeof v === "object" && v !== null && "numberFormat" in v && "value" in v;
}

export function isPercentFormat(fmt: string): boolean {
  return /%/.test(stripLiterals(fmt));
}

function stripLiterals(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
}

/** Decimals shown by an Excel number format, or null for General. */
export function formatDecimals(fmt: string): number | null {
  if (!fmt || /^general$/i.test(fmt.trim())) return null;
  const first = stripLiterals(fmt).split(";")[0];
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export { isCellError };

/** Indonesian number: 9.933.860.000 / 99,79 (decimals fixed). */
export function formatId(n: number, decimals = 0): string {
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (neg ? "-" : "") + grouped + (frac ? "," + frac : "");
}

export function formatEn(n: number, decimals = 0): string {
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  return (neg ? "-" : "") + int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : "");
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

export function roundTo(n: number, d: number): number {
  const f = Math.pow(10, d);
  return Math.round(n * f + Math.sign(n) * 1e-9) / f;
}
