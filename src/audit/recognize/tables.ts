// Stage 1: tables and their header blocks. A header block is one to three rows of words over
// rows of figures; merged header cells are composed into one label per column ("Realisasi / %"),
// a row of column numbers ("1 2 3", "(1) (2)") under it is skipped, and code / identifier
// columns (dotted codes, Kode/No headers, text ids, years) are marked so that they are never
// summed, compared or reported as numbers stored as text.
import { parseRange } from "../../core/address";
import { F_PERCENT, K, type Grid } from "./grid";

export type Role = "pagu" | "realisasi" | "persen" | "sisa" | "target" | "capaian" | "lalu" | "ini" | "sd" | "den" | "num" | "nkPerencanaan" | "nkPelaksanaan" | "nka" | "value";

/** Results of a pure function of a header or label text, kept while few (the same headers repeat in every table of a sheet). */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined && !seen.has(s)) {
      v = fn(s);
      if (seen.size >= 4096) seen.clear();
      seen.set(s, v);
    }
    return v as T;
  };
}

export const norm = memo((s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "").trim());

/** Month names and their usual abbreviations, as one regex alternation (rows, headers, labels). */
export const MONTH_NAMES_RE = "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|okt|nov|des";
const PERIOD = "(periode|bulan|triwulan|tw|semester)";
const PERIOD_LALU = new RegExp(`${PERIOD} (lalu|sebelumnya)`);
const PERIOD_SD = new RegExp(`(s\\.?\\s?d\\.?|sampai dengan)\\s*(${PERIOD}( ini)?|saat ini)|kumulatif`);
const PERIOD_INI = new RegExp(`${PERIOD} ini`);

/** The role a header names; units in brackets ("Persentase (%)", "Realisasi (Rp)") are read past. */
export const roleOf = memo(roleOfText);

function roleOfText(header: string): Role | null {
  let h = norm(header);
  if (!h) return null;
  // "Realisasi (%)", "Realisasi Keuangan (%)", "Daya Serap (%)": the budget's percentage, however
  // worded ("Realisasi Fisik (%)" is progress, not realisasi ÷ pagu: read below, never summed).
  if (/\(%\)$|\s%$/.test(h) && /^(realisasi( keuangan| anggaran)?|(daya )?serap(an)?|penyerapan( anggaran)?)\s*(\(%\)|%)$/.test(h)) return "persen";
  if (h !== "(%)") h = h.replace(/\s*\((%|rp\.?|rupiah|juta|ribu|orang|unit)\)\s*$/, "").trim();
  if (/^nk perencanaan/.test(h)) return "nkPerencanaan";
  if (/^nk pelaksanaan/.test(h)) return "nkPelaksanaan";
  if (/^nilai kinerja anggaran$|^nka$/.test(h)) return "nka";
  // Periods of an LKD or a monthly report; a % of one ("% s.d. Bulan Ini") is a rate, no role here.
  const rate = /%|persen/.test(norm(header));
  if (PERIOD_LALU.test(h)) return rate ? null : "lalu";
  if (PERIOD_SD.test(h)) return rate ? null : "sd";
  if (PERIOD_INI.test(h)) return rate ? null : "ini";
  // "Akumulasi Realisasi", "Realisasi Akumulatif": the running figure to date.
  if (/\b(akumulasi|akumulatif|kumulatif)\b/.test(h) && !rate && !/^(capaian|target)\b/.test(h)) return "sd";
  if (/^sisa/.test(h)) return "sisa";
  if (/^(pagu|anggaran|alokasi|dipa)\b/.test(h) && !/realisasi/.test(h)) return "pagu";
  if (/^target\b/.test(h)) return "target";
  if (/^realisasi\b/.test(h) && !/^realisasi\s*%|%$/.test(h)) return "realisasi";
  // Transfers and grants report their realisasi as what was paid out (Dana Desa, bansos, hibah).
  if (/^(disalurkan|tersalur|penyaluran|terealisasi|telah disalurkan)\b/.test(h) && !/%|persen/.test(norm(header))) return "realisasi";
  if (/^(%|persentase|persen|serapan|\(%\))$|^% ?(realisasi|serapan|penyerapan)|^persentase (realisasi|serapan|penyerapan)|^realisasi\s*%$|^realisasi \(%\)$/.test(h)) return "persen";
  if (/^capaian\b/.test(h)) return "capaian";
  if (/(diterima|ditangani|permohonan)\b/.test(h) && !/diselesaikan|ditindaklanjuti/.test(h)) return "den";
  if (/(diselesaikan|ditindaklanjuti|selesai)\b/.test(h)) return "num";
  return null;
}

