// Identity of workbook figures, read from the labels around them: table (defined name or Excel
// table), row label and key, column header, role (target, realisasi, capaian, pagu, penyerapan,
// rata-rata), year, and the indicator the row is about. Small and self-contained so the
// cross-sheet recogniser can share it later. Pure.
import { parseA1, toA1 } from "../core/address";
import { cellAt, isCellError, sheetWidth, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../core/snapshot";
import type { Role } from "./extract";

export interface CellFact {
  sheet: string;
  cell: string;
  value: number;
  /** Number format says percent, or the column is a ratio: value is a fraction. */
  percentFormat: boolean;
  table: string;
  title: string;
  rowLabel: string;
  column: string;
  role?: Role;
  year?: number;
  indicator?: string;
  /** The budget score this cell is the final value of (IKPA, NKA, its planning part, SMART), read from its labels. */
  score?: Score;
  /** A summary of the narrative itself ("Ringkasan"): never a source to check the text against. */
  summary: boolean;
}

export interface Indicator {
  id: string;
  label: string;
  /** Short codes ("TAK", "ILK") found as row keys or in table names. */
  codes: string[];
  /** Words of its label no other indicator has. */
  unique: string[];
}

/** Budget performance scores a report restates: IKPA (= NK Pelaksanaan Anggaran), NKA, NK Perencanaan Anggaran, SMART. */
export type Score = "ikpa" | "nka" | "nkPerencanaan" | "smart";

const SCORE_NAMES: [RegExp, Score][] = [
  [/\b(?:NK|nilai\s+kinerja)\s+perencanaan(?:\s+anggaran)?\b/gi, "nkPerencanaan"],
  [/\bIKPA\b|\bindikator\s+(?:kinerja\s+)?pelaksanaan\s+anggaran\b|\b(?:NK|nilai\s+kinerja)\s+pelaksanaan(?:\s+anggaran)?\b/gi, "ikpa"],
  [/\bNKA\b|\bnilai\s+kinerja\s+anggaran\b/gi, "nka"],
  [/\bSMART\b/g, "smart"],
];

/** Where a text names a budget score, in order ("… Nilai Kinerja Pelaksanaan Anggaran sebesar …" → ikpa). */
export function scoreMentions(text: string): { at: number; score: Score }[] {
  const out: { at: number; score: Score; end: number }[] = [];
  for (const [re, score] of SCORE_NAMES) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      // "NK Pelaksanaan Anggaran (IKPA)": one mention, the longer name first
      if (out.some((o) => at >= o.at && at < o.end)) continue;
      out.push({ at, score, end: at + m[0].length });
    }
  }
  return out.sort((a, b) => a.at - b.at).map(({ at, score }) => ({ at, score }));
}

function scoreOfLabel(label: string): Score | undefined {
  const m = scoreMentions(label);
  return m.length ? m[0].score : undefined;
}

/**
 * The score a cell holds the final value of: an IKPA table's "Nilai Akhir" on its "Nilai" row, a
 * column named after a score (history tables: Tahun | SMART | IKPA | Nilai Kinerja Anggaran), or a
 * row named after one in a "Nilai" column (NKA components). Weights, aspects and parts are not scores.
 */
function scoreOfCell(tableTitle: string, rowLabel: string, column: string): Score | undefined {
  if (/^nilai\s+akhir$/i.test(column.trim()) && /^nilai$/i.test(rowLabel.trim()) && scoreOfLabel(tableTitle) === "ikpa") return "ikpa";
  const byColumn = scoreOfLabel(column);
  if (byColumn && words(column).length <= 4 && !/bobot|tertimbang/i.test(column)) return byColumn;
  const byRow = scoreOfLabel(rowLabel);
  if (byRow && /^(nilai|skor)$/i.test(column.trim()) && words(rowLabel).length <= 5) return byRow;
  return undefined;
}

const STOP = new Set("di yang dan atau terhadap dari ke pada dalam untuk dengan oleh lingkup total jumlah persentase rasio indeks tahun the of per se".split(" "));

