// A1 address helpers. Rows and columns are 0-based internally; A1 text is what users see.

export interface CellPos {
  row: number;
  col: number;
}

export interface RangePos {
  start: CellPos;
  end: CellPos;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * "AB12", "$AB$12", "ab12" → 0-based position, or null when the text is not a cell address.
 * No regex and no allocation: hosts and the engine parse every cell reference with it. Letters
 * and digits are not capped here (a reader tells "beyond Excel's grid" from "damaged").
 */
export function tryParseA1(a1: string): CellPos | null {
  const n = a1.length;
  let i = 0;
  let col = 0;
  let row = 0;
  if (i < n && a1.charCodeAt(i) === 36) i++;
  const lettersFrom = i;
  for (; i < n; i++) {
    const ch = a1.charCodeAt(i);
    const u = ch >= 97 && ch <= 122 ? ch - 32 : ch;
    if (u < 65 || u > 90) break;
    col = col * 26 + (u - 64);
  }
  if (i === lettersFrom) return null;
  if (i < n && a1.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  for (; i < n; i++) {
    const ch = a1.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  if (i === digitsFrom || row === 0) return null;
  return { row: row - 1, col: col - 1 };
}

/** Like tryParseA1 (surrounding spaces allowed, at most 3 letters and 7 digits); throws on anything else. */
export function parseA1(a1: string): CellPos {
  const p = tryParseA1(a1.trim());
  if (!p || p.col > 18277 || p.row >= 9999999) throw new Error(`Bad A1 address: ${a1}`);
  return p;
}

/** Parses "B3", "B3:D9" (optionally prefixed with a sheet name, which is dropped). */
export function parseRange(ref: string): RangePos {
  const bang = ref.lastIndexOf("!");
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [a, b] = body.split(":");
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  return {
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

export function rangeToA1(r: RangePos): string {
  const a = toA1(r.start.row, r.start.col);
  const b = toA1(r.end.row, r.end.col);
  return a === b ? a : `${a}:${b}`;
}

/** Quotes a sheet name for use in a formula or a full address: 'Capaian Kinerja'!C5 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}