/** Role of a composed label "Top / Bottom": the bottom word decides when it names a role ("Realisasi / %"). */
function roleOfParts(parts: string[]): Role | null {
  if (!parts.length) return null;
  const last = roleOf(parts[parts.length - 1]);
  if (last) return last;
  for (let i = parts.length - 2; i >= 0; i--) {
    const r = roleOf(parts[i]);
    if (r) return r;
  }
  return null;
}

export type ColumnKind = "code" | "label" | "number" | "percent" | "empty";

export interface Column {
  col: number;
  /** Header words composed over the header block, "Realisasi / %". */
  header: string;
  parts: string[];
  role: Role | null;
  kind: ColumnKind;
  year?: number;
  /** Columns under one group label (or one run of distinct roles) share a group number. */
  group: number;
  groupLabel: string;
  /** A % column found by its numbers alone (no % word): its values are num ÷ den (×1 or ×100) in most rows. */
  ratioOf?: { num: number; den: number };
}

export interface Table {
  grid: Grid;
  sheet: string;
  /** 0-based rows of the header block (1–3). */
  headerRows: number[];
  /** Last header row. */
  headerRow: number;
  columns: Column[];
  /** Data rows (column-number rows left out). */
  rows: number[];
  /** Column-number rows under the header, skipped. */
  skipped: number[];
  labelCols: number[];
  codeCols: number[];
  title: string;
  year?: number;
}

const YEAR = /^(19|20)\d{2}$/;
const CODE_HEADER = /^(no\.?|nomor|no\.? urut|kode.*|kd\.?.*|kodepemda|kode pemda|id|nip|npwp|akun|kode akun|mak|tahun|bulan ke|urut)$/i;
// "(5) = (3) - (4)", "(6) = (4) / (3) x 100%", "7=5:4x100": a template's column number with its formula.
const NUMBERING = /^\(?\d{1,3}\)?(\s*[=x×*:/+-]\s*\(?\d{1,3}\)?\s*%?)*$/i;

/** Text cells (and years) vs figures in a row. */
function rowShape(g: Grid, r: number): { texts: number; nums: number; numbering: number; cols: readonly number[] } {
  let texts = 0;
  let nums = 0;
  let numbering = 0;
  const cols = colsIn(g, r);
  for (const c of cols) {
    const k = g.kind(r, c);
    const t = g.text(r, c);
    if ((k === K.Num || k === K.TextNum) && t && YEAR.test(t)) texts++;
    else if (k === K.Num || k === K.TextNum) {
      nums++;
      if (k === K.TextNum && NUMBERING.test(t)) numbering++;
    } else if (k === K.Text || k === K.Code) {
      texts++;
      if (NUMBERING.test(t)) numbering++;
    }
  }
  return { texts, nums, numbering, cols };
}

/** "1 2 3 4 5" or "(1) (2) (3)" under a header: numbers that count columns, not figures. */
export function isNumberingRow(g: Grid, r: number): boolean {
  const cols = colsIn(g, r);
  if (cols.length < 3) return false;
  let prev = -Infinity;
  let steps = 0;
  for (const c of cols) {
    const k = g.kind(r, c);
    const t = g.text(r, c);
    if (k === K.Text || k === K.Code || k === K.TextNum) {
      if (!NUMBERING.test(t)) return false;
      const m = /\d+/.exec(t);
      const n = m ? Number(m[0]) : NaN;
      if (n === prev + 1) steps++;
      prev = n;
    } else if (k === K.Num) {
      const n = g.num(r, c);
      if (!Number.isInteger(n) || n < 0 || n > 200) return false;
      if (n === prev + 1) steps++;
      prev = n;
    } else if (k !== K.Dash) return false;
  }
  return steps >= cols.length - 2 && steps >= 2;
}

