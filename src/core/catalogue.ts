// The LKJIP.* function catalogue as plain functions over Excel-shaped arguments
// (scalars, null for omitted, 2-D arrays for ranges). Excel's custom functions and
// `lkjip fn` both call these, so a figure is computed one way only.
//
// Conventions shared by every function:
// - A range passed where one value is expected returns a matching array (dynamic arrays);
//   a 1×1 range counts as a single value. Ranges combine like Excel's own lifting: a single
//   row or column is repeated, otherwise cells outside the smaller range are #N/A.
// - Text arguments may be Indonesian or OM-SPAN number text ("9.933.860.000", "99,79%",
//   "99.79 %"); percent text gives the fraction. Ambiguous "1.234" is read the Indonesian way (1234).
// - Bad input is an Excel error with an Indonesian message (#VALUE!, #N/A carry it; #DIV/0! for
//   a zero divisor). Never a silent 0, and callFunction never lets an exception escape.

import { capaian, type MetodeNegatif } from "./formulas/capaian";
import { ikmKinerja, ikmKonversi, ikmMutu, ikpaKategori, nkaKategori, predikatSakip } from "./formulas/categories";
import { ikm } from "./formulas/ikm";
import { dispensasiDeduction, ikpaRegime, ikpaScore } from "./formulas/ikpa";
import { nka, nkPerencanaan } from "./formulas/nka";
import { isNihilText, parseNumberText, terbilang, TERBILANG_MAX } from "./numbers";
import { FormulaError, isFormulaError } from "./result";
import type { Polarity } from "./relations";

export type Arg = number | string | boolean | null | undefined | FormulaError | Arg[][];
export type Out = number | string | boolean | FormulaError | Out[][];
type Scalar = Exclude<Arg, Arg[][]>;

const show = (v: unknown): string => (typeof v === "string" ? `'${v}'` : String(v));

function isBlank(v: Arg): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** One number from a cell value or number text; "Nihil"/"-" is #N/A, never 0. */
function toNumber(v: Arg, argName: string): number | FormulaError {
  if (isFormulaError(v)) return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : new FormulaError("#VALUE!", `${argName} bukan angka: ${v}`);
  if (isBlank(v)) return new FormulaError("#VALUE!", `${argName} kosong`);
  if (typeof v === "string") {
    if (isNihilText(v)) return new FormulaError("#N/A", `${argName} Nihil: tidak dihitung`);
    const p = parseNumberText(v);
    if (p) return p.value;
    return new FormulaError("#VALUE!", `${argName} bukan angka: ${show(v)}`);
  }
  if (typeof v === "boolean") return new FormulaError("#VALUE!", `${argName} bukan angka: ${v ? "TRUE" : "FALSE"}`);
  return new FormulaError("#VALUE!", `${argName} harus satu nilai, bukan rentang`);
}

function inRange(n: number, lo: number, hi: number, argName: string): number | FormulaError {
  return n >= lo && n <= hi ? n : new FormulaError("#VALUE!", `${argName} harus antara ${lo} dan ${hi}, bukan ${n}`);
}

function toRangedNumber(v: Arg, argName: string, lo: number, hi: number): number | FormulaError {
  const n = toNumber(v, argName);
  return isFormulaError(n) ? n : inRange(n, lo, hi, argName);
}

function toKeyword<T extends string>(v: Arg, argName: string, fallback: T, allowed: Record<string, T>): T | FormulaError {
  if (isFormulaError(v)) return v;
  if (isBlank(v)) return fallback;
  const s = String(v).trim().toLowerCase();
  if (s in allowed) return allowed[s];
  const names = [...new Set(Object.values(allowed))].map((a) => `"${a}"`).join(" atau ");
  return new FormulaError("#VALUE!", `${argName} harus ${names}, bukan ${show(v)}`);
}

const POLARITAS: Record<string, Polarity> = { positif: "positif", "+": "positif", positive: "positif", negatif: "negatif", "-": "negatif", negative: "negatif" };
const METODE: Record<string, MetodeNegatif> = { selisih: "selisih", rasio: "rasio" };

