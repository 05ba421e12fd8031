// Free-layout recognition: finds the report's tables in any workbook by header and row-label
// wording (Indonesian and OM-SPAN variants) and emits the same Relation objects the templates
// declare (origin "recognized"). Sheets that carry template relations are left to those.
import type { CategoryScheme, CellRef, Relation, Quantity } from "../../core/relations";
import { cellAt, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../core/snapshot";
import { toA1 } from "../../core/address";
import { isBlank, isDash, isPercentFormat, readNumber, type NumberReading } from "../values";
import { recognizeIkpa } from "./ikpa";

export type Role = "pagu" | "realisasi" | "persen" | "sisa" | "target" | "capaian" | "lalu" | "ini" | "sd" | "den" | "num" | "nkPerencanaan" | "nkPelaksanaan" | "nka" | "value";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "").trim();

export function roleOf(header: string): Role | null {
  const h = norm(header);
  if (!h) return null;
  if (/^nk perencanaan/.test(h)) return "nkPerencanaan";
  if (/^nk pelaksanaan/.test(h)) return "nkPelaksanaan";
  if (/^nilai kinerja anggaran$|^nka$/.test(h)) return "nka";
  if (/periode lalu/.test(h)) return "lalu";
  if (/periode ini/.test(h)) return "ini";
  if (/s\.?\s?d\.?\s*periode|sampai dengan periode/.test(h)) return "sd";
  if (/^sisa/.test(h)) return "sisa";
  if (/^(pagu|anggaran|alokasi|dipa)\b/.test(h) && !/realisasi/.test(h)) return "pagu";
  if (/^target\b/.test(h)) return "target";
  if (/^realisasi\b/.test(h)) return "realisasi";
  if (/^(%|persentase|persen|serapan|\(%\))$|^% (realisasi|serapan)|^persentase (realisasi|serapan|penyerapan)/.test(h)) return "persen";
  if (/^capaian\b/.test(h)) return "capaian";
  if (/(diterima|ditangani|permohonan)\b/.test(h) && !/diselesaikan|ditindaklanjuti/.test(h)) return "den";
  if (/(diselesaikan|ditindaklanjuti|selesai)\b/.test(h)) return "num";
  return null;
}

const TOTAL_LABEL = /^(total|jumlah|grand total|jumlah seluruhnya|total keseluruhan|jumlah total)\b/i;
const AVERAGE_LABEL = /^rata[- ]?rata/i;
const OVERALL_AVERAGE = /rata[- ]?rata.*(keseluruhan|seluruh|kinerja|total|instansi)/i;
const NOT_SUMMED = /^(no\.?|nomor|tahun|kode|akun|kode akun|bulan ke)$/i;
const YEAR = /^(19|20)\d{2}$/;

export interface Column {
  col: number;
  role: Role | null;
  header: string;
  year?: number;
  group: number;
}

export interface Table {
  sheet: SheetSnapshot;
  headerRow: number;
  columns: Column[];
  rows: number[];
  labelCols: number[];
  title: string;
  year?: number;
}

/** The raw value without building a CellView (recognition reads every cell). */
function valueAt(sheet: SheetSnapshot, r: number, c: number): CellValue {
  const row = sheet.values[r - sheet.origin.row];
  return row ? (row[c - sheet.origin.col] ?? null) : null;
}

function text(sheet: SheetSnapshot, r: number, c: number): string {
  const v = valueAt(sheet, r, c);
  if (typeof v === "string") return v.trim();
  return typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2099 ? String(v) : "";
}

function lastRow(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.values.length - 1;
}
let widths = new WeakMap<SheetSnapshot, number>();
function lastCol(sheet: SheetSnapshot): number {
  let w = widths.get(sheet);
  if (w === undefined) {
    w = 0;
    for (const r of sheet.values) if (r.length > w) w = r.length;
    widths.set(sheet, w);
  }
  return sheet.origin.col + w - 1;
}

function rowBlank(sheet: SheetSnapshot, r: number): boolean {
  const row = sheet.values[r - sheet.origin.row];
  if (!row) return true;
  for (const v of row) if (!isBlank(v ?? null)) return false;
  return true;
}

let textCounts = new WeakMap<SheetSnapshot, Uint16Array>();

