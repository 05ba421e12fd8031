// Turns DSL expressions into (a) Excel formula text, (b) the value Excel would compute, and
// (c) core Relations — all three from the same expression, given where each cell sits.

import { toA1, quoteSheet } from "../core/address";
import type { CellRef, Relation, RelationKind } from "../core/relations";
import type { CellValue } from "../core/snapshot";
import { isCellError } from "../core/snapshot";
import { categoryFor } from "../core/formulas/categories";
import { roundTo } from "../core/numbers";
import type { Expr, Operand, Ref, RowsRef, CellSpec, Text } from "./types";
import { isRowsRef } from "./types";

export interface CellAddr {
  sheet: string;
  row: number;
  col: number;
}

/** The cell being defined: table, row key and column key (what "$" stands for). */
export interface Ctx {
  table: string;
  row: string;
  col: string;
}

/** Where cells are. Returns null when the referenced table is not in the workbook. */
export interface Locator {
  cell(ref: Ref, ctx: Ctx): CellAddr | null;
  rows(ref: RowsRef, ctx: Ctx): CellAddr[] | null;
}

const addrKey = (a: CellAddr): string => `${a.sheet}!${a.row},${a.col}`;

/** Every cell an expression reads, or null when one of its tables is missing. */
export function exprOperands(expr: Expr, loc: Locator, ctx: Ctx): CellAddr[] | null {
  const out: CellAddr[] = [];
  const add = (o: Operand | undefined): boolean => {
    if (!o) return true;
    if (isRowsRef(o)) {
      const rs = loc.rows(o, ctx);
      if (!rs) return false;
      out.push(...rs);
      return true;
    }
    const a = loc.cell(o, ctx);
    if (!a) return false;
    out.push(a);
    return true;
  };
  let ok = true;
  switch (expr.kind) {
    case "sum":
    case "mean":
      for (const o of expr.of) ok = add(o) && ok;
      if (expr.kind === "mean" && expr.weights) for (const w of expr.weights) ok = add(w) && ok;
      break;
    case "ratio":
      ok = add(expr.num) && add(expr.den);
      break;
    case "difference":
      ok = add(expr.a) && add(expr.b);
      break;
    case "same":
      ok = add(expr.of);
      break;
    case "capaian":
      ok = add(expr.realisasi) && add(expr.target) && (typeof expr.polarity === "string" || add(expr.polarity));
      break;
    case "product":
      for (const o of expr.of) ok = add(o) && ok;
      break;
    case "category":
      ok = add(expr.of);
      break;
    case "count":
      ok = add(expr.of);
      break;
    case "ikpaFinal":
      ok = add(expr.total) && add(expr.konversi) && add(expr.dispensasi);
      break;
    case "constant":
      break;
  }
  return ok ? out : null;
}

// ------------------------------------------------------------------ formula text

function a1(a: CellAddr, from: string): string {
  const local = toA1(a.row, a.col);
  return a.sheet === from ? local : `${quoteSheet(a.sheet)}!${local}`;
}

/** A1 list of cells, contiguous runs in one column collapsed to ranges ("C5:C7"). */
function a1List(cells: CellAddr[], from: string): string[] {
  const parts: string[] = [];
  let i = 0;
  const next = (a: CellAddr, b: CellAddr, dr: number, dc: number) => a.sheet === b.sheet && b.row === a.row + dr && b.col === a.col + dc;
  while (i < cells.length) {
    let j = i;
    // A run down one column, or along one row.
    if (i + 1 < cells.length && next(cells[i], cells[i + 1], 1, 0)) while (j + 1 < cells.length && next(cells[j], cells[j + 1], 1, 0)) j++;
    else while (j + 1 < cells.length && next(cells[j], cells[j + 1], 0, 1)) j++;
    parts.push(j > i ? `${a1(cells[i], from)}:${toA1(cells[j].row, cells[j].col)}` : a1(cells[i], from));
    i = j + 1;
  }
  return parts;
}

/** A1 references (runs collapsed) of operands as seen from `sheet`, or null when a table is missing. */
export function operandsA1(os: Operand[], loc: Locator, ctx: Ctx, sheet: string): { a1: string[]; cells: CellAddr[] } | null {
  const cells: CellAddr[] = [];
  for (const o of os) {
    const got = isRowsRef(o) ? loc.rows(o, ctx) : [loc.cell(o, ctx)];
    if (!got || got.some((g) => g === null)) return null;
    cells.push(...(got as CellAddr[]));
  }
  return { a1: a1List(cells, sheet), cells };
}