function isHeaderLike(g: Grid, r: number): boolean {
  const s = rowShape(g, r);
  return s.texts >= 2 && s.nums === 0 && s.numbering < s.texts;
}

/** A row holding figures (not a numbering row). */
function isDataRow(g: Grid, r: number): boolean {
  const s = rowShape(g, r);
  return s.nums > 0 || s.cols.some((c) => g.kind(r, c) === K.Dash);
}

/** Merged areas of a sheet as [r0, c0, r1, c1]. */
function merges(g: Grid): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const m of g.sheet.merged ?? []) {
    try {
      const p = parseRange(m);
      out.push([p.start.row, p.start.col, p.end.row, p.end.col]);
    } catch {
      // A merge we cannot read only loses its header composition.
    }
  }
  return out;
}

function yearIn(s: string): number | undefined {
  const m = /(?:tahun(?: anggaran)?|ta\.?)\s*((?:19|20)\d{2})\b/i.exec(s) ?? /\b((?:19|20)\d{2})\b/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** The column band being scanned (tables side by side): [first, last] column, or null for the whole sheet. */
let BAND: [number, number] | null = null;

/** Columns held in a row, within the band being scanned. */
function colsIn(g: Grid, r: number): readonly number[] {
  const cols = g.colsOf(r);
  if (!BAND) return cols;
  const [a, b] = BAND;
  return cols.filter((c) => c >= a && c <= b);
}

/**
 * Column bands of a sheet holding tables side by side: runs of columns separated by a column no
 * row of two or more cells uses. A band counts only when it has two or more columns and its first
 * column holds words in most of its rows (a table of its own has labels); otherwise it joins the
 * band on its left (a spacer column inside one table).
 */
export function columnBands(g: Grid): [number, number][] {
  const used = new Set<number>();
  for (const r of g.rowList) {
    const cols = g.colsOf(r);
    if (cols.length >= 2) for (const c of cols) used.add(c);
  }
  const sorted = [...used].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else runs.push([c, c]);
  }
  if (runs.length < 2) return runs;
  const bands: [number, number][] = [runs[0]];
  for (const run of runs.slice(1)) {
    let rowsWith = 0;
    let words = 0;
    for (const r of g.rowList) {
      const cols = g.colsOf(r).filter((c) => c >= run[0] && c <= run[1]);
      if (!cols.length) continue;
      rowsWith++;
      if (g.kind(r, run[0]) === K.Text) words++;
    }
    if (run[1] > run[0] && rowsWith >= 3 && words >= rowsWith * 0.6) bands.push(run);
    else bands[bands.length - 1][1] = run[1];
  }
  return bands;
}

/** Finds every table of a sheet: a header block followed by rows of figures (per band when tables stand side by side). */
export function findTables(g: Grid): Table[] {
  const bands = columnBands(g);
  if (bands.length < 2) return findTablesIn(g, g.rowList);
  const out: Table[] = [];
  try {
    for (const band of bands) {
      BAND = band;
      out.push(...findTablesIn(g, g.rowList.filter((r) => colsIn(g, r).length > 0)));
    }
  } finally {
    BAND = null;
  }
  return out;
}