/** Number of text cells in a row (counted once per sheet): a header needs at least two. */
function textCells(sheet: SheetSnapshot, r: number): number {
  let counts = textCounts.get(sheet);
  if (!counts) {
    counts = new Uint16Array(sheet.values.length);
    sheet.values.forEach((row, i) => {
      let n = 0;
      for (const v of row) if (typeof v === "string" || (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2099)) n++;
      counts![i] = Math.min(n, 65535);
    });
    textCounts.set(sheet, counts);
  }
  return counts[r - sheet.origin.row] ?? 0;
}

function yearIn(s: string): number | undefined {
  const m = /(?:tahun(?: anggaran)?|ta\.?)\s*((?:19|20)\d{2})\b/i.exec(s) ?? /\b((?:19|20)\d{2})\b/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** Finds header rows with at least two recognised roles (or Bulan + numbers) and reads their tables. */
export function findTables(sheet: SheetSnapshot): Table[] {
  const tables: Table[] = [];
  const r0 = sheet.origin.row;
  const r1 = lastRow(sheet);
  const c0 = sheet.origin.col;
  const c1 = lastCol(sheet);
  let r = r0;
  while (r <= r1) {
    if (textCells(sheet, r) < 2) {
      r++;
      continue;
    }
    const cols: Column[] = [];
    let roles = 0;
    let texts = 0;
    let monthly = false;
    for (let c = c0; c <= c1; c++) {
      const h = text(sheet, r, c);
      if (!h) continue;
      texts++;
      const role = roleOf(h);
      if (role) roles++;
      if (/^bulan$/i.test(h)) monthly = true;
      cols.push({ col: c, role, header: h, group: 0 });
    }
    const scored = cols.some((x) => /^(kategori|predikat)\b/i.test(x.header)) && cols.some((x) => schemeOf(x.header));
    const isHeader = texts >= 2 && (roles >= 2 || monthly || scored || (roles >= 1 && nextRowNumeric(sheet, r, cols)));
    if (!isHeader) {
      r++;
      continue;
    }
    // Years above the role row (multi-year tables): each role column takes the nearest year at or left of it.
    const yearsAbove: { col: number; year: number }[] = [];
    if (r > r0) for (let c = c0; c <= c1; c++) if (YEAR.test(text(sheet, r - 1, c))) yearsAbove.push({ col: c, year: Number(text(sheet, r - 1, c)) });
    let group = 0;
    let seen = new Set<Role>();
    for (const col of cols) {
      if (col.role && seen.has(col.role)) {
        group++;
        seen = new Set();
      }
      if (col.role) seen.add(col.role);
      col.group = group;
      const y = yearsAbove.filter((y) => y.col <= col.col).pop();
      if (y && col.role) col.year = y.year;
    }
    // Title: text in the few rows above the header (for the year and the table name).
    let title = "";
    for (let k = 1; k <= 4 && r - k >= r0; k++) {
      for (let c = c0; c <= c1; c++) {
        const t = text(sheet, r - k, c);
        if (t && !YEAR.test(t)) title = title ? title : t;
      }
      if (title) break;
    }
    const rows: number[] = [];
    let rr = r + 1;
    for (; rr <= r1; rr++) {
      if (rowBlank(sheet, rr)) {
        if (rows.length) break;
        continue;
      }
      const cells = cols.map((x) => text(sheet, rr, x.col));
      if (cells.every((t) => !t || /^\(\d+\)$/.test(t)) && cols.every((x) => !numberAt(sheet, rr, x.col) || /^\(\d+\)$/.test(text(sheet, rr, x.col)))) continue;
      // A new header row ends the table.
      let roleCount = 0;
      for (let c = c0; c <= c1; c++) if (roleOf(text(sheet, rr, c))) roleCount++;
      if (roleCount >= 2) break;
      rows.push(rr);
    }
    const firstRole = Math.min(...cols.filter((x) => x.role || monthly).map((x) => x.col));
    const labelCols = cols.filter((x) => x.col < firstRole || (!x.role && !columnNumeric(sheet, rows, x.col))).map((x) => x.col);
    if (monthly) for (const x of cols) if (!x.role && !NOT_SUMMED.test(x.header) && columnNumeric(sheet, rows, x.col) && !labelCols.includes(x.col)) x.role = "value";
    tables.push({ sheet, headerRow: r, columns: cols, rows, labelCols: labelCols.length ? labelCols : [c0], title, year: yearIn(title) ?? yearsAbove[0]?.year });
    r = Math.max(rr, r + 1);
  }
  return tables;
}

/** The row under a header holds a number under one of its role columns (or the row after a numbering row). */
function nextRowNumeric(sheet: SheetSnapshot, r: number, cols: Column[]): boolean {
  for (let k = 1; k <= 2; k++) if (cols.some((x) => x.role && numberAt(sheet, r + k, x.col) && !/^\(\d+\)$/.test(text(sheet, r + k, x.col)))) return true;
  return false;
}

function columnNumeric(sheet: SheetSnapshot, rows: number[], c: number): boolean {
  let n = 0;
  let t = 0;
  for (const r of rows) {
    const v = valueAt(sheet, r, c);
    if (isBlank(v)) continue;
    t++;
    if (numberAt(sheet, r, c) || isDash(v)) n++;
  }
  return t > 0 && n / t >= 0.6;
}

export function rowLabel(t: Table, r: number): string {
  return t.labelCols.map((c) => text(t.sheet, r, c)).filter(Boolean).join(" ");
}

const letters: string[] = [];
function a1(r: number, c: number): string {
  return (letters[c] ??= toA1(0, c).slice(0, -1)) + (r + 1);
}
const ref = (sheet: SheetSnapshot, r: number, c: number): CellRef => ({ sheet: sheet.name, address: a1(r, c) });

/** readNumber without building a CellView. */
function numberAt(sheet: SheetSnapshot, r: number, c: number): NumberReading | null {
  const v = valueAt(sheet, r, c);
  if (typeof v === "number") {
    const fmt = sheet.numberFormats?.[r - sheet.origin.row]?.[c - sheet.origin.col] ?? "General";
    return { value: v, fromText: false, percent: isPercentFormat(fmt), malformed: false, ambiguous: false };
  }
  return typeof v === "string" ? readNumber(v) : null;
}

function num(sheet: SheetSnapshot, r: number, c: number): number | null {
  const n = numberAt(sheet, r, c);
  if (n) return n.value;
  const v = valueAt(sheet, r, c);
  return isDash(v) || isBlank(v) ? 0 : null;
}

const QUANTITY: Partial<Record<Role, Quantity>> = { pagu: "pagu", realisasi: "realisasi", sd: "realisasi", lalu: "realisasi", ini: "realisasi", sisa: "sisa", target: "target", value: "count", num: "count", den: "count" };
const SUMMED: Role[] = ["pagu", "realisasi", "sisa", "lalu", "ini", "sd", "value", "num", "den", "target"];

const NAMES: Record<string, { id: string; en: string }> = {
  pagu: { id: "pagu", en: "pagu" },
  realisasi: { id: "realisasi", en: "realisasi" },
  sd: { id: "realisasi s.d. periode", en: "realisasi to date" },
  lalu: { id: "realisasi periode lalu", en: "realisasi previous period" },
  ini: { id: "realisasi periode ini", en: "realisasi this period" },
  sisa: { id: "sisa anggaran", en: "remaining budget" },
  target: { id: "target", en: "target" },
};

export interface KeyFigure {
  quantity: "pagu" | "realisasi";
  year?: number;
  cell: CellRef;
  value: number;
  tableName: { id: string; en: string };
  authority: boolean;
}

/** Which rows a total row adds up: flat, or only top-level rows when parents repeat their children. */
export function topLevelRows(t: Table, parts: number[], cols: number[]): number[] {
  const parents = new Set<number>();
  const children = new Set<number>();
  for (let i = 0; i < parts.length; i++) {
    if (children.has(parts[i])) continue;
    const pv = cols.map((c) => num(t.sheet, parts[i], c));
    if (pv.some((v) => v === null) || pv.every((v) => v === 0)) continue;
    const acc = cols.map(() => 0);
    for (let j = i + 1; j < parts.length; j++) {
      cols.forEach((c, k) => (acc[k] += num(t.sheet, parts[j], c) ?? 0));
      if (acc.every((a, k) => Math.abs(a - (pv[k] as number)) < 0.005)) {
        parents.add(parts[i]);
        for (let m = i + 1; m <= j; m++) children.add(parts[m]);
        break;
      }
      if (acc.some((a, k) => a > (pv[k] as number) + 0.005)) break;
    }
  }
  if (!parents.size) return parts;
  // Months or years are never parent/child; otherwise ask for a sign of nesting: a parent with
  // two or more children, or child labels that extend the parent's code (BF → BF.5254).
  const labels = parts.map((r) => rowLabel(t, r));
  if (labels.some((l) => MONTH.test(l) || YEAR.test(l.trim()))) return parts;
  let nested = false;
  for (const p of parents) {
    const i = parts.indexOf(p);
    const kids: number[] = [];
    for (let j = i + 1; j < parts.length && children.has(parts[j]) && !parents.has(parts[j]); j++) kids.push(parts[j]);
    const code = rowLabel(t, p).split(/\s+/)[0];
    if (kids.length >= 2 || (code && kids.every((k) => rowLabel(t, k).startsWith(code + ".")))) nested = true;
  }
  if (!nested) return parts;
  return parts.filter((r) => !children.has(r));
}

const MONTH = /^(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)\b/i;

function sumCheck(t: Table, total: number, rows: number[], cols: number[]): number {
  let ok = 0;
  for (const c of cols) {
    const tv = num(t.sheet, total, c);
    if (tv === null) continue;
    const s = rows.reduce((a, r) => a + (num(t.sheet, r, c) ?? 0), 0);
    if (Math.abs(s - tv) < 0.005) ok++;
  }
  return ok;
}

/** Chooses a ratio scale (1 = fraction shown as %, 100 = percent points) from the cell itself. */
function scaleFor(sheet: SheetSnapshot, r: number, c: number, ratio: number | null): number {
  const v = cellAt(sheet, r, c);
  const n = readNumber(v);
  if (!n) return 1;
  if (n.percent) return 1;
  if (ratio === null) return n.value > 2 ? 100 : 1;
  return Math.abs(n.value - ratio) <= Math.abs(n.value - ratio * 100) ? 1 : 100;
}

function tableName(t: Table): { id: string; en: string } {
  const h = norm([t.title, ...t.labelCols.map((c) => text(t.sheet, t.headerRow, c))].join(" "));
  if (/sumber dana/.test(h)) return { id: "per sumber dana", en: "by source of funds" };
  if (/jenis kegiatan/.test(h)) return { id: "per jenis kegiatan", en: "by activity" };
  if (/jenis belanja|^belanja| belanja$/.test(h)) return { id: "per jenis belanja", en: "by type of expenditure" };
  if (/sasaran/.test(h)) return { id: "per sasaran", en: "by sasaran" };
  if (/ketersediaan dana|lkd|pagu revisi/.test(h) || t.columns.some((c) => /pagu revisi|lock pagu/i.test(c.header))) return { id: "LKD", en: "LKD" };
  return { id: `(${t.sheet.name})`, en: `(${t.sheet.name})` };
}

function isLkd(t: Table): boolean {
  return t.columns.some((c) => /pagu revisi|lock pagu/i.test(c.header)) || t.columns.some((c) => c.role === "sd");
}

export function recognizeRelations(snapshot: WorkbookSnapshot, template: Relation[], opts: { year?: number } = {}): Relation[] {
  // Per-sheet caches live for one recognition (a snapshot may be edited between audits).
  textCounts = new WeakMap();
  widths = new WeakMap();
  const templated = new Set(template.map((r) => r.target.sheet.toLowerCase()));
  const out: Relation[] = [];
  const keys: KeyFigure[] = [];
  const push = (r: Omit<Relation, "id" | "origin">) => out.push({ ...r, id: `recognized:${r.kind}:${r.target.sheet}!${r.target.address}`, origin: "recognized" });
  for (const sheet of snapshot.sheets) {
    if (templated.has(sheet.name.toLowerCase())) continue;
    for (const t of findTables(sheet)) recognizeTable(t, push, keys);
    for (const r of recognizeIkpa(sheet, opts.year)) out.push(r);
    for (const r of recognizeMonthColumns(sheet)) out.push(r);
  }
  // Cross-table: every pagu / realisasi grand total of a year equals the LKD's (or the first table's).
  const years = keys.map((k) => k.year).filter((y): y is number => y !== undefined);
  const defaultYear = opts.year ?? (years.length ? Math.max(...years) : undefined);
  for (const q of ["pagu", "realisasi"] as const) {
    const same = keys.filter((k) => k.quantity === q && (k.year ?? defaultYear) === defaultYear);
    if (same.length < 2) continue;
    // Several tables of one kind (one per satker, or copies) cannot be paired safely: skip.
    const kinds = same.map((k) => k.tableName.id);
    if (new Set(kinds).size !== kinds.length) continue;
    const auth = same.find((k) => k.authority) ?? same[0];
    for (const k of same) {
      if (k === auth) continue;
      push({
        kind: "same",
        target: k.cell,
        operands: [auth.cell],
        label: { id: `Total ${q} ${k.tableName.id}`, en: `Total ${q} ${k.tableName.en}` },
        sourceLabel: { id: `${q} ${auth.tableName.id}`, en: `${q} ${auth.tableName.en}` },
        quantity: q,
      });
    }
  }
  // Deduplicate by target + kind (a cell can be reached from two header readings).
  const seen = new Set<string>();
  return out.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

type Push = (r: Omit<Relation, "id" | "origin">) => void;

function recognizeTable(t: Table, push: Push, keys: KeyFigure[]): void {
  const { sheet } = t;
  const groups = [...new Set(t.columns.map((c) => c.group))];
  const totals = t.rows.filter((r) => TOTAL_LABEL.test(rowLabel(t, r)));
  const averages = t.rows.filter((r) => AVERAGE_LABEL.test(rowLabel(t, r)));
  const anggaranRows = t.rows.filter((r) => /^anggaran\b/i.test(rowLabel(t, r)));
  const dataRows = t.rows.filter((r) => !totals.includes(r) && !averages.includes(r) && !anggaranRows.includes(r));
  const name = tableName(t);
  for (const g of groups) {
    const col = (role: Role) => t.columns.find((c) => c.group === g && c.role === role);
    const summed = t.columns.filter((c) => c.group === g && c.role && SUMMED.includes(c.role));
    const year = summed.find((c) => c.year)?.year ?? t.year;
    // Totals: the rows between this total and the previous one (or after it, OM-SPAN style "JUMLAH SELURUHNYA" first).
    for (const total of totals) {
      const idx = t.rows.indexOf(total);
      let parts = dataRows.filter((r) => r < total && r > Math.max(t.headerRow, ...totals.filter((x) => x < total)));
      if (!parts.length || idx === 0) parts = dataRows.filter((r) => r > total && r < Math.min(Infinity, ...totals.filter((x) => x > total)));
      if (!parts.length || !summed.length) continue;
      const cols = summed.map((c) => c.col);
      const top = topLevelRows(t, parts, cols);
      const rows = top !== parts && sumCheck(t, total, top, cols) >= sumCheck(t, total, parts, cols) ? top : parts;
      for (const c of summed) {
        if (num(sheet, total, c.col) === null && !numberAt(sheet, total, c.col)) continue;
        const n = NAMES[c.role!] ?? { id: c.header, en: c.header };
        push({
          kind: "sum",
          target: ref(sheet, total, c.col),
          operands: rows.map((r) => ref(sheet, r, c.col)),
          label: { id: `Total ${n.id} ${name.id}`, en: `Total ${n.en} ${name.en}` },
          quantity: QUANTITY[c.role!] ?? "other",
        });
      }
      // Grand totals feed the cross-table comparison.
      // A rekap over several satker/units is not the report's own budget.
      const multiUnit = t.columns.some((c) => /satker|satuan kerja|unit kerja|kppn/i.test(c.header) && !c.role);
      const isGrand = !multiUnit && (totals.length === 1 || total === totals[totals.length - 1] || idx === 0);
      if (isGrand) {
        const p = col("pagu");
        const re = col("sd") ?? col("realisasi");
        if (p && numberAt(sheet, total, p.col)) keys.push({ quantity: "pagu", year, cell: ref(sheet, total, p.col), value: num(sheet, total, p.col) ?? 0, tableName: name, authority: isLkd(t) });
        if (re && numberAt(sheet, total, re.col)) keys.push({ quantity: "realisasi", year, cell: ref(sheet, total, re.col), value: num(sheet, total, re.col) ?? 0, tableName: name, authority: isLkd(t) });
      }
    }
    // Per-row relations.
    const pagu = col("pagu");
    const real = col("sd") ?? col("realisasi");
    const pct = col("persen") ?? (col("target") ? undefined : col("capaian"));
    const sisa = col("sisa");
    const lalu = col("lalu");
    const ini = col("ini");
    const sd = col("sd");
    const target = col("target");
    const capaian = col("capaian");
    const den = col("den");
    const numc = col("num");
    for (const r of t.rows) {
      if (averages.includes(r)) continue;
      const label = rowLabel(t, r);
      if (pagu && real && pct) ratioRow(sheet, r, real.col, pagu.col, pct.col, label, push);
      // PNBP per akun: % = realisasi / target (target "-" gives no %).
      else if (!pagu && target && real && col("persen")) ratioRow(sheet, r, real.col, target.col, col("persen")!.col, label, push);
      if (pagu && real && sisa) {
        if (numberAt(sheet, r, sisa.col) && numberAt(sheet, r, pagu.col))
          push({ kind: "difference", target: ref(sheet, r, sisa.col), operands: [ref(sheet, r, pagu.col), ref(sheet, r, real.col)], label: { id: `Sisa anggaran ${label}`.trim(), en: `Remaining budget ${label}`.trim() }, quantity: "sisa" });
      }
      if (lalu && ini && sd && numberAt(sheet, r, sd.col))
        push({ kind: "sum", target: ref(sheet, r, sd.col), operands: [ref(sheet, r, lalu.col), ref(sheet, r, ini.col)], label: { id: `Realisasi s.d. periode ${label}`.trim(), en: `Realisasi to date ${label}`.trim() }, quantity: "realisasi" });
      if (den && numc && (capaian || pct)) ratioRow(sheet, r, numc.col, den.col, (capaian ?? pct)!.col, label, push);
      if (target && capaian && !anggaranRows.includes(r)) {
        const rv = numberAt(sheet, r, col("realisasi")?.col ?? -1);
        const tv = numberAt(sheet, r, target.col);
        if (rv && tv && tv.value !== 0 && numberAt(sheet, r, capaian.col)) {
          const negative = /menurun|turun|berkurang|penurunan/i.test(label);
          const expected = negative ? 2 - rv.value / tv.value : rv.value / tv.value;
          push({
            kind: "capaian",
            target: ref(sheet, r, capaian.col),
            operands: [ref(sheet, r, col("realisasi")!.col), ref(sheet, r, target.col)],
            params: { scale: scaleFor(sheet, r, capaian.col, expected), polarity: negative ? "negatif" : "positif" },
            label: { id: `Capaian ${label}`.trim(), en: `Capaian ${label}`.trim() },
            quantity: "capaian",
          });
        }
      }
      // "Anggaran" row of the capaian table: pagu in Target, realisasi in Realisasi, % in Capaian.
      if (anggaranRows.includes(r) && target && col("realisasi") && capaian) {
        const rc = col("realisasi")!.col;
        ratioRow(sheet, r, rc, target.col, capaian.col, "Anggaran", push);
        if (numberAt(sheet, r, target.col)) keys.push({ quantity: "pagu", year: t.year, cell: ref(sheet, r, target.col), value: num(sheet, r, target.col) ?? 0, tableName: { id: "pada baris Anggaran tabel capaian", en: "in the capaian table's Anggaran row" }, authority: false });
        if (numberAt(sheet, r, rc)) keys.push({ quantity: "realisasi", year: t.year, cell: ref(sheet, r, rc), value: num(sheet, r, rc) ?? 0, tableName: { id: "pada baris Anggaran tabel capaian", en: "in the capaian table's Anggaran row" }, authority: false });
      }
    }
    // Kategori / Predikat column: the label of the score to its left (scheme from that header).
    const kategori = t.columns.find((c) => c.group === g && /^(kategori|predikat)\b/i.test(c.header));
    if (kategori) {
      const scoreCol = t.columns
        .filter((c) => c.col < kategori.col && schemeOf(c.header) && dataRows.some((r) => numberAt(sheet, r, c.col)))
        .pop();
      if (scoreCol)
        for (const r of t.rows) {
          const v = cellAt(sheet, r, kategori.col).value;
          if (typeof v === "string" && v.trim() && numberAt(sheet, r, scoreCol.col))
            push({ kind: "category", target: ref(sheet, r, kategori.col), operands: [ref(sheet, r, scoreCol.col)], params: { scheme: schemeOf(scoreCol.header)! }, label: { id: `Kategori ${scoreCol.header}`, en: `Category ${scoreCol.header}` }, quantity: "category" });
        }
    }
    // NKA = mean(NK Perencanaan, NK Pelaksanaan).
    const nkp = col("nkPerencanaan");
    const nkl = col("nkPelaksanaan");
    const nka = col("nka");
    if (nkp && nkl && nka)
      for (const r of dataRows)
        if (numberAt(sheet, r, nka.col))
          push({ kind: "mean", target: ref(sheet, r, nka.col), operands: [ref(sheet, r, nkp.col), ref(sheet, r, nkl.col)], label: { id: "Nilai Kinerja Anggaran", en: "Budget performance score (NKA)" }, quantity: "score" });
    // Averages of capaian: sasaran average = indicators since the previous average; overall = all indicators.
    if (capaian) {
      let start = t.headerRow;
      const indicatorRows = dataRows.filter((r) => numberAt(sheet, r, capaian.col));
      for (const a of averages) {
        if (!numberAt(sheet, a, capaian.col)) continue;
        const overall = OVERALL_AVERAGE.test(rowLabel(t, a));
        const ops = indicatorRows.filter((r) => (overall ? true : r > start && r < a));
        start = a;
        if (!ops.length) continue;
        push({
          kind: "mean",
          target: ref(sheet, a, capaian.col),
          operands: ops.map((r) => ref(sheet, r, capaian.col)),
          label: overall ? { id: "Rata-rata capaian keseluruhan", en: "Overall average capaian" } : { id: "Rata-rata capaian sasaran", en: "Sasaran average capaian" },
          quantity: "capaian",
        });
      }
    }
  }
}

const MONTH_WORD = /\b(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;

/**
 * Month columns in one row ("Responden Januari" … "Responden Desember") with a "Total/Jumlah
 * Responden" column: each data row's total = Σ its months ("-" counts as zero).
 */
export function recognizeMonthColumns(sheet: SheetSnapshot): Relation[] {
  const out: Relation[] = [];
  const r0 = sheet.origin.row;
  const r1 = lastRow(sheet);
  const c0 = sheet.origin.col;
  const c1 = lastCol(sheet);
  for (let r = r0; r <= r1; r++) {
    if (textCells(sheet, r) < 7) continue;
    const groups = new Map<string, number[]>();
    const headers = new Map<number, string>();
    let months = 0;
    for (let c = c0; c <= c1; c++) {
      const h = text(sheet, r, c);
      if (!h) continue;
      headers.set(c, h);
      if (!MONTH_WORD.test(h)) continue;
      months++;
      const prefix = norm(h.replace(MONTH_WORD, ""));
      groups.set(prefix, [...(groups.get(prefix) ?? []), c]);
    }
    if (months < 6) continue;
    for (const [prefix, cols] of groups) {
      if (!prefix || cols.length < 6) continue;
      const totalCol = [...headers].find(([, h]) => new RegExp(`^(total|jumlah)\\s+${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`).test(norm(h)))?.[0];
      if (totalCol === undefined) continue;
      for (let rr = r + 1; rr <= r1 && !rowBlank(sheet, rr); rr++) {
        if (!numberAt(sheet, rr, totalCol)) continue;
        out.push({
          id: `recognized:sum:${sheet.name}!${toA1(rr, totalCol)}`,
          kind: "sum",
          target: ref(sheet, rr, totalCol),
          operands: cols.map((c) => ref(sheet, rr, c)),
          label: { id: `${headers.get(totalCol)} (baris ${rr + 1})`, en: `${headers.get(totalCol)} (row ${rr + 1})` },
          quantity: "count",
          origin: "recognized",
        });
      }
    }
  }
  return out;
}

function schemeOf(header: string): CategoryScheme | null {
  const h = norm(header);
  if (/\bikpa\b|pelaksanaan anggaran/.test(h)) return "ikpa";
  if (/\bnka\b|nilai kinerja anggaran/.test(h)) return "nka";
  if (/\bikm\b|kepuasan masyarakat/.test(h)) return "ikm";
  if (/sakip|akip/.test(h)) return "sakip";
  return null;
}

function ratioRow(sheet: SheetSnapshot, r: number, numCol: number, denCol: number, pctCol: number, label: string, push: Push): void {
  const a = numberAt(sheet, r, numCol);
  const b = numberAt(sheet, r, denCol);
  if (!numberAt(sheet, r, pctCol) || !a || !b || b.value === 0) return;
  push({
    kind: "ratio",
    target: ref(sheet, r, pctCol),
    operands: [ref(sheet, r, numCol), ref(sheet, r, denCol)],
    params: { scale: scaleFor(sheet, r, pctCol, a.value / b.value) },
    label: { id: `Persentase ${label}`.trim(), en: `Percentage ${label}`.trim() },
    quantity: "persen",
  });
}