function factorText(factor: number | undefined): string {
  if (factor === undefined || factor === 1) return "";
  const inv = 1 / factor;
  return Number.isInteger(inv) ? `/${inv}` : `*${factor}`;
}

function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Excel formula text (with "="), English function names, "," separators. */
export function formulaText(expr: Expr, loc: Locator, ctx: Ctx, sheet: string, weightValues?: (a: CellAddr) => CellValue): string | null {
  const c = (r: Ref): string | null => {
    const a = loc.cell(r, ctx);
    return a ? a1(a, sheet) : null;
  };
  const list = (os: Operand[]): string[] | null => {
    const cells: CellAddr[] = [];
    for (const o of os) {
      const got = isRowsRef(o) ? loc.rows(o, ctx) : [loc.cell(o, ctx)];
      if (!got || got.some((g) => g === null)) return null;
      cells.push(...(got as CellAddr[]));
    }
    return a1List(cells, sheet);
  };
  switch (expr.kind) {
    case "sum": {
      const l = list(expr.of);
      return l ? `=SUM(${l.join(",")})` : null;
    }
    case "ratio": {
      const n = c(expr.num), d = c(expr.den);
      if (!n || !d) return null;
      const scale = expr.scale && expr.scale !== 1 ? `*${expr.scale}` : "";
      const zero = expr.whenZero === undefined || expr.whenZero === "" ? '""' : String(expr.whenZero);
      return `=IF(N(${d})=0,${zero},${n}/${d}${scale})`;
    }
    case "difference": {
      const a = c(expr.a), b = c(expr.b);
      return a && b ? `=${a}-${b}` : null;
    }
    case "same": {
      const a = c(expr.of);
      return a ? `=${a}` : null;
    }
    case "capaian": {
      const r = c(expr.realisasi), tg = c(expr.target);
      if (!r || !tg) return null;
      if (typeof expr.polarity === "string") {
        return `=IF(N(${tg})=0,"",${expr.polarity === "negatif" ? `2-${r}/${tg}` : `${r}/${tg}`})`;
      }
      const p = c(expr.polarity);
      if (!p) return null;
      return `=IF(N(${tg})=0,"",IF(${p}="negatif",2-${r}/${tg},${r}/${tg}))`;
    }
    case "mean": {
      const included = meanOperands(expr, loc, ctx, weightValues);
      if (!included) return null;
      if (included.length === 0) return '=""';
      const inner = `AVERAGE(${a1List(included, sheet).join(",")})`;
      return `=IFERROR(${expr.round !== undefined ? `ROUND(${inner},${expr.round})` : inner},"")`;
    }
    case "product": {
      const l: string[] = [];
      for (const o of expr.of) {
        const a = c(o);
        if (!a) return null;
        l.push(a);
      }
      const body = `${l.join("*")}${factorText(expr.factor)}`;
      return expr.round !== undefined ? `=ROUND(${body},${expr.round})` : `=${body}`;
    }
    case "category": {
      const x = c(expr.of);
      if (!x) return null;
      const bands =
        expr.scheme === "ikpa"
          ? `IF(${x}>=95,"Sangat Baik",IF(${x}>=89,"Baik",IF(${x}>=70,"Cukup","Kurang")))`
          : expr.scheme === "nka"
            ? `IF(${x}>90,"Sangat Baik",IF(${x}>80,"Baik",IF(${x}>60,"Cukup",IF(${x}>50,"Kurang","Sangat Kurang"))))`
            : null;
      return bands ? `=IF(ISNUMBER(${x}),${bands},"")` : null;
    }
    case "count": {
      const rs = loc.rows(expr.of, ctx);
      if (!rs) return null;
      if (rs.length === 0) return "=0";
      const range = a1List(rs, sheet);
      return expr.equals !== undefined ? `=${range.map((r) => `COUNTIF(${r},${str(expr.equals!)})`).join("+")}` : `=${range.map((r) => `COUNTA(${r})`).join("+")}`;
    }
    case "ikpaFinal": {
      const tot = c(expr.total), k = c(expr.konversi);
      if (!tot || !k) return null;
      const d = expr.dispensasi ? c(expr.dispensasi) : null;
      return `=IF(N(${k})=0,"",ROUND(${tot}*100/${k}${d ? `-${d}` : ""},2))`;
    }
    case "constant":
      return null;
  }
}

