// One "evaluate" per relation kind, with the same reading and tolerance as the audit rules:
// a relation holds when its target shows the figure its operands give (rounding or truncation
// at the target's display precision allowed). Diagnosis asks these under hypothetical values,
// so a relation kind added to src/core/relations.ts needs one case here to take part.
import { capaian } from "../../core/formulas/capaian";
import { isFormulaError } from "../../core/result";
import type { CellRef, Relation } from "../../core/relations";
import type { CellView } from "../../core/snapshot";
import { categoryFor, sameCategory, scoreForCategory, styledCategory } from "../categories";
import { shownAs } from "../rules/shared";
import { compareShown, isBlank, isDash, readNumber } from "../values";

export type View = (ref: CellRef) => CellView;

/** What a relation says about its (checked) cell: the figure it should show, and what it shows. */
export interface Evaluation {
  /** The cell the audit reports on (for "same" with authority "target", the operand). */
  checked: CellRef;
  expected: number | string;
  actual: number | string | null;
  holds: boolean;
}

function num(view: View, r: CellRef, blankAsZero: boolean): number | null {
  const v = view(r);
  const n = readNumber(v);
  if (n) return n.value;
  if (blankAsZero && (isBlank(v.value) || isDash(v.value))) return 0;
  return null;
}

/** The side of a "same" relation that is checked (the non-authoritative one) and its source. */
export function sameSides(rel: Relation): { checked: CellRef; source: CellRef } | null {
  const src = rel.operands[0];
  if (!src) return null;
  return rel.authority === "target" ? { checked: src, source: rel.target } : { checked: rel.target, source: src };
}

/** The figure the checked cell should hold, or null when the relation cannot be evaluated. */
export function expectedOf(rel: Relation, view: View): number | string | null {
  const ops = rel.operands;
  switch (rel.kind) {
    case "sum": {
      let s = 0;
      for (const o of ops) s += num(view, o, true) ?? 0;
      return s;
    }
    case "ratio": {
      const a = ops[0] ? num(view, ops[0], false) : null;
      const b = ops[1] ? num(view, ops[1], false) : null;
      if (a === null || b === null || b === 0) return null;
      return (a / b) * (rel.params?.scale ?? 1);
    }
    case "difference": {
      const a = ops[0] ? num(view, ops[0], true) : null;
      const b = ops[1] ? num(view, ops[1], true) : null;
      return a === null || b === null ? null : a - b;
    }
    case "same": {
      const sides = sameSides(rel);
      return sides ? num(view, sides.source, false) : null;
    }
    case "capaian": {
      const r = ops[0] ? readNumber(view(ops[0])) : null;
      const t = ops[1] ? readNumber(view(ops[1])) : null;
      if (!r || !t) return null;
      const c = capaian(r.value, t.value, rel.params?.polarity ?? "positif", rel.params?.metodeNegatif ?? "selisih");
      return isFormulaError(c) ? null : Math.min(c, rel.params?.cap ?? Infinity) * (rel.params?.scale ?? 1);
    }
    case "mean": {
      let s = 0;
      let n = 0;
      for (const o of ops) {
        const x = readNumber(view(o));
        if (x) {
          s += x.value;
          n++;
        }
      }
      return n ? s / n : null;
    }
    case "product": {
      if (!ops.length) return null;
      let p = rel.params?.factor ?? 1;
      for (const o of ops) {
        const x = num(view, o, false);
        if (x === null) return null;
        p *= x;
      }
      return p;
    }
    case "constant":
      return rel.params?.expected ?? null;
    case "category": {
      const score = ops[0] ? readNumber(view(ops[0])) : null;
      const scheme = rel.params?.scheme;
      // The score in the scheme's own units (IKM 85,9 is index 3,436), as the category-label rule reads it.
      const points = score && scheme ? scoreForCategory(scheme, score) : null;
      if (points === null || !scheme) return null;
      const label = view(rel.target).value;
      return styledCategory(typeof label === "string" ? label : "", categoryFor(scheme, points), scheme);
    }
    case "count": {
      let n = 0;
      for (const o of ops) {
        const v = view(o).value;
        if (!isBlank(v) && !isDash(v)) n++;
      }
      return n;
    }
  }
}

/** Evaluates a relation as the audit rule of its kind does; null when the rule would skip it. */
export function evaluate(rel: Relation, view: View): Evaluation | null {
  const checked = rel.kind === "same" ? sameSides(rel)?.checked : rel.target;
  if (!checked) return null;
  const expected = expectedOf(rel, view);
  if (expected === null) return null;
  const v = view(checked);
  if (rel.kind === "constant") {
    if (typeof expected === "number") {
      const n = readNumber(v);
      const actual = n ? n.value : isBlank(v.value) || isDash(v.value) ? null : NaN;
      return { checked, expected, actual: actual !== null && Number.isNaN(actual) ? String(v.value) : actual, holds: actual !== null && Math.abs(actual - expected) < 1e-9 };
    }
    const ok = typeof v.value === "string" && v.value.trim().toLowerCase() === expected.toLowerCase();
    return { checked, expected, actual: v.value === null ? null : String(v.value), holds: ok };
  }
  if (rel.kind === "category") {
    if (typeof v.value !== "string" || !v.value.trim() || typeof expected !== "string") return null;
    return { checked, expected, actual: v.value, holds: sameCategory(v.value, expected, rel.params?.scheme) };
  }
  if (typeof expected !== "number") return null;
  const reading = readNumber(v);
  if (!reading) return null;
  const shownRel = rel.kind === "same" && rel.authority === "target" ? { ...rel, label: rel.sourceLabel ?? rel.label } : rel;
  const s = shownAs(v, reading, shownRel);
  const cmp = compareShown(expected * s.factor, reading.value * s.factor, s.decimals);
  const tol = rel.params?.tolerance;
  return { checked, expected, actual: reading.value, holds: cmp !== "mismatch" || (!!tol && Math.abs(reading.value - expected) <= tol) };
}

/** Every cell a relation reads or checks. */
export function cellsOf(rel: Relation): CellRef[] {
  return [rel.target, ...rel.operands];
}
