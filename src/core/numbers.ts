// Numbers as LKjIP workbooks write them: Indonesian style ("9.933.860.000", "99,79%",
// "Rp.9.933.860.000,-") and OM-SPAN exports ("9,933,860,000", "99.79 %", "(98.67%)").
// Parsing never throws; rounding works on the decimal representation so 103,548… truncates
// to 103,54 and 0,9979 shows as 99,79% without binary floating-point surprises.

export type NumberStyle = "id" | "omspan" | "plain";

export interface ParsedNumber {
  /** The number; for percent text the fraction ("99,79%" → 0.9979). */
  value: number;
  /** The text carried "%", " %" or "persen". */
  percent: boolean;
  /** "id": "." thousands / "," decimals; "omspan": "," thousands / "." decimals; "plain": digits with at most a "." decimal point. */
  style: NumberStyle;
  /** The text has two readings ("1.234" = 1234 or 1,234); `value` is the preferred (by default Indonesian) one. */
  ambiguous: boolean;
  /** The separators are mixed up ("7.981.992,000"); `value` is the most likely reading. */
  malformed: boolean;
  /** Which reading was chosen and why, in Indonesian; set when ambiguous, malformed or negative by parentheses. */
  reading?: string;
}

export interface ParseOptions {
  /**
   * Reading of an ambiguous "1.234" / "125,000": "id" (default: "." thousands, "," decimals) or
   * "omspan" (OM-SPAN exports and English Excel: "," thousands, "." decimals). Unambiguous texts
   * read the same under both.
   */
  prefer?: "id" | "omspan";
}

/**
 * "-", "–", "Nihil", "N/A", and Excel's Accounting zero "Rp -" / "Rp. –": the ways reports write
 * "none". Not a number, and not zero either: the caller decides (left out of averages, "not assessed").
 */
const NIHIL = /^(?:(?:rp\.?|idr)\s*)?(?:-|–|—)$|^(?:nihil|nil|n\/a)$/i;

/** "-", "Nihil", "N/A", "Rp -": the way reports write "none"; not a number, and not zero either. */
export function isNihilText(text: string): boolean {
  return NIHIL.test(normalizeSpaces(text).trim());
}

function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f\t]/g, " ");
}