/** The mean's operands after dropping those whose paired weight cell is exactly 0 (not assessed). */
function meanOperands(expr: Extract<Expr, { kind: "mean" }>, loc: Locator, ctx: Ctx, weightValues?: (a: CellAddr) => CellValue): CellAddr[] | null {
  const cells: CellAddr[] = [];
  for (const o of expr.of) {
    const got = isRowsRef(o) ? loc.rows(o, ctx) : [loc.cell(o, ctx)];
    if (!got || got.some((g) => g === null)) return null;
    cells.push(...(got as CellAddr[]));
  }
  if (!expr.weights || !weightValues) return cells;
  const out: CellAddr[] = [];
  cells.forEach((cAddr, i) => {
    const w = expr.weights![i] ? loc.cell(expr.weights![i], ctx) : null;
    if (w && weightValues(w) === 0) return;
    out.push(cAddr);
  });
  return out;
}

// ------------------------------------------------------------------ evaluation (what Excel computes)

const ERR = (e: string): CellValue => ({ error: e });

function num(v: CellValue): number | CellValue {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isCellError(v)) return v;
  return ERR("#VALUE!");
}

/** Excel's N(): numbers stay, everything else is 0. */
const nOf = (v: CellValue): number => (typeof v === "number" ? v : 0);

/** Evaluates an expression the way Excel computes the formula formulaText writes. */
export function evaluate(expr: Expr, loc: Locator, ctx: Ctx, value: (a: CellAddr) => CellValue): CellValue {
  const v = (r: Ref): CellValue => {
    const a = loc.cell(r, ctx);
    return a ? value(a) : null;
  };
  const many = (os: Operand[]): CellValue[] => {
    const out: CellValue[] = [];
    for (const o of os) {
      if (isRowsRef(o)) out.push(...(loc.rows(o, ctx) ?? []).map(value));
      else out.push(v(o));
    }
    return out;
  };
  switch (expr.kind) {
    case "sum": {
      let s = 0;
      for (const x of many(expr.of)) {
        if (isCellError(x)) return x;
        if (typeof x === "number") s += x;
      }
      return s;
    }
    case "ratio": {
      const d = v(expr.den);
      if (nOf(d) === 0) return expr.whenZero === undefined ? "" : expr.whenZero;
      const n = num(v(expr.num));
      if (typeof n !== "number") return n;
      return (n / nOf(d)) * (expr.scale && expr.scale !== 1 ? expr.scale : 1);
    }
    case "difference": {
      const a = num(v(expr.a)), b = num(v(expr.b));
      if (typeof a !== "number") return a;
      if (typeof b !== "number") return b;
      return a - b;
    }
    case "same": {
      const x = v(expr.of);
      return x === null ? 0 : x;
    }
    case "capaian": {
      const tg = v(expr.target);
      if (nOf(tg) === 0) return "";
      const r = num(v(expr.realisasi));
      if (typeof r !== "number") return r;
      const pol = typeof expr.polarity === "string" ? expr.polarity : v(expr.polarity);
      const neg = typeof pol === "string" && pol.toLowerCase() === "negatif";
      return neg ? 2 - r / nOf(tg) : r / nOf(tg);
    }
    case "mean": {
      const cells = meanOperands(expr, loc, ctx, value) ?? [];
      const nums: number[] = [];
      for (const cAddr of cells) {
        const x = value(cAddr);
        if (isCellError(x)) return "";
        if (typeof x === "number") nums.push(x);
      }
      if (!nums.length) return "";
      let s = 0;
      for (const x of nums) s += x;
      const m = s / nums.length;
      return expr.round !== undefined ? roundTo(m, expr.round) : m;
    }
    case "product": {
      let p = 1;
      for (const o of expr.of) {
        const x = num(v(o));
        if (typeof x !== "number") return x;
        p *= x;
      }
      const f = expr.factor;
      if (f !== undefined && f !== 1) p = Number.isInteger(1 / f) ? p / (1 / f) : p * f;
      return expr.round !== undefined ? roundTo(p, expr.round) : p;
    }
    case "category": {
      const x = v(expr.of);
      if (typeof x !== "number") return "";
      return expr.scheme === "ikpa" || expr.scheme === "nka" ? categoryFor(expr.scheme, x) : "";
    }
    case "count": {
      const vals = (loc.rows(expr.of, ctx) ?? []).map(value);
      if (expr.equals === undefined) return vals.filter((x) => x !== null && x !== "").length;
      const want = expr.equals.toLowerCase();
      return vals.filter((x) => x !== null && String(x).toLowerCase() === want).length;
    }
    case "ikpaFinal": {
      const k = v(expr.konversi);
      if (nOf(k) === 0) return "";
      const tot = num(v(expr.total));
      if (typeof tot !== "number") return tot;
      const d = expr.dispensasi ? num(v(expr.dispensasi)) : 0;
      if (typeof d !== "number") return d;
      return roundTo((tot * 100) / nOf(k) - d, 2);
    }
    case "constant":
      return expr.value;
  }
}