export function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9à-ž]+/gi, " ")
    .split(" ")
    .filter((w) => w.length > 1 && !STOP.has(w));
}

const isText = (v: CellValue): v is string => typeof v === "string" && v.trim() !== "" && !/^[\d.,\s%-]+$/.test(v);
const INDICATOR_LABEL = /^\s*(\d+\.\s*)?(persentase|rasio|indeks|tingkat)\s+\S+\s+\S+\s+\S+/i;
const CODE = /^[A-Z]{2,6}$/;

function roleOf(header: string, yearRows: boolean): Role | undefined {
  const h = header.toLowerCase();
  if (/[=/÷]/.test(h)) return undefined;
  if (/rata-rata|rerata/.test(h)) return "rata";
  if (/target/.test(h)) return "target";
  if (/capaian/.test(h)) return yearRows ? "realisasi" : "capaian";  // year comparisons: "Capaian" = handled ÷ received
  if (/realisasi|^s\.?d\.?$|^real/.test(h)) return "realisasi";
  if (/\b(pagu|anggaran)\b/.test(h)) return "pagu";
  if (/penyerapan|^%|persen/.test(h)) return "penyerapan";
  if (/nilai|indeks/.test(h)) return "nilai";
  return undefined;
}

const YEAR = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/;

/** Every numeric cell of the workbook's named tables, with the identity its labels give it. */
export function workbookFacts(wb: WorkbookSnapshot): { facts: CellFact[]; indicators: Indicator[] } {
  const facts: CellFact[] = [];
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  const ranges = wb.tables.length
    ? wb.tables.map((t) => ({ name: t.name, sheet: t.sheet, range: t.range }))
    : wb.sheets.map((s) => ({ name: s.name, sheet: s.name, range: `${toA1(s.origin.row, s.origin.col)}:${toA1(s.origin.row + Math.max(0, s.values.length - 1), s.origin.col + Math.max(0, sheetWidth(s) - 1))}` }));
  const labels: { label: string; key?: string; cells: string[] }[] = [];
  for (const t of ranges) {
    const sheet = sheets.get(t.sheet);
    if (!sheet || !t.range.includes(":")) continue;
    const [a, declared] = t.range.replace(/\$/g, "").split(":").map(parseA1);
    // A name may declare whole columns or the whole grid: read only what the sheet holds.
    const b = { row: Math.min(declared.row, sheet.origin.row + sheet.values.length - 1), col: Math.min(declared.col, sheet.origin.col + sheetWidth(sheet) - 1) };
    if (b.row < a.row || b.col < a.col || b.row - a.row > 5000) continue;
    readTable(sheet, t.name, a, b, facts, labels);
  }
  const indicators = buildIndicators(labels, wb);
  for (const f of facts) f.indicator = indicatorOf(f, indicators);
  return { facts, indicators };
}

