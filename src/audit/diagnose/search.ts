// Root-cause search over the violated relations (model-based diagnosis after Reiter, with the
// constraint view of Exquisite and the dependency model of Hofer & Wotawa): the violations
// split into components that share cells; in each, single-cell changes are tried (value from
// solving each violated relation for that cell), kept only when no relation that holds (or
// could not be checked) breaks, and the one explaining the most violations is taken first.
// Greedy and bounded: the budget counts tried changes; what is left is reported unexplained.
import type { CellRef, Relation } from "../../core/relations";
import type { CellValue } from "../../core/snapshot";
import { shownAs } from "../rules/shared";
import { isBlank, readNumber } from "../values";
import { evaluate, expectedOf, type View } from "./kinds";
import { keyOf, Layer, Network } from "./network";

import type { FixTarget as FixCandidate } from "../types";

export type { FixCandidate };

export interface RootCause {
  /** One entry: the cell to change. Several: equally good alternatives (e.g. a total or one part). */
  candidates: FixCandidate[];
  /** Relations that hold again once the first candidate is applied. */
  explains: Relation[];
}

export interface DiagnoseBudget {
  /** Most single-cell changes tried in all (default 60 000). */
  maxTrials?: number;
  /** Most candidate cells looked at per violation (default 64). */
  maxCandidatesPerViolation?: number;
  /** Most alternatives listed for one root cause (default 64: every equally good cell, so the typed one is among them). */
  maxAlternatives?: number;
  /** Cells where the template puts a formula: a constant there is listed first among equally good cells. */
  formulaCells?: CellRef[];
  /** The workbook's sheet names: a formula's reference to any other sheet is never followed (or blamed). */
  sheets?: string[];
  /** The sheets holding any formula (omitted: unknown); a cell on any other sheet is known to be typed without reading it. */
  formulaSheets?: string[];
}

export interface Diagnosis {
  causes: RootCause[];
  /** Violated relations no single-cell change explains (reported as they are). */
  unexplained: Relation[];
  /** Of those, the ones not fully searched (budget ran out, or the evaluator could not check them). */
  unsearched: Relation[];
  /** Violations over a formula cell that holds an old result (recalculating is the fix), with that cell. */
  stale: { relation: Relation; cell: CellRef }[];
  trials: number;
  /** Set when the budget ran out; the violations not examined are left unexplained. */
  stoppedEarly?: { violations: number; examined: number };
}

interface Option {
  cell: string;
  value: CellValue;
  layer: Layer;
  /** Open relations that hold after the change. */
  held: Set<Relation>;
  /** Of those, the ones no still-broken relation feeds (the change explains them for sure). */
  resolved: Set<Relation>;
  /**
   * Other open relations the change reaches and leaves broken: a cell shared by several
   * violations that fixes one of them (E10 := 4,21 for its Ringkasan copy) while its other
   * relations still disagree with it is not their cause; the copy is.
   */
  spill: number;
  suspects: number;
  depth: number;
  penalty: number;
  /** A constant typed where the template puts a formula: listed first among equals, never chosen over them. */
  preferred: boolean;
  rounded: boolean;
  /** The change turns a figure that is not negative into a negative one (no typo does that). */
  implausible: boolean;
}

/**
 * Finds the root causes of `violated` (relations the audit reports as errors) in the network of
 * all `relations`. Pure; `view` reads the workbook as it is.
 */
