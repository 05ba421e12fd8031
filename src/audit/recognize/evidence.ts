// Stages 4–5: a relation hypothesis is checked against the workbook's own numbers, and a family
// of hypotheses (one kind over one table: "% = realisasi ÷ pagu in every row", "parent = Σ its
// children") is accepted only where most of the cells it covers satisfy it, or where the layout
// leaves a single reading ("Jumlah" under a flat list). Breakers of an accepted family are the
// audit's findings; a family no reading explains is dropped (the audit then says less).
import type { Bilingual } from "../../core/message";
import type { CategoryScheme, Polarity, Quantity, RelationKind } from "../../core/relations";
import { F_PERCENT, type Grid } from "./grid";

export type Cell = [row: number, col: number];

export interface Hyp {
  kind: RelationKind;
  target: Cell;
  operands: Cell[];
  params?: { scale?: number; split?: number; polarity?: Polarity; metodeNegatif?: "selisih" | "rasio"; cap?: number; scheme?: CategoryScheme; tolerance?: number; factor?: number };
  label: { id: string; en: string };
  quantity: Quantity;
}

export interface Family {
  sheet: string;
  /** What the family claims, for --explain, in both languages: "Jumlah = Σ baris tingkat teratas (Pagu, Realisasi)". */
  name: Bilingual;
  hyps: Hyp[];
  /** Accepted whatever the numbers say: the layout allows one reading only. */
  certain: boolean;
  /** Share of checked hypotheses that must hold. */
  threshold: number;
  holds: number;
  checked: number;
  accepted: boolean;
}

/** Does the target show what its operands give, at the precision it is shown (rounding or truncation)? */
export function holds(g: Grid, h: Hyp): boolean | null {
  const [tr, tc] = h.target;
  const act = g.num(tr, tc);
  if (Number.isNaN(act)) return null;
  const exp = expected(g, h);
  if (exp === null) return null;
  // 0 = 0 + 0 says nothing about which reading is right.
  if (act === 0 && exp === 0 && (h.kind === "sum" || h.kind === "difference")) return null;
  const shown = g.decimals(tr, tc);
  // Precision is counted in the units the cell shows: a fraction in a plain "0.0000" format shows
  // four decimals of the fraction (two of percent points), not four of percent points.
  const fraction = (h.kind === "ratio" || h.kind === "capaian") && h.params?.scale === 1;
  const pct = (g.flags(tr, tc) & F_PERCENT) !== 0 || (fraction && shown === undefined);
  const f = pct ? 100 : 1;
  const dec = shown ?? (Number.isInteger(act * f) ? (h.kind === "sum" || h.kind === "difference" ? 0 : 2) : Math.min(4, decimalsOf(act * f)));
  const tol = Math.max(Math.pow(10, -dec) + 1e-9 * Math.abs(act * f), (h.params?.tolerance ?? 0) * f);
  return Math.abs(exp * f - act * f) <= tol;
}

function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** The sums of the operands before and from `split` (a − b, a / b), or null when one is not a number. */
function splitSums(ops: readonly (readonly [number, number])[], split: number, read: (r: number, c: number) => number): [number, number] | null {
  let a = 0;
  let b = 0;
  for (let i = 0; i < ops.length; i++) {
    const v = read(ops[i][0], ops[i][1]);
    if (Number.isNaN(v)) return null;
    if (i < split) a += v;
    else b += v;
  }
  return [a, b];
}

export function expected(g: Grid, h: Hyp): number | null {
  const ops = h.operands;
  switch (h.kind) {
    case "sum": {
      let s = 0;
      for (const [r, c] of ops) {
        const v = g.part(r, c);
        if (Number.isNaN(v)) return null;
        s += v;
      }
      return s;
    }
    case "difference": {
      const ab = splitSums(ops, h.params?.split ?? 1, (r, c) => g.part(r, c));
      return ab && ab[0] - ab[1];
    }
    case "ratio": {
      const ab = splitSums(ops, h.params?.split ?? 1, (r, c) => g.num(r, c));
      if (!ab || ab[1] === 0) return null;
      return (ab[0] / ab[1]) * (h.params?.scale ?? 1);
    }
    case "capaian": {
      const a = g.num(ops[0][0], ops[0][1]);
      const b = g.num(ops[1][0], ops[1][1]);
      if (Number.isNaN(a) || Number.isNaN(b) || b === 0) return null;
      if (h.params?.polarity === "negatif" && h.params.metodeNegatif === "rasio" && a === 0) return null;
      const v = h.params?.polarity !== "negatif" ? a / b : h.params.metodeNegatif === "rasio" ? b / a : 2 - a / b;
      return Math.min(v, h.params?.cap ?? Infinity) * (h.params?.scale ?? 1);
    }
    case "product": {
      let p = h.params?.factor ?? 1;
      for (const [r, c] of ops) {
        const v = g.num(r, c);
        if (Number.isNaN(v)) return null;
        p *= v;
      }
      return p;
    }
    case "mean": {
      let s = 0;
      let n = 0;
      for (const [r, c] of ops) {
        const v = g.num(r, c);
        if (Number.isNaN(v)) continue;
        s += v;
        n++;
      }
      return n ? s / n : null;
    }
    default:
      return null;
  }
}

/** Counts how many hypotheses hold and decides the family. */
export function weigh(g: Grid, f: Family): Family {
  let ok = 0;
  let n = 0;
  for (const h of f.hyps) {
    const r = holds(g, h);
    if (r === null) continue;
    n++;
    if (r) ok++;
  }
  f.holds = ok;
  f.checked = n;
  f.accepted = f.certain || (n > 0 && ok >= f.threshold * n);
  return f;
}

/** Of several readings of the same cells, the one the numbers confirm most (first wins ties). */
export function bestReading(g: Grid, readings: Family[]): Family | undefined {
  let best: Family | undefined;
  for (const r of readings) {
    weigh(g, r);
    if (!best || r.holds > best.holds) best = r;
  }
  return best;
}