function readTable(sheet: SheetSnapshot, name: string, a: { row: number; col: number }, b: { row: number; col: number }, out: CellFact[], labels: { label: string; key?: string; cells: string[] }[]): void {
  const v = (r: number, c: number) => cellAt(sheet, r, c);
  // header row: the first row with two or more text cells
  let header = a.row;
  for (let r = a.row; r <= Math.min(b.row, a.row + 3); r++) {
    let n = 0;
    for (let c = a.col; c <= b.col; c++) if (isText(v(r, c).value)) n++;
    if (n >= 2) {
      header = r;
      break;
    }
  }
  const titleCell = v(header - 1, a.col).value;
  const headers: string[] = [];
  for (let c = a.col; c <= b.col; c++) headers.push(String(v(header, c).value ?? ""));
  const title = (isText(titleCell) ? titleCell : "") + " | " + headers.join(" ");
  const summary = /ringkasan|ikhtisar|kesimpulan|executive summary/i.test(`${name} ${sheet.name} ${title}`);
  const tableYear = YEAR.exec(name)?.[1];
  let yearRows = 0;
  for (let r = header + 1; r <= b.row; r++) if (/^(19|20)\d\d$/.test(String(v(r, a.col).value ?? "").trim())) yearRows++;
  const hasRealisasi = headers.some((h) => /realisasi|target/i.test(h));
  const isYearTable = yearRows >= 1 && yearRows >= (b.row - header) / 2 && !hasRealisasi;
  for (let r = header + 1; r <= b.row; r++) {
    const texts: string[] = [];
    let key: string | undefined;
    for (let c = a.col; c <= b.col; c++) {
      const val = v(r, c).value;
      if (isText(val)) {
        if (c === a.col && /^[A-Z0-9][A-Z0-9._]{0,11}$/.test(val.trim())) key = val.trim();
        else texts.push(val.trim());
      }
    }
    const rowLabel = texts.join(" ");
    const firstCell = String(v(r, a.col).value ?? "").trim();
    const rowYear = /^(19|20)\d\d$/.test(firstCell) ? Number(firstCell) : undefined;
    if ((rowLabel || key) && !summary) labels.push({ label: rowLabel, key, cells: texts });
    for (let c = a.col; c <= b.col; c++) {
      const cv = v(r, c);
      if (typeof cv.value !== "number" || isCellError(cv.value)) continue;
      if (c === a.col && rowYear) continue;
      const column = String(v(header, c).value ?? "").trim();
      let role = roleOf(column, isYearTable);
      if (!role && /^nilai$/i.test(column)) role = roleOf(rowLabel, false);
      if (/rata-rata|rerata/i.test(rowLabel) && (role === "capaian" || role === undefined)) role = "rata";
      const colYear = YEAR.exec(column)?.[1];
      out.push({
        sheet: sheet.name,
        cell: toA1(r, c),
        value: cv.value,
        percentFormat: /%/.test(cv.numberFormat) || /capaian|persen|%|penyerapan|rasio/i.test(column),
        table: name,
        title,
        rowLabel: key ? `${key} ${rowLabel}` : rowLabel,
        column,
        role,
        year: rowYear ?? (colYear ? Number(colYear) : tableYear ? Number(tableYear) : undefined),
        score: scoreOfCell(`${name} ${title}`, rowLabel, column),
        summary,
      });
    }
  }
}

function buildIndicators(labels: { label: string; key?: string; cells: string[] }[], wb: WorkbookSnapshot): Indicator[] {
  const byLabel = new Map<string, Indicator>();
  for (const { key, cells } of labels) {
    const label = cells.find((c) => INDICATOR_LABEL.test(c));
    if (!label) continue;
    const clean = label.replace(/^\s*\d+\.\s*/, "").trim();
    const norm = words(clean).join(" ");
    if (words(clean).length < 3) continue;
    let ind = byLabel.get(norm);
    if (!ind) byLabel.set(norm, (ind = { id: norm, label: clean, codes: [], unique: [] }));
    const code = key?.split(".").pop();
    if (code && CODE.test(code) && !ind.codes.includes(code)) ind.codes.push(code);
  }
  const list = [...byLabel.values()];
  // codes in table names (Banding_TAK) are aliases of the indicator with that code
  void wb;
  for (const ind of list) {
    const mine = new Set(words(ind.label));
    const others = new Set(list.filter((o) => o !== ind).flatMap((o) => words(o.label)));
    ind.unique = [...mine].filter((w) => !others.has(w));
  }
  return list;
}

function indicatorOf(f: CellFact, indicators: Indicator[]): string | undefined {
  const label = words(f.rowLabel).join(" ");
  for (const ind of indicators) if (label.includes(ind.id)) return ind.id;
  const keyCodes = f.rowLabel.split(/\s+/)[0]?.split(".") ?? [];
  const nameCodes = f.table.split(/[_\s.]+/);
  for (const ind of indicators) if (ind.codes.some((c) => keyCodes.includes(c) || nameCodes.includes(c))) return ind.id;
  // a table titled after one indicator (year comparisons)
  const t = new Set(words(`${f.title} ${f.table}`));
  const hits = indicators.filter((ind) => ind.unique.length && ind.unique.filter((w) => t.has(w)).length >= Math.min(2, ind.unique.length));
  return hits.length === 1 ? hits[0].id : undefined;
}