function findTablesIn(g: Grid, list: number[]): Table[] {
  const tables: Table[] = [];
  const merged = merges(g);
  let i = 0;
  while (i < list.length) {
    const r = list[i];
    if (!isHeaderLike(g, r)) {
      i++;
      continue;
    }
    // Header block: up to three consecutive header-like rows, then (optionally) a numbering row, then data.
    const header: number[] = [r];
    let j = i + 1;
    while (j < list.length && header.length < 3 && list[j] === header[header.length - 1] + 1 && isHeaderLike(g, list[j]) && !isNumberingRow(g, list[j])) {
      header.push(list[j]);
      j++;
    }
    const skipped: number[] = [];
    while (j < list.length && list[j] <= header[header.length - 1] + 1 + skipped.length && isNumberingRow(g, list[j])) skipped.push(list[j++]);
    // The first data row must follow within a few rows (section labels such as "A. Belanja Operasi" may come first).
    const lastHead = skipped.length ? skipped[skipped.length - 1] : header[header.length - 1];
    let d = j;
    while (d < list.length && list[d] <= lastHead + 4 && !isDataRow(g, list[d]) && !isHeaderLike(g, list[d]) && list[d] === (d === j ? list[d] : list[d - 1] + 1)) d++;
    if (d >= list.length || list[d] > lastHead + 4 || !isDataRow(g, list[d]) || list[j] > lastHead + 2) {
      // Maybe the last header-like row was a data row of words; try the next row as a start.
      i++;
      continue;
    }
    // A longer block whose first row is a title (one text cell) keeps the rest.
    while (header.length > 1 && colsIn(g, header[0]).length === 1) header.shift();
    const columns = composeColumns(g, header, merged);
    if (columns.length < 2) {
      i++;
      continue;
    }
    // Data rows: until a blank row, or a new header (words in two figure columns), or a numbering row.
    const rows: number[] = [];
    const numericCols = new Set<number>();
    let prev = lastHead;
    for (; j < list.length; j++) {
      const rr = list[j];
      // Blank separator rows (between program blocks, before the Jumlah) do not end a table when
      // the rows after them carry figures in the table's own figure columns.
      if (rr > prev + 1 && rows.length && (rr > prev + 1 + MAX_GAP || !continuesTable(g, rr, numericCols))) break;
      if (isNumberingRow(g, rr)) {
        skipped.push(rr);
        prev = rr;
        continue;
      }
      if (rows.length && isHeaderLike(g, rr)) {
        let wordsOverFigures = 0;
        for (const c of colsIn(g, rr)) if (numericCols.has(c) && g.kind(rr, c) === K.Text) wordsOverFigures++;
        if (wordsOverFigures >= 2 && startsTable(g, list, j)) break;
      }
      rows.push(rr);
      for (const c of colsIn(g, rr)) if (g.isNum(rr, c)) numericCols.add(c);
      prev = rr;
    }
    // Columns with figures but no header word (under a merged or blank header) still count.
    const known = new Set(columns.map((c) => c.col));
    for (const c of [...numericCols].sort((a, b) => a - b))
      if (!known.has(c)) columns.push({ col: c, header: "", parts: [], role: null, kind: "number", group: 0, groupLabel: "" });
    columns.sort((a, b) => a.col - b.col);
    classifyColumns(g, columns, rows);
    ratioColumns(g, columns, rows);
    assignGroups(columns, header.length);
    const title = titleAbove(g, header[0]);
    const yearsAbove = columns.filter((c) => c.year).map((c) => c.year!);
    const labelCols = columns.filter((c) => c.kind === "label").map((c) => c.col);
    const codeCols = columns.filter((c) => c.kind === "code").map((c) => c.col);
    tables.push({
      grid: g,
      sheet: g.name,
      headerRows: header,
      headerRow: header[header.length - 1],
      columns,
      rows,
      skipped,
      labelCols: labelCols.length ? labelCols : codeCols.length ? [codeCols[0]] : [columns[0].col],
      codeCols,
      title,
      // A year in the title, over the figures, else in the sheet's name ("LRA 2024").
      year: yearIn(title) ?? yearsAbove[0] ?? yearIn(g.name),
    });
    i = j;
  }
  return tables;
}

/** Blank rows a table may span. */
const MAX_GAP = 2;

/** After a blank gap: a row of figures, all in columns that held figures above (not a new table's header or a note). */
function continuesTable(g: Grid, r: number, numericCols: Set<number>): boolean {
  if (isHeaderLike(g, r) || isNumberingRow(g, r)) return false;
  let shared = 0;
  for (const c of colsIn(g, r)) {
    if (!g.isNum(r, c)) continue;
    if (!numericCols.has(c)) return false;
    shared++;
  }
  return shared > 0;
}

/** The header-like row at list[j] is followed by figures. */
function startsTable(g: Grid, list: number[], j: number): boolean {
  for (let k = j + 1; k < list.length && k <= j + 3; k++) {
    if (isNumberingRow(g, list[k])) continue;
    if (isDataRow(g, list[k])) return true;
    if (!isHeaderLike(g, list[k])) return false;
  }
  return false;
}

