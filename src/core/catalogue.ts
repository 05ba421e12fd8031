// The LKJIP.* function catalogue as plain functions over Excel-shaped arguments
// (scalars, null for omitted, 2-D arrays for ranges). Excel's custom functions and
// `lkjip fn` both call these, so a figure is computed one way only.
//
// Conventions shared by every function:
// - A range passed where one value is expected returns a matching array (dynamic arrays);
//   a 1×1 range counts as a single value. Ranges combine like Excel's own lifting: a single
//   row or column is repeated, otherwise cells outside the smaller range are #N/A.
// - Text arguments may be Indonesian or OM-SPAN number text ("9.933.860.000", "99,79%",
//   "99.79 %"); percent text gives the fraction. Ambiguous "1.234" is read the Indonesian way (1234)
//   (ANGKA takes the style as an argument).
// - Scores on a 0–100 point scale (IKPA, NKA, NK, SAKIP, IKM 25–100) read "97,02%" as 97,02 points;
//   a plain fraction such as 0,9702 is #VALUE! with the reason (src/core/formulas/points.ts).
// - Bad input is an Excel error with an Indonesian message (#VALUE!, #N/A carry it; #DIV/0! for
//   a zero divisor). Never a silent 0, and callFunction never lets an exception escape.

import { capaian, type CapaianBatas, type MetodeNegatif } from "./formulas/capaian";
import { ikmKinerjaKonversi, ikmKonversi, ikmMutuKonversi, ikpaKategori, nkaKategori, predikatSakip } from "./formulas/categories";
import { ikm, ikmBerbobot } from "./formulas/ikm";
import { dispensasiDeduction, IKPA_YEARS, ikpaRegime, ikpaScore, revisiDipaNilai } from "./formulas/ikpa";
import { nka, nkaYearProblem, nkPerencanaan } from "./formulas/nka";
import { toPoints } from "./formulas/points";
import { formatNumberId, isNihilText, parseNumberText, shiftDecimal, terbilang, TERBILANG_MAX } from "./numbers";
import { FormulaError, isFormulaError } from "./result";
import type { Polarity } from "./relations";

export type Arg = number | string | boolean | null | undefined | FormulaError | Arg[][];
export type Out = number | string | boolean | FormulaError | Out[][];
type Scalar = Exclude<Arg, Arg[][]>;

const show = (v: unknown): string => (typeof v === "string" ? `'${v}'` : String(v));

function isBlank(v: Arg): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

interface Reading {
  value: number;
  /** Written with "%" (the value is then the fraction). */
  percent: boolean;
}

/** One number from a cell value or number text, and whether it was a percentage; "Nihil"/"-" is #N/A, never 0. */
function toReading(v: Arg, argName: string, prefer: "id" | "omspan" = "id"): Reading | FormulaError {
  if (isFormulaError(v)) return v;
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, percent: false } : new FormulaError("#VALUE!", `${argName} bukan angka: ${v}`);
  if (isBlank(v)) return new FormulaError("#VALUE!", `${argName} kosong`);
  if (typeof v === "string") {
    if (isNihilText(v)) return new FormulaError("#N/A", `${argName} Nihil: tidak dihitung`);
    const p = parseNumberText(v, { prefer });
    if (p) return { value: p.value, percent: p.percent };
    return new FormulaError("#VALUE!", `${argName} bukan angka: ${show(v)}`);
  }
  if (typeof v === "boolean") return new FormulaError("#VALUE!", `${argName} bukan angka: ${v ? "TRUE" : "FALSE"}`);
  return new FormulaError("#VALUE!", `${argName} harus satu nilai, bukan rentang`);
}

/** One number from a cell value or number text; "Nihil"/"-" is #N/A, never 0. */
function toNumber(v: Arg, argName: string): number | FormulaError {
  const r = toReading(v, argName);
  return isFormulaError(r) ? r : r.value;
}

/** A score on a point scale: "97,02%" is 97,02 points; a plain fraction 0,9702 is #VALUE! with the reason. */
function toPointsArg(v: Arg, argName: string, lo = 0, hi = 100): number | FormulaError {
  const r = toReading(v, argName);
  return isFormulaError(r) ? r : toPoints(r.value, r.percent, argName, lo, hi);
}

function inRange(n: number, lo: number, hi: number, argName: string): number | FormulaError {
  return n >= lo && n <= hi ? n : new FormulaError("#VALUE!", `${argName} harus antara ${lo} dan ${hi}, bukan ${n}`);
}