/** Group pattern check: "9", "933", "860" → the first group 1–3 digits, the others exactly 3. */
function validGroups(groups: string[]): boolean {
  if (groups.length < 2) return false;
  if (!/^\d{1,3}$/.test(groups[0])) return false;
  return groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function fmt(n: number): string {
  return formatNumberId(n);
}

interface Core {
  digits: string; // canonical decimal string, e.g. "9933860000" or "99.79"
  style: NumberStyle;
  ambiguous: boolean;
  malformed: boolean;
  reading?: string;
}

/** Reads the unsigned numeric core ("9.933.860.000", "99,79", "1,234.5"). */
function readCore(core: string, prefer: "id" | "omspan"): Core | null {
  if (!/^[\d.,]+$/.test(core) || !/\d/.test(core)) return null;
  if (/^[.,]|[.,]$/.test(core) || /[.,]{2}/.test(core)) return null;
  const dots = core.split(".").length - 1;
  const commas = core.split(",").length - 1;
  if (dots === 0 && commas === 0) return { digits: core, style: "plain", ambiguous: false, malformed: false };

  if (dots > 0 && commas > 0) {
    const lastDot = core.lastIndexOf(".");
    const lastComma = core.lastIndexOf(",");
    const decSep = lastDot > lastComma ? "." : ",";
    const groupSep = decSep === "." ? "," : ".";
    const style: NumberStyle = decSep === "," ? "id" : "omspan";
    const [intPart, frac, ...rest] = core.split(decSep);
    if (rest.length > 0 || frac === undefined) {
      // The decimal separator occurs twice: "1.234,567,890" — not a number we can read safely.
      return null;
    }
    const groups = intPart.split(groupSep);
    if (!validGroups(groups)) return null;
    const intDigits = groups.join("");
    if (/^\d{3}$/.test(frac)) {
      // "7.981.992,000": three digits after the last separator look like one more thousands group.
      const asGroups = intDigits + frac;
      return {
        digits: asGroups,
        style,
        ambiguous: false,
        malformed: true,
        reading: `pemisah campuran: dibaca ${fmt(Number(asGroups))} (semua pemisah sebagai ribuan), bukan ${fmt(Number(intDigits + "." + frac))}`,
      };
    }
    return { digits: `${intDigits}.${frac}`, style, ambiguous: false, malformed: false };
  }

  const sep = dots > 0 ? "." : ",";
  const parts = core.split(sep);
  if (parts.length > 2) {
    // "9.933.860.000" or "9,933,860,000": only thousands groups.
    if (!validGroups(parts)) return null;
    return { digits: parts.join(""), style: sep === "." ? "id" : "omspan", ambiguous: false, malformed: false };
  }
  const [a, b] = parts;
  const couldBeGroup = /^\d{3}$/.test(b) && /^[1-9]\d{0,2}$/.test(a);
  if (!couldBeGroup) {
    // A single separator that cannot be a thousands group is the decimal separator.
    return { digits: `${a}.${b}`, style: sep === "," ? "id" : "plain", ambiguous: false, malformed: false };
  }
  // "1.234" / "1,234": thousands in one convention, decimals in the other.
  const asGroup = a + b;
  const asDecimal = `${a}.${b}`;
  const groupReading = sep === "." ? prefer === "id" : prefer === "omspan";
  const chosen = groupReading ? asGroup : asDecimal;
  const other = groupReading ? asDecimal : asGroup;
  const convention = prefer === "id" ? "gaya Indonesia" : "gaya OM-SPAN";
  return {
    digits: chosen,
    style: prefer,
    ambiguous: true,
    malformed: false,
    reading: `ambigu: dibaca ${fmt(Number(chosen))} (${convention}), bisa juga ${fmt(Number(other))}`,
  };
}

/**
 * Parses a number written as text in a report or an OM-SPAN export. Returns null when the text
 * is not a number — including "-" and "Nihil" (use isNihilText to tell those apart) — and never throws.
 * Ambiguous "1.234" follows the Indonesian reading (1234) unless `prefer: "omspan"`.
 * Parentheses around a percent ("(98.67%)") are OM-SPAN's display, not a negative; around a
 * plain number ("(1.500)") they are the accounting negative and `reading` says so.
 */
export function parseNumberText(text: unknown, options: ParseOptions = {}): ParsedNumber | null {
  if (typeof text !== "string") return null;
  const prefer = options.prefer ?? "id";
  let s = normalizeSpaces(text).trim();
  if (s === "" || s.length > 200 || NIHIL.test(s)) return null;

  let sign = 1;
  let signSeen = false;
  const takeSign = (): void => {
    // "–" / "—": Word's autocorrect of a typed minus ("– 1.265.130.000").
    const m = /^([-+−–—])\s*(?=[\d(.,]|rp|idr)/i.exec(s);
    if (m && !signSeen) {
      signSeen = true;
      if (m[1] !== "+") sign = -1;
      s = s.slice(m[0].length);
    }
  };
  takeSign();

  // A trailing label such as "(Indeks)" or "(orang)".
  s = s.replace(/\s*\((?:[A-Za-z][A-Za-z .]*)\)$/, "").trim();

  let parenthesised = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    parenthesised = true;
    s = paren[1].trim();
    takeSign();
  }

  // Currency prefix and the ",-" / ".-" ending of Rupiah amounts.
  s = s.replace(/^(?:rp\.?|idr)\s*/i, "");
  takeSign();
  // Excel's Accounting format puts the parentheses after the currency: "Rp (1.234)".
  const innerParen = parenthesised ? null : /^\((.*)\)$/.exec(s);
  if (innerParen) {
    parenthesised = true;
    s = innerParen[1].trim();
    takeSign();
  }
  // ",-" (Indonesian) or ".-" (OM-SPAN) says "no sen": the other mark groups thousands.
  const whole = /\s*([.,])-$/.exec(s);
  if (whole) s = s.slice(0, whole.index);
  // A trailing minus, as SAKTI and SAP printouts write a negative: "1.312.349.550-".
  const trailing = /^(\d[\d.,]*\d|\d)\s*-$/.exec(s);
  if (trailing && !signSeen) {
    signSeen = true;
    sign = -1;
    s = trailing[1];
  }
  // Thousands grouped by spaces (PDF copies, fr-FR exports): "2 242 327 000".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, "");

  let percent = false;
  const pct = /^(.*?)\s*(?:%|persen)$/i.exec(s);
  if (pct) {
    percent = true;
    s = pct[1].trim();
  }

  const core = readCore(s, whole ? (whole[1] === "," ? "id" : "omspan") : prefer);
  if (!core) return null;
  if (whole && core.ambiguous) {
    core.ambiguous = false;
    delete core.reading;
  }
  let value = Number(percent ? `${core.digits}e-2` : core.digits);
  if (!Number.isFinite(value)) return null;

  let reading = core.reading;
  if (parenthesised && !percent) {
    sign = -sign;
    reading = [reading, "tanda kurung dibaca sebagai negatif (gaya akuntansi)"].filter(Boolean).join("; ");
  }
  value = sign * value;
  if (Object.is(value, -0)) value = 0;
  const out: ParsedNumber = { value, percent, style: core.style, ambiguous: core.ambiguous, malformed: core.malformed };
  if (reading) out.reading = reading;
  return out;
}

/** Shifts the decimal point of n by k places exactly on its shortest decimal representation. */
export function shiftDecimal(n: number, k: number): number {
  if (!Number.isFinite(n) || n === 0) return n;
  const [mant, exp] = n.toExponential().split("e");
  return Number(`${mant}e${Number(exp) + k}`);
}

/** Removes binary noise: 99.78999999999999 → 99.79 (15 significant digits, like Excel). */
function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

function roundWith(n: number, d: number, op: (x: number) => number): number {
  if (!Number.isFinite(n)) return n;
  const digits = Math.trunc(d);
  const c = clean(n);
  if (Math.abs(c) >= 1e15) return c;
  const sign = c < 0 ? -1 : 1;
  const shifted = shiftDecimal(Math.abs(c), digits);
  const r = sign * shiftDecimal(op(shifted), -digits);
  return Object.is(r, -0) ? 0 : r;
}

/** Rounds half away from zero to d decimals, like Excel's ROUND (1.005 → 1.01, 91.715 → 91.72). */
export function roundTo(n: number, d: number): number {
  return roundWith(n, d, Math.round);
}

/** Truncates towards zero to d decimals, like Excel's TRUNC (103.548… → 103.54). */
export function truncTo(n: number, d: number): number {
  return roundWith(n, d, Math.trunc);
}

/** Plain decimal string ("-1234.5") of n, with exactly `decimals` places when given. */
function plainDecimal(n: number, decimals?: number): string {
  if (decimals !== undefined) return roundTo(n, decimals).toFixed(Math.max(0, Math.min(20, Math.trunc(decimals))));
  const c = clean(n);
  const s = String(c);
  if (!/e/i.test(s)) return s;
  if (Math.abs(c) >= 1) return c.toFixed(0);
  return c.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

function groupDigits(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatWith(n: number, decimals: number | undefined, groupSep: string, decSep: string): string {
  if (!Number.isFinite(n)) return String(n);
  let s = plainDecimal(n, decimals);
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  const [intPart, frac] = s.split(".");
  const body = groupDigits(intPart, groupSep) + (frac !== undefined && frac !== "" ? decSep + frac : "");
  return (negative && /[1-9]/.test(body) ? "-" : "") + body;
}

/** Indonesian style: 9933860000 → "9.933.860.000"; 3.21 → "3,21". Without `decimals`, as many as needed. */
export function formatNumberId(n: number, decimals?: number): string {
  return formatWith(n, decimals, ".", ",");
}

/** OM-SPAN style: 9933860000 → "9,933,860,000"; 99.79 → "99.79". */
export function formatNumberOmspan(n: number, decimals?: number): string {
  return formatWith(n, decimals, ",", ".");
}

/** A fraction as an Indonesian percent: 0.9979 → "99,79%". */
export function formatPercentId(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  return formatNumberId(shiftDecimal(fraction, 2), decimals) + "%";
}

/** A fraction as OM-SPAN prints it: 0.9979 → "99.79 %". */
export function formatPercentOmspan(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  return formatNumberOmspan(shiftDecimal(fraction, 2), decimals) + " %";
}

/** Rupiah: 9933860000 → "Rp9.933.860.000"; sen shown only when present (1234.5 → "Rp1.234,50"). */
export function formatRupiah(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = roundTo(n, 2);
  const body = formatNumberId(Math.abs(r), Number.isInteger(r) ? 0 : 2);
  return (r < 0 ? "-" : "") + "Rp" + body;
}

const ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const SCALES: [number, string][] = [
  [1e12, "triliun"],
  [1e9, "miliar"],
  [1e6, "juta"],
];

function below1000(n: number): string {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) words.push("seratus");
  else if (h > 1) words.push(ONES[h], "ratus");
  if (rest === 0) return words.join(" ");
  if (rest < 10) words.push(ONES[rest]);
  else if (rest === 10) words.push("sepuluh");
  else if (rest === 11) words.push("sebelas");
  else if (rest < 20) words.push(ONES[rest - 10], "belas");
  else {
    words.push(ONES[Math.floor(rest / 10)], "puluh");
    if (rest % 10) words.push(ONES[rest % 10]);
  }
  return words.join(" ");
}

function integerWords(n: number): string {
  if (n === 0) return "nol";
  const words: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const q = Math.floor(rest / size);
    if (q > 0) {
      words.push(integerWords(q), name);
      rest -= q * size;
    }
  }
  const thousands = Math.floor(rest / 1000);
  if (thousands === 1) words.push("seribu");
  else if (thousands > 1) words.push(below1000(thousands), "ribu");
  rest %= 1000;
  if (rest > 0) words.push(below1000(rest));
  return words.join(" ");
}

/** Largest magnitude terbilang spells (below one kuadriliun, and exactly representable). */
export const TERBILANG_MAX = 999_999_999_999_999;

/**
 * A number in Indonesian words, lower case: 5000000 → "lima juta"; 3.21 → "tiga koma dua satu";
 * -5 → "minus lima". Throws RangeError beyond ±TERBILANG_MAX or for NaN/Infinity.
 */
export function terbilang(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) > TERBILANG_MAX) throw new RangeError("angka di luar jangkauan terbilang");
  const s = plainDecimal(Math.abs(n));
  const [intPart, frac] = s.split(".");
  let words = integerWords(Number(intPart));
  if (frac) words += " koma " + [...frac].map((d) => ONES[Number(d)]).join(" ");
  return (n < 0 && words !== "nol" ? "minus " : "") + words;
}