function titleAbove(g: Grid, top: number): string {
  for (let r = top - 1; r >= top - 4 && r >= 0; r--) {
    const cols = colsIn(g, r);
    for (const c of cols) {
      const t = g.text(r, c);
      if (t && !YEAR.test(t)) return t;
    }
  }
  return "";
}

/** One label per column: header words of each header row, merged cells spread over their area. */
function composeColumns(g: Grid, header: number[], merged: [number, number, number, number][]): Column[] {
  const top = header[0];
  const bottom = header[header.length - 1];
  const cells = new Map<number, string[]>();
  const put = (r: number, c: number, t: string) => {
    let parts = cells.get(c);
    if (!parts) cells.set(c, (parts = header.map(() => "")));
    parts[r - top] = t;
  };
  for (const r of header) for (const c of colsIn(g, r)) put(r, c, g.text(r, c));
  for (const [r0, c0, r1, c1] of merged) {
    if (r1 < top || r0 > bottom) continue;
    const t = g.text(r0, c0);
    if (!t || (BAND && (c0 < BAND[0] || c0 > BAND[1]))) continue;
    const cols = g.heldColsIn(c0, c1);
    for (let r = Math.max(r0, top); r <= Math.min(r1, bottom); r++) for (const c of cols) put(r, c, t);
  }
  const out: Column[] = [];
  for (const [col, raw] of [...cells].sort((a, b) => a[0] - b[0])) {
    const parts: string[] = [];
    let year: number | undefined;
    for (const p of raw) {
      if (!p) continue;
      if (YEAR.test(p)) {
        year = Number(p);
        if (raw.filter(Boolean).length > 1) continue;
      }
      if (parts[parts.length - 1] !== p) parts.push(p);
    }
    if (!parts.length && year === undefined) continue;
    const header2 = parts.join(" / ");
    out.push({ col, header: header2, parts, role: roleOfParts(parts), kind: "label", year, group: 0, groupLabel: parts.length > 1 ? parts[0] : "" });
  }
  // A year written once above a run of columns ("2023" over PAGU, REALISASI, %) carries to the right.
  let carry: number | undefined;
  for (const c of out) {
    if (c.year !== undefined) carry = c.year;
    else if (carry !== undefined && c.role) c.year = carry;
  }
  return out;
}

/** Column kinds from the data rows: code/identifier, label words, figures or percentages. */
function classifyColumns(g: Grid, columns: Column[], rows: number[]): void {
  for (const col of columns) {
    let nums = 0;
    let texts = 0;
    let codes = 0;
    let pct = 0;
    let ints = 0;
    let seq = 0;
    let years = 0;
    let prev = NaN;
    let seen = 0;
    let least = Infinity;
    for (const r of rows) {
      const k = g.kind(r, col.col);
      if (k === K.Blank) continue;
      seen++;
      if (k === K.Num || k === K.TextNum) {
        nums++;
        const v = g.num(r, col.col);
        if (g.flags(r, col.col) & F_PERCENT) pct++;
        if (v < least) least = v;
        if (Number.isInteger(v)) {
          ints++;
          if (v === prev + 1) seq++;
          if (v >= 1900 && v <= 2099) years++;
        }
        prev = v;
      } else if (k === K.Code) codes++;
      else if (k === K.Text) texts++;
      else if (k === K.Dash) nums += 0.5;
    }
    const h = norm(col.parts[col.parts.length - 1] ?? col.header);
    if (col.role) col.kind = col.role === "persen" || col.role === "capaian" ? "percent" : "number";
    else if (CODE_HEADER.test(h) || /\bkode\b|\bkd\b/.test(norm(col.header))) col.kind = "code";
    else if (!seen) col.kind = "empty";
    else if (codes >= Math.max(1, seen * 0.5) || (codes > 0 && codes + ints >= seen * 0.8 && nums - ints < 1)) col.kind = "code";
    else if (years === nums && nums >= seen * 0.8 && /tahun|year|periode/.test(h)) col.kind = "code";
    else if (nums >= seen * 0.6) col.kind = pct >= nums * 0.6 || /%|persen|capaian|rasio/.test(h) ? "percent" : "number";
    else col.kind = "label";
    // A numbered column ("No" without header word) 1, 2, 3 … counts rows.
    // (Numbering starts at 1: a column of 0s and 1s counts people, it does not number rows.)
    if (col.kind === "number" && !col.role && ints === nums && least >= 1 && seq >= Math.max(2, nums - 2) && nums >= 3 && isLeftmostFigures(columns, col)) col.kind = "code";
    void texts;
  }
}