function toYear(v: Arg): number | FormulaError {
  const n = toNumber(v, "tahun");
  if (isFormulaError(n)) return n;
  if (!Number.isInteger(n)) return new FormulaError("#VALUE!", `tahun harus bilangan bulat, bukan ${n}`);
  return n;
}

/** A 1×1 range is a single value, as in Excel. */
function unwrap(a: Arg): Arg {
  return Array.isArray(a) && a.length === 1 && Array.isArray(a[0]) && a[0].length === 1 ? a[0][0] : a;
}

/** Applies fn element-wise when any argument is a range, so one formula fills a column. */
export function broadcast(args: Arg[], fn: (...scalars: Scalar[]) => Out): Out {
  const vals = args.map(unwrap);
  const ranges = vals.filter(Array.isArray) as Arg[][][];
  if (ranges.length === 0) return fn(...(vals as Scalar[]));
  if (ranges.some((a) => a.length === 0 || !Array.isArray(a[0]) || a[0].length === 0)) return new FormulaError("#VALUE!", "rentang kosong");
  const rows = Math.max(...ranges.map((a) => a.length));
  const cols = Math.max(...ranges.map((a) => a[0].length));
  const mismatch = new FormulaError("#N/A", "ukuran rentang tidak sama");
  const pick = (a: Arg, r: number, c: number): Arg => {
    if (!Array.isArray(a)) return a;
    const row = a[a.length === 1 ? 0 : r];
    if (!Array.isArray(row)) return mismatch;
    const cc = row.length === 1 ? 0 : c;
    return cc < row.length ? row[cc] : mismatch;
  };
  const out: Out[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Out[] = [];
    for (let c = 0; c < cols; c++) {
      const scalars = vals.map((a) => pick(a, r, c));
      const nested = scalars.find(Array.isArray);
      if (nested) {
        line.push(new FormulaError("#VALUE!", "rentang di dalam rentang"));
        continue;
      }
      line.push(fn(...(scalars as Scalar[])));
    }
    out.push(line);
  }
  return out;
}

/** All cells of a range (or one value) in reading order, row by row. */
function cellsOf(v: Arg): Scalar[] {
  if (!Array.isArray(v)) return [v];
  return v.flatMap((row) => (Array.isArray(row) ? row.flatMap((c) => cellsOf(c)) : [row as Scalar]));
}

/** A row or column of values as a list; anything wider is #VALUE!. */
function lineOf(v: Arg, argName: string): Scalar[] | FormulaError {
  if (!Array.isArray(v)) return [v];
  const rows = v.length;
  const cols = Array.isArray(v[0]) ? v[0].length : 0;
  if (rows > 1 && cols > 1) return new FormulaError("#VALUE!", `${argName} harus satu baris atau satu kolom, bukan ${rows}×${cols}`);
  return cellsOf(v);
}

const rowOut = (values: (number | string)[]): Out[][] => [values];

function ikpaWeightsFor(year: number): number[] | FormulaError {
  const regime = ikpaRegime(year);
  if (!regime) return new FormulaError("#N/A", `tidak ada aturan IKPA untuk tahun ${year} (dikenal 2021–2026)`);
  return regime.components.map((c) => c.weight);
}

