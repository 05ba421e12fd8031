// Reading numbers as Indonesian reports print them: "9.933.860.000", "111,11", "99.79", "2,080,368,000",
// "Rp 1,5 miliar". Returns null for anything that is not one number (regulation codes, "2,3,6").
import { formatNumberId, formatNumberOmspan } from "../core/numbers";

export interface ParsedNumber {
  value: number;
  /** Digits after the decimal separator as printed (0 for integers); the precision the text claims. */
  decimals: number;
}

const MULT: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };

/**
 * Parses one printed number. `rupiah` makes a single comma group ("2,080") a thousands separator;
 * elsewhere a comma is the decimal separator. A dot followed by exactly three digits is a thousands
 * separator unless `percent` is set (then "99.790" is still read as thousands, "99.79" as decimal).
 */
export function parseIdNumber(raw: string, opts: { rupiah?: boolean; percent?: boolean } = {}): ParsedNumber | null {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return { value: Number(s), decimals: 0 };
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
  if (m) return { value: Number(m[1].replace(/\./g, "") + (m[2] ? "." + m[2] : "")), decimals: m[2]?.length ?? 0 };
  m = /^(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/.exec(s);
  if (m) return { value: Number(m[1].replace(/,/g, "") + (m[2] ? "." + m[2] : "")), decimals: m[2]?.length ?? 0 };
  m = /^(\d{1,3}),(\d{3})(?:\.(\d+))?$/.exec(s);
  if (m && (opts.rupiah || m[3])) return { value: Number(m[1] + m[2] + (m[3] ? "." + m[3] : "")), decimals: m[3]?.length ?? 0 };
  m = /^(\d+),(\d+)$/.exec(s);
  if (m) return { value: Number(`${m[1]}.${m[2]}`), decimals: m[2].length };
  m = /^(\d+)\.(\d+)$/.exec(s);
  if (m) {
    if (m[2].length === 3 && !opts.percent) return { value: Number(m[1] + m[2]), decimals: 0 };
    return { value: Number(`${m[1]}.${m[2]}`), decimals: m[2].length };
  }
  return null;
}

export function multiplier(word: string | undefined): number {
  return word ? (MULT[word.toLowerCase()] ?? 1) : 1;
}

/** Formats a value the Indonesian way with `decimals` digits: 9933860000 → "9.933.860.000", 103.54 → "103,54". */
export function formatId(value: number, decimals = 0): string {
  return formatNumberId(value, decimals);
}

export function formatEn(value: number, decimals = 0): string {
  return formatNumberOmspan(value, decimals);
}

/**
 * How a stated figure (printed with `decimals` digits) compares with a computed one:
 * "equal" when the computed value rounds to it (half up), "rounding" when they differ by at most one
 * unit of the last printed digit (truncation included), "mismatch" otherwise.
 */
export function compareStated(stated: number, computed: number, decimals: number): "equal" | "rounding" | "mismatch" {
  const unit = Math.pow(10, -decimals);
  const eps = unit * 1e-6;
  const rounded = Math.round(computed / unit) * unit;
  if (Math.abs(rounded - stated) < unit / 2 - eps) return "equal";
  if (Math.abs(computed - stated) <= unit + eps) return "rounding";
  return "mismatch";
}