// ------------------------------------------------------------------ relations

const toRef = (a: CellAddr): CellRef => ({ sheet: a.sheet, address: toA1(a.row, a.col) });

/** The core Relation a cell's formula or check stands for; null when it cannot be placed. */
export function toRelation(
  expr: Expr,
  spec: CellSpec,
  target: CellAddr,
  loc: Locator,
  ctx: Ctx,
  defaultLabel: Text,
  weightValues?: (a: CellAddr) => CellValue,
): Relation | null {
  const cell = (r: Ref) => loc.cell(r, ctx);
  let kind: RelationKind;
  let operands: (CellAddr | null)[] = [];
  const params: Relation["params"] = {};
  switch (expr.kind) {
    case "sum":
      kind = "sum";
      operands = exprOperands(expr, loc, ctx) ?? [null];
      break;
    case "mean":
      kind = "mean";
      operands = meanOperands(expr, loc, ctx, weightValues) ?? [null];
      break;
    case "ratio":
      kind = "ratio";
      operands = [cell(expr.num), cell(expr.den)];
      params.scale = expr.scale ?? 1;
      break;
    case "difference":
      kind = "difference";
      operands = [cell(expr.a), cell(expr.b)];
      break;
    case "same":
      kind = "same";
      operands = [cell(expr.of)];
      break;
    case "capaian":
      kind = "capaian";
      operands = [cell(expr.realisasi), cell(expr.target)];
      params.scale = 1;
      if (typeof expr.polarity === "string") params.polarity = expr.polarity;
      else {
        const p = cell(expr.polarity);
        const pv = p && weightValues ? weightValues(p) : null;
        params.polarity = typeof pv === "string" && pv.toLowerCase() === "negatif" ? "negatif" : "positif";
      }
      break;
    case "product":
      kind = "product";
      operands = expr.of.map(cell);
      params.factor = expr.factor ?? 1;
      break;
    case "constant":
      kind = "constant";
      params.expected = expr.value;
      break;
    case "category":
      kind = "category";
      operands = [cell(expr.of)];
      params.scheme = expr.scheme;
      break;
    case "count":
      kind = "count";
      {
        const rs = loc.rows(expr.of, ctx);
        if (!rs) return null;
        // Only rows holding the counted value are operands: the count is then "non-empty operands".
        operands = expr.equals === undefined || !weightValues ? rs : rs.filter((a) => String(weightValues(a) ?? "").toLowerCase() === expr.equals!.toLowerCase());
      }
      break;
    case "ikpaFinal": {
      // Checked as total / konversi × 100 when there is no dispensasi deduction.
      const d = expr.dispensasi ? cell(expr.dispensasi) : null;
      const dv = d && weightValues ? weightValues(d) : 0;
      if (typeof dv === "number" && dv !== 0) return null;
      kind = "ratio";
      operands = [cell(expr.total), cell(expr.konversi)];
      params.scale = 100;
      break;
    }
  }
  if (operands.some((o) => o === null)) return null;
  const rel: Relation = {
    id: `${ctx.table}.${ctx.row}.${ctx.col}`,
    kind,
    target: toRef(target),
    operands: (operands as CellAddr[]).map(toRef),
    label: spec.label ?? defaultLabel,
    origin: "template",
  };
  if (Object.keys(params).length) rel.params = params;
  if (spec.sourceLabel) rel.sourceLabel = spec.sourceLabel;
  if (spec.quantity) rel.quantity = spec.quantity;
  if (spec.authority) rel.authority = spec.authority;
  return rel;
}

export { addrKey };