export function diagnose(relations: Relation[], violated: Relation[], view: View, budget: DiagnoseBudget = {}): Diagnosis {
  const maxTrials = budget.maxTrials ?? 60_000;
  const maxCand = budget.maxCandidatesPerViolation ?? 64;
  const maxAlt = budget.maxAlternatives ?? 64;
  const net = new Network(relations, view, budget.sheets, budget.formulaSheets);
  const preferred = new Set((budget.formulaCells ?? []).map(keyOf));
  const direct = new Map<Relation, Set<string>>();
  const state = { trials: 0, committed: undefined as Layer | undefined };
  const causes: RootCause[] = [];
  const unexplained: Relation[] = [];
  const unsearched: Relation[] = [];
  // Only relations the evaluator also sees broken take part (the rules and it agree by design).
  const stale: Diagnosis["stale"] = [];
  const live = violated.filter((r) => {
    if (evaluate(r, view)?.holds !== false) return false;
    // A formula with an old result: no typed cell is to blame, recalculating is the fix.
    for (let i = -1; i < r.operands.length; i++) {
      const c = i < 0 ? r.target : r.operands[i];
      if (!net.staleFormula(keyOf(c))) continue;
      stale.push({ relation: r, cell: c });
      return false;
    }
    return true;
  });
  const liveSet = new Set(live);
  const staleSet = new Set(stale.map((x) => x.relation));
  for (const r of violated) {
    if (liveSet.has(r) || staleSet.has(r)) continue;
    unexplained.push(r);
    unsearched.push(r);
  }
  const influence = new Map<Relation, string[]>();
  for (const r of live) influence.set(r, net.influence(r));

  let examined = 0;
  for (const comp of components(live, influence)) {
    if (state.trials >= maxTrials) {
      unexplained.push(...comp);
      unsearched.push(...comp);
      continue;
    }
    examined += comp.length;
    solveComponent(comp);
  }
  const out: Diagnosis = { causes, unexplained, unsearched, stale, trials: state.trials };
  if (examined < live.length) out.stoppedEarly = { violations: live.length, examined };
  return out;

  function solveComponent(comp: Relation[]): void {
    const remaining = new Set(comp);
    const locked = new Set<string>();
    // The cause whose change last made a relation hold (it is credited once the relation is settled).
    const heldBy = new Map<Relation, RootCause>();
    while (remaining.size && state.trials < maxTrials) {
      const options = optionsFor(remaining, locked);
      if (!options.length) break;
      options.sort(compare);
      const best = options[0];
      // Equally good: the same violations explained from equally clean evidence. How far the cell
      // sits from the violation (a typed total, or a typed part behind its SUM) is no evidence.
      const alts = options.filter((o) => o.cell !== best.cell && equallyGood(o, best) && sameSet(o.held, best.held));
      const candidates: Option[] = [];
      for (const o of [best, ...alts]) if (!candidates.some((c) => c.cell === o.cell)) candidates.push(o);
      // A broken total or one of its parts: the relation's own cell first.
      const targets = new Set([...best.held].map((r) => keyOf(r.target)));
      candidates.sort((a, b) => Number(targets.has(b.cell)) - Number(targets.has(a.cell)));
      candidates.splice(maxAlt);
      const cause: RootCause = { candidates: candidates.map(toCandidate), explains: [] };
      causes.push(cause);
      // The search goes on as if one of the equals were applied: a constant typed over the
      // template's formula if there is one (the likelier slip).
      const commit = candidates.find((c) => c.preferred) ?? best;
      state.committed = mergeLayer(commit.layer);
      locked.add(commit.cell);
      for (const r of best.held) heldBy.set(r, cause);
      sweep(remaining, locked, heldBy, cause);
    }
    const outOfBudget = state.trials >= maxTrials;
    // What holds after every change is explained even if a violation next to it stayed open.
    const now = net.view(state.committed);
    for (const r of comp) {
      if (!remaining.has(r)) continue;
      const by = heldBy.get(r);
      if (by && evaluate(r, now)?.holds) {
        by.explains.push(r);
        remaining.delete(r);
      } else {
        unexplained.push(r);
        if (outOfBudget) unsearched.push(r);
      }
    }
  }

  /** Open relations, other than those it makes hold, that a change (the cells of its layer) reaches. */
  function spillOf(layer: Layer, held: Set<Relation>, remaining: Set<Relation>): number {
    const hit = new Set<Relation>();
    for (const k of layer.values.keys()) for (const rel of net.relationsAt(k)) if (remaining.has(rel) && !held.has(rel)) hit.add(rel);
    return hit.size;
  }

  /** Cells of the relations still broken under `view`. */
  function openCells(remaining: Set<Relation>, view: View, holding: Set<Relation>): Set<string> {
    const open = new Set<string>();
    for (const r of remaining) {
      if (holding.has(r)) continue;
      if (evaluate(r, view)?.holds) {
        holding.add(r);
        continue;
      }
      for (const c of directCells(r)) open.add(c);
    }
    return open;
  }

  /** A holding relation is settled when no cell it reads (other than fixed ones) is in a relation still broken. */
  function settled(r: Relation, open: Set<string>, fixed: (k: string) => boolean): boolean {
    for (const c of influence.get(r)!) if (open.has(c) && !fixed(c)) return false;
    return true;
  }

  /** Removes the relations that now hold and are settled, crediting the cause that made them hold. */
  function sweep(remaining: Set<Relation>, locked: Set<string>, heldBy: Map<Relation, RootCause>, last: RootCause): void {
    const holding = new Set<Relation>();
    const open = openCells(remaining, net.view(state.committed), holding);
    for (const r of holding) {
      if (!settled(r, open, (k) => locked.has(k))) continue;
      (heldBy.get(r) ?? last).explains.push(r);
      remaining.delete(r);
    }
  }

  function toCandidate(o: Option): FixCandidate {
    const ref = net.ref(o.cell);
    const v = net.baseView(o.cell);
    const n = readNumber(v);
    return {
      sheet: ref.sheet,
      cell: ref.address,
      value: typeof o.value === "number" || typeof o.value === "string" ? o.value : "",
      actual: n ? n.value : isBlank(v.value) ? null : typeof v.value === "string" ? v.value : null,
      formula: !!v.formula,
    };
  }

  /** Folds a trial layer into the committed state. */
  function mergeLayer(layer: Layer): Layer {
    const next = new Layer(state.committed);
    for (const [k, v] of layer.values) next.set(k, v);
    return next;
  }

  function optionsFor(remaining: Set<Relation>, locked: Set<string>): Option[] {
    const committedView = net.view(state.committed);
    // Cells of the relations still broken, and in how many each appears.
    const involved = new Map<string, number>();
    for (const r of remaining) if (evaluate(r, committedView)?.holds === false) for (const k of directCells(r)) involved.set(k, (involved.get(k) ?? 0) + 1);
    const options: Option[] = [];
    const tried = new Set<string>();
    for (const r of remaining) {
      const cells = influence.get(r)!.filter((k) => !locked.has(k) && eligible(k)).slice(0, maxCand);
      const own = new Set(influence.get(r)!);
      for (const k of cells) {
        const depth = directCells(r).has(k) ? 0 : 1;
        // Other cells of this relation that another violation also involves: the value solved
        // from it is only as good as they are.
        let suspects = 0;
        const mine = directCells(r);
        for (const x of own) if (x !== k && !locked.has(x) && (involved.get(x) ?? 0) - (mine.has(x) ? 1 : 0) > 0) suspects++;
        const point = solveFor(r, k, committedView);
        if (point === null) continue;
        for (const { value, rounded } of variants(k, point, r)) {
          const id = `${k}=${typeof value === "number" ? value.toPrecision(12) : value}`;
          if (tried.has(id)) {
            // Same change reached from another violation: keep the cleaner provenance.
            const prev = options.find((o) => o.cell === k && o.value === value);
            if (prev && (suspects < prev.suspects || (suspects === prev.suspects && depth < prev.depth))) {
              prev.suspects = suspects;
              prev.depth = depth;
            }
            continue;
          }
          tried.add(id);
          if (sameValue(committedView(net.ref(k)).value, value)) continue;
          if (state.trials >= maxTrials) return options;
          state.trials++;
          const o = trial(k, value, remaining, locked);
          if (!o) continue;
          const was = readNumber(committedView(net.ref(k)));
          const implausible = typeof value === "number" && value < 0 && (!was || was.value >= 0);
          // A constant typed over the template's formula is suspect already: what its change
          // reaches downstream (a mean, the Ringkasan copy of it) is its consequence, not a
          // sign that another cell is the cause.
          const pref = preferred.has(k);
          options.push({ ...o, spill: pref ? 0 : o.spill, suspects, depth, rounded, penalty: penaltyOf(k), preferred: pref, implausible });
        }
      }
    }
    return options;
  }

  function directCells(r: Relation): Set<string> {
    let d = direct.get(r);
    if (!d) direct.set(r, (d = new Set([r.target, ...r.operands].map(keyOf))));
    return d;
  }

  /** A cell diagnosis may change: typed (or blank) input, not a formula that follows its inputs. */
  function eligible(k: string): boolean {
    if (net.definingRelation(k)) return false;
    const v = net.baseView(k).value;
    return v === null || typeof v === "number" || typeof v === "string";
  }

  /** Formula cells without a defining relation, and the authoritative side of a copy, are blamed last. */
  function penaltyOf(k: string): number {
    let p = net.isFormula(k) ? 3 : 0;
    for (const rel of net.relationsAt(k)) {
      if (rel.kind !== "same" || !rel.authority) continue;
      const authoritative = rel.authority === "target" ? rel.target : rel.operands[0];
      if (authoritative && keyOf(authoritative) === k) p += 1;
    }
    return p;
  }

  function trial(k: string, value: CellValue, remaining: Set<Relation>, locked: Set<string>): Omit<Option, "suspects" | "depth" | "rounded" | "penalty" | "preferred" | "implausible"> | null {
    const layer = net.assign(state.committed, k, value);
    const before = net.view(state.committed);
    const after = net.view(layer);
    const checked = new Set<Relation>();
    // No relation that holds (or could not be checked) may break.
    for (const changed of layer.values.keys()) {
      for (const rel of net.relationsAt(changed)) {
        if (checked.has(rel) || remaining.has(rel)) continue;
        checked.add(rel);
        const now = evaluate(rel, after);
        if (now && !now.holds) {
          const was = evaluate(rel, before);
          if (!was || was.holds) return null;
        }
      }
    }
    const held = new Set<Relation>();
    const open = openCells(remaining, after, held);
    if (!held.size) return null;
    const resolved = new Set<Relation>();
    // The changed cell counts as settled only if no relation left broken still reads it.
    const fixedHere = !open.has(k);
    for (const r of held) if (settled(r, open, (c) => (c === k && fixedHere) || locked.has(c))) resolved.add(r);
    // Only relations this change touches count for it.
    const touched = new Set<string>(layer.values.keys());
    for (const r of [...held]) {
      if (!influence.get(r)!.some((c) => touched.has(c))) {
        held.delete(r);
        resolved.delete(r);
      }
    }
    return held.size ? { cell: k, value, layer, held, resolved, spill: spillOf(layer, held, remaining) } : null;
  }

  /** The value of cell k that makes relation r hold exactly (secant on the relation's residual). */
  function solveFor(r: Relation, k: string, base: View): CellValue | null {
    const ev0 = evaluate(r, base);
    const checkedKey = ev0 ? keyOf(ev0.checked) : keyOf(r.target);
    if (r.kind === "category" || (r.kind === "constant" && typeof r.params?.expected === "string")) {
      if (checkedKey !== k) return null;
      const e = expectedOf(r, base);
      return typeof e === "string" ? e : null;
    }
    if (r.kind === "count") {
      if (checkedKey !== k) return null;
      const e = expectedOf(r, base);
      return typeof e === "number" ? e : null;
    }
    const residual = (v: number): number | null => {
      const layer = net.assign(state.committed, k, v);
      const w = net.view(layer);
      const e = expectedOf(r, w);
      const a = readNumber(w(ev0?.checked ?? r.target));
      return typeof e === "number" && a ? e - a.value : null;
    };
    const cur = readNumber(net.view(state.committed)(net.ref(k)));
    // The residual is in the checked cell's unit (a fraction for a percentage), not k's (rupiah
    // behind that percentage): its tolerances scale with the checked figure.
    const shown = readNumber(base(ev0?.checked ?? r.target));
    const unit = Math.max(Math.abs(shown?.value ?? 0), Math.abs(typeof ev0?.expected === "number" ? ev0.expected : 0), 1e-9);
    // Holds already with k as it is (its formulas recomputed): k is not the cause.
    if (cur) {
      const here = residual(cur.value);
      if (here !== null && Math.abs(here) <= 1e-9 * unit) return null;
    }
    let x0 = cur ? cur.value : 0;
    let x1 = x0 !== 0 ? x0 * 1.001 : 1;
    let f0 = residual(x0);
    let f1 = residual(x1);
    if (f0 === null) {
      x0 = 1;
      f0 = residual(x0);
      x1 = 2;
      f1 = residual(x1);
    }
    for (let i = 0; i < 12; i++) {
      if (f0 === null || f1 === null) return null;
      if (Math.abs(f1) <= 1e-12 * unit) return x1;
      if (f1 === f0) return null;
      const x2 = x1 - (f1 * (x1 - x0)) / (f1 - f0);
      if (!Number.isFinite(x2)) return null;
      x0 = x1;
      f0 = f1;
      x1 = x2;
      f1 = residual(x1);
    }
    return f1 !== null && Math.abs(f1) <= 1e-9 * unit ? x1 : null;
  }

  /** The value as the cell would show it (what a user types) first, then the exact one. */
  function variants(k: string, point: CellValue, r: Relation): { value: CellValue; rounded: boolean }[] {
    if (typeof point !== "number") return [{ value: point, rounded: true }];
    const v = net.baseView(k);
    const relForShown = keyOf(r.target) === k ? r : (net.relationsAt(k)).find((x) => keyOf(x.target) === k);
    const s = shownAs(v, readNumber(v) ?? { value: point, fromText: false, percent: false, malformed: false, ambiguous: false }, relForShown);
    const f = Math.pow(10, s.decimals) * s.factor;
    const rounded = Math.round(point * f + Math.sign(point) * 1e-7) / f;
    const clean = Number(rounded.toPrecision(15));
    const exact = Number(point.toPrecision(15));
    return clean === exact ? [{ value: clean, rounded: true }] : [{ value: clean, rounded: true }, { value: exact, rounded: false }];
  }
}

