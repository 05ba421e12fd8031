// The LKJIP.* function catalogue as plain functions over Excel-shaped arguments
// (scalars, null for omitted, 2-D arrays for ranges). Excel's custom functions and
// `lkjip fn` both call these, so a figure is computed one way only.

import { capaian, type MetodeNegatif } from "./formulas/capaian";
import { FormulaError, isFormulaError } from "./result";
import type { Polarity } from "./relations";

export type Arg = number | string | boolean | null | undefined | Arg[][];
export type Out = number | string | boolean | FormulaError | Out[][];

function toNumber(v: Arg, argName: string): number | FormulaError {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null || v === undefined || v === "") return new FormulaError("#VALUE!", `${argName} kosong`);
  if (typeof v === "string") {
    const n = Number(v.trim());
    if (v.trim() !== "" && Number.isFinite(n)) return n;
    return new FormulaError("#VALUE!", `${argName} bukan angka: '${v}'`);
  }
  return new FormulaError("#VALUE!", `${argName} harus satu nilai, bukan rentang`);
}

function toPolarity(v: Arg): Polarity | FormulaError {
  if (v === null || v === undefined || v === "") return "positif";
  const s = String(v).trim().toLowerCase();
  if (s === "positif" || s === "+" || s === "positive") return "positif";
  if (s === "negatif" || s === "-" || s === "negative") return "negatif";
  return new FormulaError("#VALUE!", `polaritas harus "positif" atau "negatif", bukan '${String(v)}'`);
}

function toMetode(v: Arg): MetodeNegatif | FormulaError {
  if (v === null || v === undefined || v === "") return "selisih";
  const s = String(v).trim().toLowerCase();
  if (s === "selisih" || s === "rasio") return s;
  return new FormulaError("#VALUE!", `metode_negatif harus "selisih" atau "rasio", bukan '${String(v)}'`);
}

/** Applies fn element-wise when any argument is a range, so one formula fills a column. */
export function broadcast(args: Arg[], fn: (...scalars: Arg[]) => Out): Out {
  const shapes = args.filter(Array.isArray) as Arg[][][];
  if (shapes.length === 0) return fn(...args);
  const rows = Math.max(...shapes.map((a) => a.length));
  const cols = Math.max(...shapes.map((a) => (a[0] ? a[0].length : 0)));
  const pick = (a: Arg, r: number, c: number): Arg => {
    if (!Array.isArray(a)) return a;
    const rr = a.length === 1 ? 0 : r;
    const row = a[rr] as Arg[] | undefined;
    if (!row) return new FormulaError("#N/A", "ukuran rentang tidak sama") as unknown as Arg;
    const cc = row.length === 1 ? 0 : c;
    return cc < row.length ? row[cc] : (new FormulaError("#N/A", "ukuran rentang tidak sama") as unknown as Arg);
  };
  const out: Out[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Out[] = [];
    for (let c = 0; c < cols; c++) {
      const scalars = args.map((a) => pick(a, r, c));
      const bad = scalars.find((s) => isFormulaError(s));
      line.push(bad ? (bad as unknown as FormulaError) : fn(...scalars));
    }
    out.push(line);
  }
  return out;
}

export const CATALOGUE: Record<string, (...args: Arg[]) => Out> = {
  CAPAIAN: (realisasi, target, polaritas, metode) =>
    broadcast([realisasi, target, polaritas, metode], (r, t, p, m) => {
      const rn = toNumber(r, "realisasi");
      if (isFormulaError(rn)) return rn;
      const tn = toNumber(t, "target");
      if (isFormulaError(tn)) return tn;
      const pol = toPolarity(p);
      if (isFormulaError(pol)) return pol;
      const met = toMetode(m);
      if (isFormulaError(met)) return met;
      return capaian(rn, tn, pol, met);
    }),
};

export function callFunction(name: string, args: Arg[]): Out {
  const fn = CATALOGUE[name.toUpperCase()];
  if (!fn) return new FormulaError("#NAME?", `fungsi tidak dikenal: ${name}`);
  try {
    return fn(...args);
  } catch (e) {
    return new FormulaError("#VALUE!", e instanceof Error ? e.message : String(e));
  }
}
