// Helpers shared by the relation rules: reading operands, display precision, formatting and
// the rounding-aware report of "expected vs actual".
import type { CellRef, Relation } from "../../core/relations";
import type { CellView } from "../../core/snapshot";
import type { ReportedCode } from "../messages";
import type { RuleContext, RuleMeta } from "../types";
import { compareShown, formatDecimals, formatEn, formatId, isBlank, isDash, readNumber, type NumberReading } from "../values";

export function ref(r: CellRef): string {
  return `${r.sheet}!${r.address}`;
}

/** Percent-shaped quantities shown with 2 decimals by default. */
const PERCENT_QUANTITIES = new Set(["persen", "capaian"]);
const SCORE_QUANTITIES = new Set(["persen", "capaian", "index", "score", "weight"]);

export interface Shown {
  /** Multiply a cell value by this to get the shown figure (100 for fractions shown as %). */
  factor: number;
  decimals: number;
  percent: boolean;
}

/** How a cell's figure is shown: percent or not, and how many decimals. */
export function shownAs(view: CellView, reading: NumberReading | null, rel: Relation | undefined): Shown {
  const scale = rel?.params?.scale;
  const percentFraction = reading?.percent === true || (scale === 1 && PERCENT_QUANTITIES.has(rel?.quantity ?? ""));
  const fmtDec = typeof view.value === "number" ? formatDecimals(view.numberFormat) : null;
  let decimals: number;
  // A fraction in a plain "0.0000" format shows four decimals of the fraction: two of percent points.
  if (fmtDec !== null) decimals = percentFraction && !reading?.percent ? Math.max(0, fmtDec - 2) : fmtDec;
  else if (reading?.fromText && reading.decimals !== undefined && reading.decimals > 0) decimals = reading.decimals;
  else if (percentFraction || SCORE_QUANTITIES.has(rel?.quantity ?? "") || scale === 100) decimals = 2;
  else if (reading && !Number.isInteger(reading.value) && !percentFraction) decimals = 2;
  else decimals = 0;
  return { factor: percentFraction ? 100 : 1, decimals, percent: percentFraction || scale === 100 };
}

export function show(value: number, s: Shown, lang: "id" | "en"): string {
  const text = (lang === "id" ? formatId : formatEn)(value * s.factor, s.decimals);
  return s.percent ? `${text}%` : text;
}

/** Numeric operand: number, text number, or 0 for "-"/blank when blanks count as zero. */
export function operandValue(ctx: RuleContext, r: CellRef, blankAsZero: boolean): number | null {
  const v = ctx.view(r);
  const n = readNumber(v);
  if (n) return n.value;
  if (blankAsZero && (isBlank(v.value) || isDash(v.value))) return 0;
  return null;
}

export function labelOf(rel: Relation): { id: string; en: string } {
  return rel.label ?? { id: "Nilai", en: "Value" };
}

/** Prefixes P of the catalogue with both a `P.mismatch` and a `P.rounding` code. */
export type ComputedPrefix = {
  [C in ReportedCode]: C extends `${infer P}.mismatch` ? (`${P}.rounding` extends ReportedCode ? P : never) : never;
}[ReportedCode];

/**
 * Compares the target cell of `rel` with `expected` at the displayed precision and reports a
 * finding: error on a real difference, info when rounding/truncation explains it.
 */
export function reportComputed(
  ctx: RuleContext,
  meta: RuleMeta,
  rel: Relation,
  expected: number,
  codePrefix: ComputedPrefix,
  params: Record<string, string | number> | (() => Record<string, string | number>),
): void {
  const view = ctx.view(rel.target);
  const reading = readNumber(view);
  if (!reading) return;
  const s = shownAs(view, reading, rel);
  const exp = expected;
  let cmp = compareShown(exp * s.factor, reading.value * s.factor, s.decimals);
  if (cmp === "equal") return;
  // Parts typed rounded: a difference within what their rounding explains is rounding.
  if (cmp === "mismatch" && rel.params?.tolerance && Math.abs(reading.value - exp) <= rel.params.tolerance) cmp = "rounding";
  const label = labelOf(rel);
  const diff = reading.value - exp;
  ctx.report({
    code: `${codePrefix}.${cmp === "rounding" ? "rounding" : "mismatch"}`,
    severity: cmp === "rounding" ? "info" : meta.severity,
    sheet: rel.target.sheet,
    cell: rel.target.address,
    related: rel.operands.map((o) => ({ sheet: o.sheet, cell: o.address })),
    expected: round(exp),
    actual: round(reading.value),
    relation: rel.id,
    origin: rel.origin,
    params: {
      label: label.id,
      label_en: label.en,
      actual: show(reading.value, s, "id"),
      actual_en: show(reading.value, s, "en"),
      expected: show(exp, s, "id"),
      expected_en: show(exp, s, "en"),
      diff: show(Math.abs(diff), s, "id"),
      diff_en: show(Math.abs(diff), s, "en"),
      cell: rel.target.address,
      operands: listCells(rel),
      ...(typeof params === "function" ? params() : params),
    },
  });
}

/** Operand cells for a message; long lists are shortened to "D35 … D46 (12 sel)". */
function listCells(rel: Relation): string {
  const names = rel.operands.map((o) => (o.sheet === rel.target.sheet ? o.address : ref(o)));
  return names.length > 6 ? `${names[0]} … ${names[names.length - 1]} (${names.length})` : names.join(", ");
}

function round(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}

const byKind = new WeakMap<Relation[], Map<string, Relation[]>>();

/** Relations of one kind; grouped once per relation list (every rule asks). */
export function relationsOf(ctx: RuleContext, kind: Relation["kind"]): Relation[] {
  let m = byKind.get(ctx.relations);
  if (!m) {
    m = new Map();
    for (const r of ctx.relations) {
      const list = m.get(r.kind);
      if (list) list.push(r);
      else m.set(r.kind, [r]);
    }
    byKind.set(ctx.relations, m);
  }
  return m.get(kind) ?? [];
}

/** Formats an operand as it is shown in its own cell. */
export function showOperand(ctx: RuleContext, r: CellRef, lang: "id" | "en"): string {
  const v = ctx.view(r);
  const n = readNumber(v);
  if (!n) return typeof v.value === "string" ? v.value : "-";
  return show(n.value, shownAs(v, n, undefined), lang);
}

/** One side of a ratio/difference: a single operand as shown, or "(a + b)" over column groups. */
export function showSide(ctx: RuleContext, refs: CellRef[], lang: "id" | "en"): string {
  if (refs.length === 1) return showOperand(ctx, refs[0], lang);
  return `(${refs.map((r) => showOperand(ctx, r, lang)).join(" + ")})`;
}