function fnIkpaScore(nilaiArg: Arg, bobotAtauTahun: Arg, dispensasiArg: Arg): Out {
  const line = lineOf(nilaiArg, "nilai");
  if (isFormulaError(line)) return line;
  // Blank, "-" and "Nihil" cells are indicators not assessed (unverified for "Nihil": OM-SPAN shows blanks).
  const nilai: (number | null)[] = [];
  for (const [i, c] of line.entries()) {
    if (isBlank(c) || (typeof c === "string" && isNihilText(c))) {
      nilai.push(null);
      continue;
    }
    const n = toNumber(c, `nilai ke-${i + 1}`);
    if (isFormulaError(n)) return n;
    nilai.push(n);
  }

  let bobot: number[];
  let year: number | null = null;
  const b = unwrap(bobotAtauTahun);
  if (Array.isArray(b)) {
    const bl = lineOf(b, "bobot");
    if (isFormulaError(bl)) return bl;
    bobot = [];
    for (const [i, c] of bl.entries()) {
      if (isBlank(c)) return new FormulaError("#VALUE!", `bobot ke-${i + 1} kosong`);
      const n = toNumber(c, `bobot ke-${i + 1}`);
      if (isFormulaError(n)) return n;
      bobot.push(n);
    }
  } else {
    if (isBlank(b)) return new FormulaError("#VALUE!", "bobot atau tahun wajib diisi");
    const y = toYear(b);
    if (isFormulaError(y)) return y;
    const w = ikpaWeightsFor(y);
    if (isFormulaError(w)) return w;
    if (w.length !== nilai.length) {
      const names = ikpaRegime(y)!.components.map((c) => c.name).join(", ");
      return new FormulaError("#VALUE!", `tahun ${y} memakai ${w.length} nilai (${names}), bukan ${nilai.length}`);
    }
    bobot = w;
    year = y;
  }

  let dispensasi = 0;
  if (!isBlank(unwrap(dispensasiArg))) {
    const d = toRangedNumber(unwrap(dispensasiArg), "dispensasi", 0, 100);
    if (isFormulaError(d)) return d;
    if (d !== 0 && year !== null && ikpaRegime(year)!.dispensasi === "weighted") {
      return new FormulaError("#VALUE!", `Dispensasi SPM tahun ${year} adalah komponen berbobot, bukan pengurang`);
    }
    dispensasi = d;
  }
  return ikpaScore(nilai, bobot, dispensasi);
}

function fnIkpaYearRow(tahun: Arg, pick: "weight" | "name"): Out {
  const t = unwrap(tahun);
  if (Array.isArray(t)) return new FormulaError("#VALUE!", "tahun harus satu nilai, bukan rentang");
  const y = toYear(t);
  if (isFormulaError(y)) return y;
  const regime = ikpaRegime(y);
  if (!regime) return new FormulaError("#N/A", `tidak ada aturan IKPA untuk tahun ${y} (dikenal 2021–2026)`);
  return rowOut(regime.components.map((c) => (pick === "weight" ? c.weight : c.name)));
}

function fnRataCapaian(range: Arg): Out {
  const values: number[] = [];
  for (const c of cellsOf(range)) {
    if (isBlank(c) || (typeof c === "string" && isNihilText(c))) continue;
    const n = toNumber(c, "capaian");
    if (isFormulaError(n)) return n;
    values.push(n);
  }
  if (values.length === 0) return new FormulaError("#N/A", "Nihil: tidak ada capaian yang dihitung");
  return values.reduce((s, n) => s + n, 0) / values.length;
}

function fnIkm(nilaiArg: Arg, respondenArg: Arg): Out {
  const nilaiCells = cellsOf(nilaiArg);
  const withResponden = !isBlank(unwrap(respondenArg)) || Array.isArray(unwrap(respondenArg));
  const respCells = withResponden ? cellsOf(respondenArg) : null;
  if (respCells && respCells.length !== nilaiCells.length) {
    return new FormulaError("#VALUE!", `rentang responden (${respCells.length} sel) harus sama ukurannya dengan nilai (${nilaiCells.length} sel)`);
  }
  const nilai: number[] = [];
  const responden: number[] = [];
  for (const [i, c] of nilaiCells.entries()) {
    if (isBlank(c) || (typeof c === "string" && isNihilText(c))) continue;
    const n = toNumber(c, "nilai");
    if (isFormulaError(n)) return n;
    nilai.push(n);
    if (respCells) {
      const r = toNumber(respCells[i], "responden");
      if (isFormulaError(r)) return r;
      responden.push(r);
    }
  }
  if (nilai.length === 0) return new FormulaError("#N/A", "tidak ada nilai indeks");
  return ikm(nilai, respCells ? responden : undefined);
}

