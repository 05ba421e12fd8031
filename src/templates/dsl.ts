// Small constructors for the relation DSL, so schemas read like the report's own arithmetic.

import type { Polarity, CategoryScheme } from "../core/relations";
import type { CellSpec, Expr, Operand, Ref, RowsRef, Text } from "./types";

export const FMT = {
  rupiah: "#,##0",
  integer: "#,##0",
  percent: "0.00%",
  percent0: "0%",
  decimal2: "0.00",
  points: "0.00",
  weight: "0",
  weightPct: '0"%"',
  text: "@",
  general: "General",
} as const;

export const t = (id: string, en: string): Text => ({ id, en });

/** A cell of this table (or of `table`). */
export const ref = (row: string, col: string, table?: string): Ref => (table ? { table, row, col } : { row, col });
/** The cell of the row being defined. */
export const here = (col: string): Ref => ({ row: "$", col });
/** The same column, another row. */
export const col$ = (row: string, table?: string): Ref => ref(row, "$", table);
export const rowsOf = (rows: string[] | "data", col: string, table?: string): RowsRef => (table ? { table, rows, col } : { rows, col });

export const sum = (...of: Operand[]): Expr => ({ kind: "sum", of });
export const ratio = (num: Ref, den: Ref, whenZero: number | "" = "", scale = 1): Expr => ({ kind: "ratio", num, den, whenZero, scale });
export const diff = (a: Ref, b: Ref): Expr => ({ kind: "difference", a, b });
export const same = (of: Ref): Expr => ({ kind: "same", of });
export const capaianOf = (realisasi: Ref, target: Ref, polarity: Ref | Polarity): Expr => ({ kind: "capaian", realisasi, target, polarity });
export const mean = (of: Operand[], round?: number): Expr => ({ kind: "mean", of, round });
export const product = (of: Ref[], factor = 1, round?: number): Expr => ({ kind: "product", of, factor, round });
export const constant = (value: number | string): Expr => ({ kind: "constant", value });
export const category = (of: Ref, scheme: CategoryScheme): Expr => ({ kind: "category", of, scheme });
export const count = (of: RowsRef, equals?: string): Expr => ({ kind: "count", of, equals });

export const formula = (expr: Expr, extra: Omit<CellSpec, "formula"> = {}): CellSpec => ({ formula: expr, ...extra });
export const check = (expr: Expr, extra: Omit<CellSpec, "check"> = {}): CellSpec => ({ check: expr, input: true, ...extra });
export const input = (extra: Omit<CellSpec, "input"> = {}): CellSpec => ({ input: true, ...extra });
