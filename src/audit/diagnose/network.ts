// The constraint network: every relation the audit holds, indexed by cell, with the formula
// cells that follow their inputs (a formula cell recomputes from the relation that defines
// it). Values can be overridden in layers to ask "what if this cell held v?".
import { parseRange, toA1 } from "../../core/address";
import type { CellRef, Relation } from "../../core/relations";
import type { CellValue, CellView } from "../../core/snapshot";
import { cellsOf, expectedOf, type View } from "./kinds";

export function keyOf(r: CellRef): string {
  const a = r.address;
  // Most addresses are already plain upper-case A1: skip the regex and the copy (every relation cell is keyed).
  let plain = true;
  for (let i = 0; i < a.length; i++) {
    const ch = a.charCodeAt(i);
    if (ch === 36 || (ch >= 97 && ch <= 122)) {
      plain = false;
      break;
    }
  }
  return `${r.sheet}!${plain ? a : a.replace(/\$/g, "").toUpperCase()}`;
}

/** Per-cell overrides; `parent` holds earlier (committed) changes. */
export class Layer {
  readonly values = new Map<string, CellValue>();
  constructor(readonly parent?: Layer) {}
  get(k: string): CellValue | undefined {
    const v = this.values.get(k);
    if (v !== undefined || this.values.has(k)) return v;
    return this.parent?.get(k);
  }
  has(k: string): boolean {
    return this.values.has(k) || !!this.parent?.has(k);
  }
}

/** Most cells a formula's inputs are followed through (a grand total over a huge range). */
const MAX_INFLUENCE = 256;
/** Largest SUM range read from a formula's text as its defining relation. */
const MAX_SUM_CELLS = 256;
const SHEET = String.raw`(?:'((?:[^']|'')+)'!|([A-Za-z0-9_.]+)!)?`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
/** =A1, =$A$1, =Sheet!A1, ='My sheet'!A1. */
const REF_RE = new RegExp(String.raw`^=\s*${SHEET}(${CELL})\s*$`);
/** =SUM(A1:A9), one range, optionally on another sheet. */
const SUM_RE = new RegExp(String.raw`^=\s*SUM\(\s*${SHEET}(${CELL}(?::${CELL})?)\s*\)\s*$`, "i");

export class Network {
  readonly byCell = new Map<string, Relation[]>();
  private readonly defining = new Map<string, Relation | null>();
  private dependentsIdx: Map<string, string[]> | null = null;
  private readonly refs = new Map<string, CellRef>();

  private readonly sheets?: Set<string>;

  constructor(
    readonly relations: Relation[],
    private readonly base: View,
    sheets?: string[],
  ) {
    if (sheets) this.sheets = new Set(sheets.map((s) => s.toLowerCase()));
    for (const rel of relations) {
      // target then operands, as cellsOf lists them, without an array per relation
      for (let i = -1; i < rel.operands.length; i++) {
        const c = i < 0 ? rel.target : rel.operands[i];
        const k = keyOf(c);
        if (!this.refs.has(k)) this.refs.set(k, c);
        const list = this.byCell.get(k);
        if (list) {
          if (list[list.length - 1] !== rel) list.push(rel);
        } else this.byCell.set(k, [rel]);
      }
    }
  }

  ref(k: string): CellRef {
    return this.refs.get(k)!;
  }

  baseView(k: string): CellView {
    return this.base(this.ref(k));
  }

  isFormula(k: string): boolean {
    return !!this.baseView(k).formula;
  }

  /** A view of the workbook with the layer's values in place of the cells' own. */
  view(layer: Layer | undefined): View {
    if (!layer) return this.base;
    return (r) => {
      const v = this.base(r);
      const k = keyOf(r);
      return layer.has(k) ? { ...v, value: layer.get(k) ?? null } : v;
    };
  }

  /**
   * The relation a formula cell is computed by: one targeting it whose first operand its
   * formula mentions (a "same" check against another table does not define it).
   */
  definingRelation(k: string): Relation | null {
    if (this.defining.has(k)) return this.defining.get(k)!;
    let found: Relation | null = null;
    const f = this.baseView(k).formula;
    if (f) {
      const text = f.replace(/\$/g, "").toUpperCase();
      for (const rel of this.byCell.get(k) ?? []) {
        // A category formula (=IF(B10>=95,"Sangat Baik",…)) follows its score like any other.
        if (keyOf(rel.target) !== k || rel.kind === "constant") continue;
        if (rel.authority === "target" && rel.kind === "same") continue;
        const first = rel.operands[0];
        if (!first || !mentions(text, first.address.replace(/\$/g, "").toUpperCase())) continue;
        if (!found || (found.kind === "same" && rel.kind !== "same")) found = rel;
      }
      // No relation describes it: a plain reference or a SUM of one range still says which
      // inputs it follows (=B30, ='Lampiran OM-SPAN'!H14, =SUM(C35:C46)).
      if (!found) found = this.fromFormula(k, f);
    }
    this.defining.set(k, found);
    return found;
  }