function fnTerbilang(angka: Scalar, satuan: Scalar): Out {
  const n = toNumber(angka, "angka");
  if (isFormulaError(n)) return n;
  if (Math.abs(n) > TERBILANG_MAX) return new FormulaError("#VALUE!", "angka terlalu besar untuk terbilang (maksimum 999 triliun)");
  const words = terbilang(n);
  if (isFormulaError(satuan)) return satuan;
  const unit = isBlank(satuan) ? "" : String(satuan).trim().toLowerCase();
  return unit ? `${words} ${unit}` : words;
}

function fnAngka(teks: Scalar): Out {
  if (isFormulaError(teks)) return teks;
  if (typeof teks === "number") return Number.isFinite(teks) ? teks : new FormulaError("#VALUE!", "bukan angka");
  if (isBlank(teks)) return new FormulaError("#VALUE!", "teks kosong");
  if (typeof teks !== "string") return new FormulaError("#VALUE!", `bukan angka: ${show(teks)}`);
  if (isNihilText(teks)) return new FormulaError("#N/A", `Nihil: ${show(teks.trim())} bukan angka`);
  const p = parseNumberText(teks);
  if (!p) return new FormulaError("#VALUE!", `bukan angka: ${show(teks)}`);
  return p.value;
}

type CatalogueFn = (...args: Arg[]) => Out;

const FUNCTIONS: Record<string, CatalogueFn> = {
  CAPAIAN: (realisasi, target, polaritas, metode) =>
    broadcast([realisasi, target, polaritas, metode], (r, t, p, m) => {
      const rn = toNumber(r, "realisasi");
      if (isFormulaError(rn)) return rn;
      const tn = toNumber(t, "target");
      if (isFormulaError(tn)) return tn;
      const pol = toKeyword(p, "polaritas", "positif", POLARITAS);
      if (isFormulaError(pol)) return pol;
      const met = toKeyword(m, "metode_negatif", "selisih", METODE);
      if (isFormulaError(met)) return met;
      return capaian(rn, tn, pol, met);
    }),

  RATA_CAPAIAN: (range) => fnRataCapaian(range),

  RASIO: (pembilang, penyebut) =>
    broadcast([pembilang, penyebut], (a, b) => {
      const an = toNumber(a, "pembilang");
      if (isFormulaError(an)) return an;
      const bn = toNumber(b, "penyebut");
      if (isFormulaError(bn)) return bn;
      if (bn === 0) return an === 0 ? new FormulaError("#N/A", "Nihil (0/0)") : new FormulaError("#DIV/0!", "penyebut 0");
      return an / bn;
    }),

  SERAPAN: (realisasi, pagu) =>
    broadcast([realisasi, pagu], (r, p) => {
      const rn = toNumber(r, "realisasi");
      if (isFormulaError(rn)) return rn;
      const pn = toNumber(p, "pagu");
      if (isFormulaError(pn)) return pn;
      if (pn === 0) return new FormulaError("#DIV/0!", "pagu 0: serapan tidak dapat dihitung");
      if (pn < 0) return new FormulaError("#VALUE!", `pagu tidak boleh negatif: ${pn}`);
      return rn / pn;
    }),

  IKPA_SCORE: (nilai, bobotAtauTahun, dispensasi) => fnIkpaScore(nilai, bobotAtauTahun, dispensasi),
  IKPA_BOBOT: (tahun) => fnIkpaYearRow(tahun, "weight"),
  IKPA_KOMPONEN: (tahun) => fnIkpaYearRow(tahun, "name"),

  IKPA_DISPENSASI: (spmDispensasi, spmTw4) =>
    broadcast([spmDispensasi, spmTw4], (d, t) => {
      const dn = toNumber(d, "spm_dispensasi");
      if (isFormulaError(dn)) return dn;
      const tn = toNumber(t, "spm_tw4");
      if (isFormulaError(tn)) return tn;
      return dispensasiDeduction(dn, tn);
    }),

  IKPA_KATEGORI: (nilai) =>
    broadcast([nilai], (v) => {
      const n = toRangedNumber(v, "nilai IKPA", 0, 100);
      return isFormulaError(n) ? n : ikpaKategori(n);
    }),

  NK_PERENCANAAN: (capaianRo, penggunaanSbk, efisiensiSbk) =>
    broadcast([capaianRo, penggunaanSbk, efisiensiSbk], (a, b, c) => {
      const an = toRangedNumber(a, "capaian_ro", 0, 100);
      if (isFormulaError(an)) return an;
      const bn = toRangedNumber(b, "penggunaan_sbk", 0, 100);
      if (isFormulaError(bn)) return bn;
      const cn = toRangedNumber(c, "efisiensi_sbk", 0, 100);
      if (isFormulaError(cn)) return cn;
      return nkPerencanaan(an, bn, cn);
    }),

  NKA: (perencanaan, pelaksanaan) =>
    broadcast([perencanaan, pelaksanaan], (a, b) => {
      const an = toRangedNumber(a, "nk_perencanaan", 0, 100);
      if (isFormulaError(an)) return an;
      const bn = toRangedNumber(b, "nk_pelaksanaan", 0, 100);
      if (isFormulaError(bn)) return bn;
      return nka(an, bn);
    }),

  NKA_KATEGORI: (nilai) =>
    broadcast([nilai], (v) => {
      const n = toRangedNumber(v, "nilai NKA", 0, 100);
      return isFormulaError(n) ? n : nkaKategori(n);
    }),

  IKM: (nilai, responden) => fnIkm(nilai, responden),

  IKM_KONVERSI: (indeks) =>
    broadcast([indeks], (v) => {
      const n = toRangedNumber(v, "indeks", 1, 4);
      return isFormulaError(n) ? n : ikmKonversi(n);
    }),

  IKM_MUTU: (indeks) =>
    broadcast([indeks], (v) => {
      const n = toRangedNumber(v, "indeks", 1, 4);
      return isFormulaError(n) ? n : ikmMutu(n);
    }),

  IKM_KINERJA: (indeks) =>
    broadcast([indeks], (v) => {
      const n = toRangedNumber(v, "indeks", 1, 4);
      return isFormulaError(n) ? n : ikmKinerja(n);
    }),

  PREDIKAT_SAKIP: (nilai) =>
    broadcast([nilai], (v) => {
      const n = toRangedNumber(v, "nilai SAKIP", 0, 100);
      return isFormulaError(n) ? n : predikatSakip(n);
    }),

  ANGKA: (teks) => broadcast([teks], fnAngka),

  TERBILANG: (angka, satuan) => broadcast([angka, satuan], fnTerbilang),
};