/**
 * Rows that must satisfy a relation found by the numbers alone (no header word): 70 % of those
 * sampled and at least three — one slip in four rows does not hide it, coincidence does not make it.
 */
export function discovered(n: number): number {
  return Math.max(3, Math.ceil(0.7 * n));
}

/** Rows sampled, and figure columns to the left tried, when looking for a % column by its numbers. */
const RATIO_SAMPLE = 40;
const RATIO_REACH = 6;

/**
 * A figure column with no role whose values are A ÷ B of two figure columns to its left (as a
 * fraction or in points) in at least 80 % of at least three rows is a percentage, whatever its
 * header says ("Tingkat Serapan", "Kinerja"): never added into a total, checked as a ratio.
 * Bounded: a sample of rows and the nearest few columns only.
 */
function ratioColumns(g: Grid, columns: Column[], rows: number[]): void {
  const figures = columns.filter((c) => c.kind === "number" || c.kind === "percent");
  for (const C of figures) {
    // A "%" column with no realisasi and pagu to its left ("Target | Terlayani | %") is found the same way.
    const namedPair = columns.some((c) => c.col < C.col && (c.role === "realisasi" || c.role === "sd")) && columns.some((c) => c.col < C.col && c.role === "pagu");
    if (C.role ? C.role !== "persen" || namedPair : C.kind !== "number" && C.kind !== "percent") continue;
    const left = figures.filter((c) => c.col < C.col && (c.kind === "number" || c.kind === "percent") && !c.ratioOf).slice(-RATIO_REACH);
    if (left.length < 2) continue;
    const sample: number[] = [];
    for (const r of rows) {
      if (!g.isNum(r, C.col)) continue;
      sample.push(r);
      if (sample.length >= RATIO_SAMPLE) break;
    }
    if (sample.length < 3) continue;
    let best: { num: number; den: number; ok: number } | undefined;
    for (const A of left)
      for (const B of left) {
        if (A === B) continue;
        let ok = 0;
        let n = 0;
        let neutral = 0;
        for (const r of sample) {
          const a = g.num(r, A.col);
          const b = g.num(r, B.col);
          if (Number.isNaN(a) || Number.isNaN(b) || b === 0 || a === 0) continue;
          n++;
          const v = g.num(r, C.col);
          // In a column with no % sign, 0, 1 and 100 are what a count holds when two others are
          // equal: no proof either way.
          if (C.kind === "number" && (v === 0 || v === 1 || v === 100)) {
            neutral++;
            continue;
          }
          const q = a / b;
          if (q > 10) continue;
          const dec = g.decimals(r, C.col) ?? (Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0));
          // Shown rounded or truncated to its decimals.
          const tol = Math.pow(10, -dec) + 1e-9;
          if (Math.abs(v - q) <= tol || Math.abs(v - q * 100) <= tol) ok++;
        }
        if (n - neutral >= 3 && ok >= discovered(sample.length - neutral) && (!best || ok > best.ok)) best = { num: A.col, den: B.col, ok };
      }
    if (best) {
      C.kind = "percent";
      C.ratioOf = { num: best.num, den: best.den };
    }
  }
}

function isLeftmostFigures(columns: Column[], col: Column): boolean {
  return !columns.some((c) => c.col < col.col && (c.kind === "number" || c.kind === "percent"));
}

/** Groups: a group label above the columns ("Operasi", "Modal", "2024"), else a new group when a role repeats. */
function assignGroups(columns: Column[], headerRows: number): void {
  let group = 0;
  let seen = new Set<string>();
  let label = "";
  for (const col of columns) {
    const gl = headerRows > 1 ? col.groupLabel : "";
    const key = col.role ?? "";
    if ((gl && label && gl !== label && seen.size) || (key && seen.has(key))) {
      group++;
      seen = new Set();
    }
    if (gl) label = gl;
    if (key) seen.add(key);
    col.group = group;
  }
}
