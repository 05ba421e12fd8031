// Where each table of a plan sits: concrete rows (open rows filled in), sheet names after
// conflict handling, and the Locator the engine uses to turn DSL references into cells.

import type { CellAddr, Ctx, Locator } from "./engine";
import type { Ref, RowsRef, RowSpec, SampleData, TableSchema } from "./types";

export interface PlacedTable {
  schema: TableSchema;
  /** Final sheet name (after renaming on conflict). */
  sheet: string;
  /** 0-based row of the title; header is top + 1, first data row top + 2. */
  top: number;
  rows: RowSpec[];
  /** Final Excel name (suffixed when taken). */
  name: string;
}

/** Concrete rows of a table: open data rows (from the sample or blank) inserted in place. */
export function concreteRows(schema: TableSchema, sample?: SampleData): RowSpec[] {
  if (!schema.open) return schema.rows;
  const provided = sample?.[schema.name]?.rows;
  const open: RowSpec[] = provided
    ? provided.map((r) => ({ key: r.key, role: "data" }))
    : Array.from({ length: schema.open.blankRows }, (_, i) => ({ key: `${schema.open!.keyPrefix}${i + 1}`, role: "data" as const }));
  const at = schema.open.before ? schema.rows.findIndex((r) => r.key === schema.open!.before) : -1;
  return at < 0 ? [...schema.rows, ...open] : [...schema.rows.slice(0, at), ...open, ...schema.rows.slice(at)];
}

export function isOpenRow(schema: TableSchema, row: RowSpec): boolean {
  return !!schema.open && !schema.rows.some((r) => r.key === row.key);
}

/** Locator over placed tables; references to tables outside the plan resolve to null. */
export function planLocator(placed: Map<string, PlacedTable>): Locator {
  const find = (table: string | undefined, ctx: Ctx): PlacedTable | undefined => placed.get(table ?? ctx.table);
  const colIndex = (p: PlacedTable, col: string, ctx: Ctx): number => p.schema.columns.findIndex((c) => c.key === (col === "$" ? ctx.col : col));
  const rowIndex = (p: PlacedTable, row: string, ctx: Ctx): number => p.rows.findIndex((r) => r.key === (row === "$" ? ctx.row : row));
  return {
    cell(ref: Ref, ctx: Ctx): CellAddr | null {
      const p = find(ref.table, ctx);
      if (!p) return null;
      const c = colIndex(p, ref.col, ctx), r = rowIndex(p, ref.row, ctx);
      if (c < 0 || r < 0) throw new Error(`template bug: ${ref.table ?? ctx.table}.${ref.row}.${ref.col} not found`);
      return { sheet: p.sheet, row: p.top + 2 + r, col: c };
    },
    rows(ref: RowsRef, ctx: Ctx): CellAddr[] | null {
      const p = find(ref.table, ctx);
      if (!p) return null;
      const c = colIndex(p, ref.col, ctx);
      if (c < 0) throw new Error(`template bug: column ${ref.col} not in ${p.schema.name}`);
      const out: CellAddr[] = [];
      p.rows.forEach((r, i) => {
        const wanted = ref.rows === "data" ? (p.schema.open ? isOpenRow(p.schema, r) : (r.role ?? "data") === "data") : ref.rows.includes(r.key);
        if (wanted) out.push({ sheet: p.sheet, row: p.top + 2 + i, col: c });
      });
      return out;
    },
  };
}