/** Overflow (1e308 / 1e-308) is #NUM!, never Infinity or NaN in a cell. */
function finiteOut(out: Out): Out {
  if (typeof out === "number" && !Number.isFinite(out)) return new FormulaError("#NUM!", "hasil di luar jangkauan angka");
  if (Array.isArray(out)) return out.map((row) => row.map(finiteOut));
  return out;
}

/** Each catalogue function takes Excel-shaped arguments and returns a value, an array or a FormulaError. */
export const CATALOGUE: Readonly<Record<string, CatalogueFn>> = Object.fromEntries(
  Object.entries(FUNCTIONS).map(([name, fn]) => [name, (...args: Arg[]) => finiteOut(fn(...args))]),
);

/** The catalogue's function names, in catalogue order. */
export const FUNCTION_NAMES: readonly string[] = Object.keys(CATALOGUE);

/** Calls a catalogue function by name; unknown names are #NAME?, and nothing throws. */
export function callFunction(name: string, args: Arg[]): Out {
  const fn = Object.prototype.hasOwnProperty.call(CATALOGUE, name.toUpperCase()) ? CATALOGUE[name.toUpperCase()] : undefined;
  if (!fn) return new FormulaError("#NAME?", `fungsi tidak dikenal: ${name}`);
  try {
    return fn(...args);
  } catch (e) {
    return new FormulaError("#VALUE!", `kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`);
  }
}
