// structureFromPk: the sasaran and indicators of a Perjanjian Kinerja sheet the user already has,
// in whatever layout they typed it: a header row naming Sasaran, Indikator, Target (Satuan and
// Polaritas optional) anywhere in the first rows, columns in any order, the sasaran written once
// per group (merged or left blank below), a row of column numbers "(1) (2) (3)" skipped.

import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { cellAt } from "../core/snapshot";
import { parseNumberText } from "../core/numbers";
import type { Polarity } from "../core/relations";
import { PkReadError } from "./errors";
import { neutralStructure, STRUCTURE_LIMITS, type IndikatorSpec, type SasaranSpec, type Structure } from "./structure";


const norm = (v: CellValue): string => (typeof v === "string" ? v : v === null || typeof v === "object" ? "" : String(v)).replace(/\s+/g, " ").trim();
const low = (v: CellValue): string => norm(v).toLowerCase();

type Role = "sasaran" | "indikator" | "target" | "satuan" | "polaritas";

/** What a header cell names; the order matters ("Target Indikator" is a target, "Indikator Kinerja" an indicator). */
function roleOf(h: string): Role | null {
  if (!h) return null;
  if (/^(no\.?|nomor|kode)$/.test(h)) return null;
  if (/polarit|polarity|arah\b/.test(h)) return "polaritas";
  if (/satuan|\bunit\b/.test(h)) return "satuan";
  if (/target/.test(h)) return "target";
  if (/indikator|indicator|\bik[ku]\b/.test(h)) return "indikator";
  if (/sasaran|\bgoal\b|\bobjective\b/.test(h)) return "sasaran";
  return null;
}

interface Header {
  sheet: SheetSnapshot;
  row: number;
  cols: Partial<Record<Role, number>>;
}

function findHeader(sheet: SheetSnapshot): Header | null {
  const rows = Math.min(sheet.values.length, 40);
  for (let r = 0; r < rows; r++) {
    const cols: Partial<Record<Role, number>> = {};
    const width = sheet.values[r]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const role = roleOf(low(cellAt(sheet, r + sheet.origin.row, c + sheet.origin.col).value));
      if (role && cols[role] === undefined) cols[role] = c + sheet.origin.col;
    }
    if (cols.indikator !== undefined && cols.target !== undefined) return { sheet, row: r + sheet.origin.row, cols };
  }
  return null;
}

const isColumnNumbers = (texts: string[]): boolean => texts.filter(Boolean).length > 0 && texts.filter(Boolean).every((t) => /^\(?\d{1,2}\)?$/.test(t));

function parseTarget(v: CellValue, format: string): { value: number | null; percent: boolean } {
  if (typeof v === "number") return { value: v, percent: format.includes("%") };
  const p = parseNumberText(norm(v));
  return p ? { value: p.value, percent: p.percent } : { value: null, percent: false };
}

function satuanOf(text: string, percent: boolean, indikator: string): string {
  const s = text.trim();
  if (/^(%|persen|percent)$/i.test(s)) return "%";
  if (s) return s;
  if (percent || /^(persentase|rasio|tingkat|proporsi)\b/i.test(indikator)) return "%";
  if (/^(indeks|nilai|skor)\b/i.test(indikator)) return "Indeks";
  return "%";
}

const polarityOf = (text: string): Polarity => (/neg|minim|turun|lebih kecil|↓|^-$/i.test(text) ? "negatif" : "positif");

/**
 * Reads the first sheet holding a Perjanjian Kinerja table (sheets named like "PK" or
 * "Perjanjian Kinerja" first). Targets of "%" indicators become fractions ("90%", 90 in a
 * "%" column, or 0.9 all give 0.9). Throws PkReadError when no sheet has a
 * header row with Indikator and Target, or the table has no indicator.
 */
export function structureFromPk(snapshot: WorkbookSnapshot, kegiatan = 2): Structure {
  const sheets = [...snapshot.sheets].filter((s) => s.visible !== false).sort((a, b) => Number(/perjanjian|\bpk\b/i.test(b.name)) - Number(/perjanjian|\bpk\b/i.test(a.name)));
  let header: Header | null = null;
  for (const s of sheets) if ((header = findHeader(s))) break;
  if (!header) throw new PkReadError("pkNoTable");
  const { sheet, cols } = header;
  const at = (r: number, c: number | undefined): CellValue => (c === undefined ? null : cellAt(sheet, r, c).value);
  const fmt = (r: number, c: number | undefined): string => (c === undefined ? "" : (cellAt(sheet, r, c).numberFormat ?? ""));
  const groups: SasaranSpec[] = [];
  let current: SasaranSpec | null = null;
  let blanks = 0;
  const last = sheet.origin.row + sheet.values.length - 1;
  for (let r = header.row + 1; r <= last && blanks < 5; r++) {
    const texts = (Object.values(cols) as number[]).map((c) => norm(at(r, c)));
    if (texts.every((t) => !t)) {
      blanks++;
      continue;
    }
    blanks = 0;
    if (isColumnNumbers(texts)) continue;
    const sasaran = norm(at(r, cols.sasaran));
    const indikator = norm(at(r, cols.indikator));
    if (roleOf(sasaran.toLowerCase()) === "sasaran" && roleOf(indikator.toLowerCase()) === "indikator") continue; // a repeated header
    if (sasaran && (!current || current.name !== sasaran)) {
      current = { name: sasaran, indikator: [] };
      groups.push(current);
    }
    if (!indikator) continue;
    if (!current) {
      current = { name: "Sasaran Kegiatan 1", indikator: [] };
      groups.push(current);
    }
    const target = parseTarget(at(r, cols.target), fmt(r, cols.target));
    const satuan = satuanOf(norm(at(r, cols.satuan)), target.percent, indikator);
    let value = target.value;
    // "90" under a "%" unit is 90 %; a fraction stays as typed.
    if (value !== null && satuan === "%" && !target.percent && Math.abs(value) > 1.5) value = value / 100;
    const ind: IndikatorSpec = { name: indikator, satuan, polaritas: polarityOf(norm(at(r, cols.polaritas))), target: value };
    current.indikator.push(ind);
  }
  const sasaran = groups.filter((g) => g.indikator.length > 0);
  if (!sasaran.length) throw new PkReadError("pkNoIndicator", { sheet: sheet.name });
  if (sasaran.length > STRUCTURE_LIMITS.sasaran || sasaran.some((s) => s.indikator.length > STRUCTURE_LIMITS.indikator)) {
    throw new PkReadError("pkTooLarge", { sasaran: STRUCTURE_LIMITS.sasaran, indikator: STRUCTURE_LIMITS.indikator });
  }
  return { ...neutralStructure(1, 1, kegiatan), sasaran };
}