  /**
   * The formula cell holds an old result: its own formula (a reference or a SUM of one range,
   * read from its text) gives another figure from the cells as they are. Excel recalculates; a
   * file saved without recalculation (or by another program) can carry such a value.
   */
  staleFormula(k: string): boolean {
    const f = this.refs.has(k) ? this.baseView(k).formula : null;
    if (!f) return false;
    const own = this.fromFormula(k, f);
    if (!own) return false;
    const cached = this.baseView(k).value;
    if (typeof cached !== "number") return false;
    // As Excel computes it: SUM skips text (a number typed as text is not added), a reference
    // shows what the cell holds.
    let e = 0;
    for (const o of own.operands) {
      const v = this.base(o).value;
      if (typeof v === "number") e += v;
      else if (own.kind === "same" || (v !== null && v !== "" && typeof v !== "string")) return false;
    }
    return Math.abs(e - cached) > 1e-9 * Math.max(1, Math.abs(e));
  }

  /** A defining relation read from a simple formula (reference or SUM of one range), else null. */
  private fromFormula(k: string, formula: string): Relation | null {
    const ref = REF_RE.exec(formula);
    const sum = ref ? null : SUM_RE.exec(formula);
    const m = ref ?? sum;
    if (!m) return null;
    const home = this.ref(k);
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? home.sheet;
    // A reference to a sheet the workbook does not hold (deleted, or another file's) names no cell here.
    if (this.sheets && !this.sheets.has(sheet.toLowerCase())) return null;
    let range;
    try {
      range = parseRange(m[3].replace(/\$/g, "").toUpperCase());
    } catch {
      return null;
    }
    const rows = range.end.row - range.start.row + 1;
    const cols = range.end.col - range.start.col + 1;
    const isSum = sum !== null;
    if ((!isSum && rows * cols !== 1) || rows * cols > MAX_SUM_CELLS) return null;
    const operands: CellRef[] = [];
    for (let r = range.start.row; r <= range.end.row; r++)
      for (let c = range.start.col; c <= range.end.col; c++) {
        const ref = { sheet, address: toA1(r, c) };
        const rk = keyOf(ref);
        if (!this.refs.has(rk)) this.refs.set(rk, ref);
        operands.push(this.refs.get(rk)!);
      }
    return { id: `formula:${k}`, kind: isSum ? "sum" : "same", target: home, operands, label: { id: home.address, en: home.address }, origin: "recognized" };
  }

  /** Formula cells computed (through their defining relation) from cell k. */
  dependents(k: string): string[] {
    if (!this.dependentsIdx) {
      const idx = new Map<string, string[]>();
      const seen = new Set<string>();
      // Every cell a relation names may be a formula; a formula read from its text can name
      // new cells (its inputs), which are visited in turn.
      const queue: string[] = [...this.refs.keys()];
      for (let i = 0; i < queue.length; i++) {
        const t = queue[i];
        if (seen.has(t)) continue;
        seen.add(t);
        const d = this.definingRelation(t);
        if (!d) continue;
        for (const o of d.operands) {
          const ok = keyOf(o);
          const list = idx.get(ok);
          if (list) list.push(t);
          else idx.set(ok, [t]);
          if (!seen.has(ok)) queue.push(ok);
        }
      }
      this.dependentsIdx = idx;
    }
    return this.dependentsIdx.get(k) ?? [];
  }

  /**
   * Sets k := value in a new layer over `parent` and recomputes the formula cells that follow
   * from it. Returns the layer (its keys are every changed cell).
   */
  assign(parent: Layer | undefined, k: string, value: CellValue): Layer {
    const layer = new Layer(parent);
    layer.values.set(k, value);
    const view = this.view(layer);
    const queue = [k];
    let steps = 0;
    while (queue.length && steps++ < 2000) {
      const cur = queue.shift()!;
      for (const f of this.dependents(cur)) {
        if (f === k) continue;
        const rel = this.definingRelation(f);
        if (!rel) continue;
        const e = expectedOf(rel, view);
        const next: CellValue = typeof e === "number" || typeof e === "string" ? e : "";
        const before = layer.has(f) ? layer.get(f) : this.baseView(f).value;
        if (before === next) continue;
        layer.values.set(f, next);
        queue.push(f);
      }
    }
    return layer;
  }

  /** Cells whose change can reach relation `rel`: its cells and, through formulas, their inputs. */
  influence(rel: Relation): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    const stack = cellsOf(rel).map(keyOf);
    while (stack.length && out.length < MAX_INFLUENCE) {
      const k = stack.pop()!;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(k);
      const d = this.refs.has(k) ? this.definingRelation(k) : null;
      if (d) for (const o of d.operands) stack.push(keyOf(o));
    }
    return out;
  }
}

function mentions(formula: string, address: string): boolean {
  let at = formula.indexOf(address);
  while (at >= 0) {
    const before = at > 0 ? formula.charCodeAt(at - 1) : 32;
    const after = at + address.length < formula.length ? formula.charCodeAt(at + address.length) : 32;
    const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!letter(before) && !letter(after)) return true;
    at = formula.indexOf(address, at + 1);
  }
  return false;
}
