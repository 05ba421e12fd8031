// The constraint network: every relation the audit holds, indexed by cell, with the formula
// cells that follow their inputs (a formula cell recomputes from the relation that defines
// it). Values can be overridden in layers to ask "what if this cell held v?".
import { parseRange, toA1 } from "../../core/address";
import type { CellRef, Relation } from "../../core/relations";
import type { CellValue, CellView } from "../../core/snapshot";
import { cellsOf, expectedOf, type View } from "./kinds";

/** The address as keys hold it: upper case, no $ (most addresses already are: no copy then). */
function plainAddress(a: string): string {
  for (let i = 0; i < a.length; i++) {
    const ch = a.charCodeAt(i);
    if (ch === 36 || (ch >= 97 && ch <= 122)) return a.replace(/\$/g, "").toUpperCase();
  }
  return a;
}

export function keyOf(r: CellRef): string {
  return `${r.sheet}!${plainAddress(r.address)}`;
}

/** Per-cell overrides; `parent` holds earlier (committed) changes. Set values with set(). */
export class Layer {
  readonly values = new Map<string, CellValue>();
  /** Addresses (without sheet) of every key here and in the parents: most reads are of cells no layer holds, rejected without building their key. */
  private readonly addresses: Set<string>;
  constructor(readonly parent?: Layer) {
    this.addresses = new Set(parent?.addresses);
  }
  set(k: string, v: CellValue): void {
    this.values.set(k, v);
    this.addresses.add(k.slice(k.lastIndexOf("!") + 1));
  }
  get(k: string): CellValue | undefined {
    const v = this.values.get(k);
    if (v !== undefined || this.values.has(k)) return v;
    return this.parent?.get(k);
  }
  has(k: string): boolean {
    return this.values.has(k) || !!this.parent?.has(k);
  }
  /** False when no key of this layer (or its parents) can be cell r's. */
  mayHold(r: CellRef): boolean {
    return this.addresses.has(plainAddress(r.address));
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

/** A cell some relation (or a formula read from its text) names: its reference and the relations over it. */
interface Entry {
  ref: CellRef;
  relations: Relation[];
  /** keyOf(ref), built when first asked for. */
  key?: string;
}

const NONE: readonly Relation[] = [];

export class Network {
  /** Sheet (as written) → address (as keys hold it) → the cell's reference and relations: no key string built per cell of a relation. */
  private readonly index = new Map<string, Map<string, Entry>>();
  /** Every entry, in the order relations first name the cells. */
  private readonly order: Entry[] = [];
  private readonly defining = new Map<string, Relation | null>();
  private dependentsIdx: Map<string, string[]> | null = null;

  private readonly sheets?: Set<string>;
  /** Lower-case names of the sheets holding any formula (undefined: unknown, every cell may hold one). */
  private readonly formulaSheets?: Set<string>;
  private readonly formulaSheetOf = new Map<string, boolean>();

  constructor(
    readonly relations: Relation[],
    private readonly base: View,
    sheets?: string[],
    formulaSheets?: string[],
  ) {
    if (sheets) this.sheets = new Set(sheets.map((s) => s.toLowerCase()));
    if (formulaSheets) this.formulaSheets = new Set(formulaSheets.map((s) => s.toLowerCase()));
    let sheet = "";
    let cells: Map<string, Entry> | undefined;
    for (const rel of relations) {
      // target then operands, as cellsOf lists them, without an array per relation
      for (let i = -1; i < rel.operands.length; i++) {
        const c = i < 0 ? rel.target : rel.operands[i];
        if (c.sheet !== sheet || !cells) cells = this.sheetIndex((sheet = c.sheet));
        const a = plainAddress(c.address);
        const e = cells.get(a);
        if (!e) this.add(cells, a, { ref: c, relations: [rel] });
        else if (e.relations[e.relations.length - 1] !== rel) e.relations.push(rel);
      }
    }
  }

  private sheetIndex(sheet: string): Map<string, Entry> {
    let m = this.index.get(sheet);
    if (!m) this.index.set(sheet, (m = new Map()));
    return m;
  }

  private add(cells: Map<string, Entry>, address: string, e: Entry): Entry {
    cells.set(address, e);
    this.order.push(e);
    return e;
  }

  private entry(k: string): Entry | undefined {
    const bang = k.lastIndexOf("!");
    return this.index.get(k.slice(0, bang))?.get(k.slice(bang + 1));
  }

  private static keyOfEntry(e: Entry): string {
    return (e.key ??= keyOf(e.ref));
  }

  /** The relations naming cell k (none: an empty list). */
  relationsAt(k: string): readonly Relation[] {
    return this.entry(k)?.relations ?? NONE;
  }

  ref(k: string): CellRef {
    return this.entry(k)!.ref;
  }

  baseView(k: string): CellView {
    return this.base(this.ref(k));
  }

  /** False when cell k's sheet holds no formula at all (no lookup of the cell needed). */
  private mayBeFormula(k: string): boolean {
    if (!this.formulaSheets) return true;
    const sheet = this.ref(k).sheet;
    let f = this.formulaSheetOf.get(sheet);
    if (f === undefined) this.formulaSheetOf.set(sheet, (f = this.formulaSheets.has(sheet.toLowerCase())));
    return f;
  }

  isFormula(k: string): boolean {
    return this.mayBeFormula(k) && !!this.baseView(k).formula;
  }

  /** A view of the workbook with the layer's values in place of the cells' own. */
  view(layer: Layer | undefined): View {
    if (!layer) return this.base;
    return (r) => {
      const v = this.base(r);
      if (!layer.mayHold(r)) return v;
      const k = keyOf(r);
      return layer.has(k) ? { ...v, value: layer.get(k) ?? null } : v;
    };
  }

  /**
   * The relation a formula cell is computed by: one targeting it whose first operand its
   * formula mentions (a "same" check against another table does not define it).
   */
  definingRelation(k: string): Relation | null {
    if (!this.mayBeFormula(k)) return null;
    if (this.defining.has(k)) return this.defining.get(k)!;
    let found: Relation | null = null;
    const f = this.baseView(k).formula;
    if (f) {
      const text = f.replace(/\$/g, "").toUpperCase();
      for (const rel of this.relationsAt(k)) {
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
    const f = this.entry(k) && this.mayBeFormula(k) ? this.baseView(k).formula : null;
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
        const address = toA1(r, c);
        const cells = this.sheetIndex(sheet);
        const e = cells.get(address) ?? this.add(cells, address, { ref: { sheet, address }, relations: [] });
        operands.push(e.ref);
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
      // A cell on a sheet without formulas defines nothing: skipped before any lookup.
      const queue: string[] = this.formulaSheets?.size === 0 ? [] : this.order.map(Network.keyOfEntry);
      for (let i = 0; i < queue.length; i++) {
        const t = queue[i];
        if (seen.has(t) || !this.mayBeFormula(t)) continue;
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
    layer.set(k, value);
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
        layer.set(f, next);
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
      const d = this.entry(k) ? this.definingRelation(k) : null;
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