function toRangedNumber(v: Arg, argName: string, lo: number, hi: number): number | FormulaError {
  const n = toNumber(v, argName);
  return isFormulaError(n) ? n : inRange(n, lo, hi, argName);
}

/**
 * An IKM figure as its converted value 25–100: an index 1–4 (× 25), a converted value 25–100, or
 * a percentage text of the converted value ("80,25%"). The two scales do not overlap.
 */
function toIkmKonversi(v: Arg): number | FormulaError {
  const r = toReading(v, "indeks");
  if (isFormulaError(r)) return r;
  if (r.percent) return toPoints(r.value, true, "nilai konversi IKM", 25, 100);
  if (r.value >= 1 && r.value <= 4) return ikmKonversi(r.value);
  if (r.value >= 25 && r.value <= 100) return r.value;
  if (r.value !== 0 && Math.abs(r.value) < 1) return toPoints(r.value, false, "nilai konversi IKM", 25, 100);
  return new FormulaError("#VALUE!", `indeks harus antara 1 dan 4 (atau nilai konversi 25–100), bukan ${r.value}`);
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
const GAYA: Record<string, "id" | "omspan"> = { id: "id", indonesia: "id", omspan: "omspan", "om-span": "omspan", en: "omspan", english: "omspan" };
const TANPA = /^(?:tanpa|tidak|tidak ada|none|no)$/i;

/**
 * A capaian bound (fraction 1,2 or text "120%"). Numbers above 10 are refused: 120 is almost
 * surely meant as 120%, and as a fraction it would be 12 000%.
 */
function toCapaianBound(v: Scalar, argName: string): number | null | undefined | FormulaError {
  if (isFormulaError(v)) return v;
  if (isBlank(v)) return undefined;
  if (typeof v === "string" && TANPA.test(v.trim())) return null;
  const r = toReading(v, argName);
  if (isFormulaError(r)) return r;
  if (!r.percent && Math.abs(r.value) > 10) {
    return new FormulaError("#VALUE!", `${argName} ${formatNumberId(r.value)} tampak seperti poin persen: tulis "${formatNumberId(r.value)}%" atau ${formatNumberId(shiftDecimal(r.value, -2))}`);
  }
  return r.value;
}

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

const noIkpaRules = (year: number): FormulaError => new FormulaError("#N/A", `tidak ada aturan IKPA untuk tahun ${year} (dikenal ${IKPA_YEARS.from}–${IKPA_YEARS.to})`);

function ikpaWeightsFor(year: number): number[] | FormulaError {
  const regime = ikpaRegime(year);
  if (!regime) return noIkpaRules(year);
  return regime.components.map((c) => c.weight);
}

function fnIkpaScore(nilaiArg: Arg, bobotAtauTahun: Arg, dispensasiArg: Arg): Out {
  const line = lineOf(nilaiArg, "nilai");
  if (isFormulaError(line)) return line;
  // Blank, "-" and "Nihil" cells are indicators not assessed (unverified for "Nihil": OM-SPAN shows
  // blanks). Some hosts pass a blank cell of a range as 0, so "-" is the reliable mark; 0 is a score.
  const readings: (Reading | null)[] = [];
  for (const [i, c] of line.entries()) {
    if (isBlank(c) || (typeof c === "string" && isNihilText(c))) {
      readings.push(null);
      continue;
    }
    const r = toReading(c, `nilai ke-${i + 1}`);
    if (isFormulaError(r)) return r;
    readings.push(r);
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
      // Weights are percent points: "10%" is 10, a fraction 0,1 is refused with the reason.
      const n = toPointsArg(c, `bobot ke-${i + 1}`);
      if (isFormulaError(n)) return n;
      bobot.push(n);
    }
  } else {
    if (isBlank(b)) return new FormulaError("#VALUE!", "bobot atau tahun wajib diisi");
    const y = toYear(b);
    if (isFormulaError(y)) return y;
    const w = ikpaWeightsFor(y);
    if (isFormulaError(w)) return w;
    if (w.length !== readings.length) {
      const names = ikpaRegime(y)!.components.map((c) => c.name).join(", ");
      return new FormulaError("#VALUE!", `tahun ${y} memakai ${w.length} nilai (${names}), bukan ${readings.length}`);
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
  // Each value up to the maximum its regulation defines (Revisi DIPA 110 from 2024); 100 otherwise.
  const maxima = readings.map((_, i) => (year !== null ? (ikpaRegime(year)!.components[i].max ?? 100) : 100));
  const nilai: (number | null)[] = [];
  for (const [i, r] of readings.entries()) {
    if (r === null) {
      nilai.push(null);
      continue;
    }
    const name = year !== null ? `nilai ke-${i + 1} (${ikpaRegime(year)!.components[i].name})` : `nilai ke-${i + 1}`;
    const p = toPoints(r.value, r.percent, name, 0, maxima[i]);
    if (isFormulaError(p)) return p;
    nilai.push(p);
  }
  return ikpaScore(nilai, bobot, dispensasi, maxima);
}

function fnIkpaYearRow(tahun: Arg, pick: "weight" | "name"): Out {
  const t = unwrap(tahun);
  if (Array.isArray(t)) return new FormulaError("#VALUE!", "tahun harus satu nilai, bukan rentang");
  const y = toYear(t);
  if (isFormulaError(y)) return y;
  const regime = ikpaRegime(y);
  if (!regime) return noIkpaRules(y);
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

/** "rata" (default, the exact mean), one weight for every unsur (0,111), or a range with one weight per unsur. */
function toIkmBobot(arg: Arg): "rata" | number | Scalar[] | FormulaError {
  const b = unwrap(arg);
  if (Array.isArray(b)) return cellsOf(b);
  if (isFormulaError(b)) return b;
  if (isBlank(b)) return "rata";
  if (typeof b === "string" && /^(?:rata|rata-rata|mean)$/i.test(b.trim())) return "rata";
  const n = toNumber(b, "bobot");
  return isFormulaError(n) ? n : n;
}

function fnIkm(nilaiArg: Arg, respondenArg: Arg, bobotArg: Arg): Out {
  const bobot = toIkmBobot(bobotArg);
  if (isFormulaError(bobot)) return bobot;
  if (bobot !== "rata") return fnIkmBerbobot(nilaiArg, respondenArg, bobot);
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

function fnIkmBerbobot(nilaiArg: Arg, respondenArg: Arg, bobot: number | Scalar[]): Out {
  if (!isBlank(unwrap(respondenArg)) || Array.isArray(unwrap(respondenArg))) {
    return new FormulaError("#VALUE!", "bobot per unsur dipakai pada nilai rata-rata per unsur (NRR), tanpa responden");
  }
  const nilaiCells = cellsOf(nilaiArg);
  if (Array.isArray(bobot) && bobot.length !== nilaiCells.length) {
    return new FormulaError("#VALUE!", `rentang bobot (${bobot.length} sel) harus sama ukurannya dengan nilai (${nilaiCells.length} sel)`);
  }
  const nilai: number[] = [];
  const weights: number[] = [];
  for (const [i, c] of nilaiCells.entries()) {
    if (isBlank(c) || (typeof c === "string" && isNihilText(c))) continue;
    const n = toNumber(c, "nilai");
    if (isFormulaError(n)) return n;
    nilai.push(n);
    if (Array.isArray(bobot)) {
      const w = toNumber(bobot[i], "bobot");
      if (isFormulaError(w)) return w;
      weights.push(w);
    }
  }
  return ikmBerbobot(nilai, Array.isArray(bobot) ? weights : bobot);
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

function fnAngka(teks: Scalar, gayaArg: Scalar): Out {
  if (isFormulaError(teks)) return teks;
  const gaya = toKeyword(gayaArg, "gaya", "id", GAYA);
  if (isFormulaError(gaya)) return gaya;
  if (typeof teks === "number") return Number.isFinite(teks) ? teks : new FormulaError("#VALUE!", "bukan angka");
  if (isBlank(teks)) return new FormulaError("#VALUE!", "teks kosong");
  if (typeof teks !== "string") return new FormulaError("#VALUE!", `bukan angka: ${show(teks)}`);
  if (isNihilText(teks)) return new FormulaError("#N/A", `Nihil: ${show(teks.trim())} bukan angka`);
  const p = parseNumberText(teks, { prefer: gaya });
  if (!p) return new FormulaError("#VALUE!", `bukan angka: ${show(teks)}`);
  return p.value;
}

type CatalogueFn = (...args: Arg[]) => Out;

const FUNCTIONS: Record<string, CatalogueFn> = {
  CAPAIAN: (realisasi, target, polaritas, metode, batasAtas, batasBawah) =>
    broadcast([realisasi, target, polaritas, metode, batasAtas, batasBawah], (r, t, p, m, ba, bb) => {
      const rn = toNumber(r, "realisasi");
      if (isFormulaError(rn)) return rn;
      const tn = toNumber(t, "target");
      if (isFormulaError(tn)) return tn;
      const pol = toKeyword(p, "polaritas", "positif", POLARITAS);
      if (isFormulaError(pol)) return pol;
      const met = toKeyword(m, "metode_negatif", "selisih", METODE);
      if (isFormulaError(met)) return met;
      const atas = toCapaianBound(ba, "batas");
      if (isFormulaError(atas)) return atas;
      const bawah = toCapaianBound(bb, "batas_bawah");
      if (isFormulaError(bawah)) return bawah;
      if (atas === null) return new FormulaError("#VALUE!", "batas: kosongkan untuk tanpa batas atas");
      const batas: CapaianBatas = {};
      if (atas !== undefined) batas.atas = atas;
      if (bawah !== undefined) batas.bawah = bawah;
      if (atas !== undefined && typeof bawah === "number" && bawah > atas) return new FormulaError("#VALUE!", "batas_bawah lebih besar dari batas");
      return capaian(rn, tn, pol, met, batas);
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

  IKPA_REVISI_DIPA: (revisiS1, revisiS2) =>
    broadcast([revisiS1, revisiS2], (a, b) => {
      const an = toNumber(a, "revisi_s1");
      if (isFormulaError(an)) return an;
      const bn = toNumber(b, "revisi_s2");
      if (isFormulaError(bn)) return bn;
      return revisiDipaNilai(an, bn);
    }),

  IKPA_KATEGORI: (nilai) =>
    broadcast([nilai], (v) => {
      const n = toPointsArg(v, "nilai IKPA");
      return isFormulaError(n) ? n : ikpaKategori(n);
    }),

  NK_PERENCANAAN: (capaianRo, penggunaanSbk, efisiensiSbk) =>
    broadcast([capaianRo, penggunaanSbk, efisiensiSbk], (a, b, c) => {
      const an = toPointsArg(a, "capaian_ro");
      if (isFormulaError(an)) return an;
      const bn = toPointsArg(b, "penggunaan_sbk");
      if (isFormulaError(bn)) return bn;
      const cn = toPointsArg(c, "efisiensi_sbk");
      if (isFormulaError(cn)) return cn;
      return nkPerencanaan(an, bn, cn);
    }),

  NKA: (perencanaan, pelaksanaan, tahun) =>
    broadcast([perencanaan, pelaksanaan, tahun], (a, b, y) => {
      if (!isBlank(y)) {
        const yn = toYear(y);
        if (isFormulaError(yn)) return yn;
        const problem = nkaYearProblem(yn);
        if (problem) return new FormulaError("#N/A", problem);
      }
      const an = toPointsArg(a, "nk_perencanaan");
      if (isFormulaError(an)) return an;
      const bn = toPointsArg(b, "nk_pelaksanaan");
      if (isFormulaError(bn)) return bn;
      return nka(an, bn);
    }),

  NKA_KATEGORI: (nilai) =>
    broadcast([nilai], (v) => {
      const n = toPointsArg(v, "nilai NKA");
      return isFormulaError(n) ? n : nkaKategori(n);
    }),

  IKM: (nilai, responden, bobot) => fnIkm(nilai, responden, bobot),

  IKM_KONVERSI: (indeks) =>
    broadcast([indeks], (v) => {
      const n = toRangedNumber(v, "indeks", 1, 4);
      return isFormulaError(n) ? n : ikmKonversi(n);
    }),

  IKM_MUTU: (indeks) =>
    broadcast([indeks], (v) => {
      const k = toIkmKonversi(v);
      return isFormulaError(k) ? k : ikmMutuKonversi(k);
    }),

  IKM_KINERJA: (indeks) =>
    broadcast([indeks], (v) => {
      const k = toIkmKonversi(v);
      return isFormulaError(k) ? k : ikmKinerjaKonversi(k);
    }),

  PREDIKAT_SAKIP: (nilai) =>
    broadcast([nilai], (v) => {
      const n = toPointsArg(v, "nilai SAKIP");
      return isFormulaError(n) ? n : predikatSakip(n);
    }),

  ANGKA: (teks, gaya) => broadcast([teks, gaya], fnAngka),

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