/** Best first: explains more, with a value the cell can show, reaching no other open relation, from cleaner evidence, directly, typed and not authoritative. */
function compare(a: Option, b: Option): number {
  return (
    b.resolved.size - a.resolved.size ||
    b.held.size - a.held.size ||
    // A value the cell cannot show (57,047 in a count) is not what a person typed.
    Number(b.rounded) - Number(a.rounded) ||
    // Doubt on both sides: the solved value leans on cells other violations involve
    // (suspects), or the change reaches open relations it leaves broken (spill).
    a.suspects + a.spill - (b.suspects + b.spill) ||
    // Then the copy before its authoritative source, typed before formula.
    a.penalty - b.penalty ||
    a.suspects - b.suspects ||
    Number(a.implausible) - Number(b.implausible) ||
    a.depth - b.depth ||
    a.penalty - b.penalty ||
    // A constant typed where the template puts a formula is the likelier slip: it is listed
    // first among equals, never chosen over them (equallyGood ignores it).
    Number(b.preferred) - Number(a.preferred)
  );
}

/** As good as each other for the user to choose between (compare without distance or rounding). */
function equallyGood(a: Option, b: Option): boolean {
  // A value the cell cannot show (2.027,14 in a count) is no typo: it does not stand beside one it can.
  if (b.rounded && !a.rounded) return false;
  return a.resolved.size === b.resolved.size && a.held.size === b.held.size && a.spill === b.spill && a.suspects === b.suspects && a.implausible === b.implausible && a.penalty === b.penalty;
}

function sameValue(current: CellValue, next: CellValue): boolean {
  if (typeof next === "number") {
    const n = readNumber(current);
    return !!n && !n.fromText && Math.abs(n.value - next) <= 1e-12 * Math.max(1, Math.abs(next));
  }
  return current === next;
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Violations that share a cell (directly or through formula inputs) form one component. */
function components(live: Relation[], influence: Map<Relation, string[]>): Relation[][] {
  const parent = live.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  live.forEach((r, i) => {
    for (const k of influence.get(r)!) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Relation[]>();
  live.forEach((r, i) => {
    const g = find(i);
    const list = groups.get(g);
    if (list) list.push(r);
    else groups.set(g, [r]);
  });
  return [...groups.values()];
}

