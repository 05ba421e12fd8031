// resolveTemplateRelations: finds each template table in a workbook snapshot by its Excel name
// (so it still works after rows were added or sheets renamed), matches rows by their label and
// columns by header, and emits the schema's relations on the actual cells for the auditor.

import { parseRange } from "../core/address";
import type { Relation } from "../core/relations";
import type { CellValue, WorkbookSnapshot, SheetSnapshot } from "../core/snapshot";
import { cellAt, getSheet, rowColumns, sheetWidth } from "../core/snapshot";
import { toRelation, type CellAddr, type Ctx, type Locator } from "./engine";
import { cellSpecOf } from "./plan";
import { buildSchemas } from "./schemas";
import type { Structure } from "./structure";
import type { Ref, RowSpec, RowsRef, TableSchema } from "./types";

interface FoundTable {
  schema: TableSchema;
  sheet: SheetSnapshot;
  /** Row key → absolute 0-based row. */
  rowAt: Map<string, number>;
  rows: RowSpec[];
  openKeys: Set<string>;
  /** Column key → absolute 0-based column. */
  colAt: Map<string, number>;
}

const norm = (v: CellValue): string => (v === null || v === undefined ? "" : String(v)).trim().replace(/\s+/g, " ").toLowerCase();

/** The report year of a workbook: from PNBP_/IKPA_ table names, else the template setting. */
export function templateYear(snapshot: WorkbookSnapshot): number | null {
  const years = snapshot.tables.map((t) => /^(?:PNBP|IKPA)_(\d{4})$/i.exec(t.name)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
  if (years.length) return Math.max(...years);
  const s = snapshot.settings["lkjip.template"];
  if (s) {
    try {
      const y = (JSON.parse(s) as { year?: unknown }).year;
      if (typeof y === "number") return y;
    } catch {
      return null;
    }
  }
  return null;
}

/** The structure a workbook was installed with (template setting); undefined for the sample's own layout. */
export function templateStructure(snapshot: WorkbookSnapshot): Structure | undefined {
  const s = snapshot.settings["lkjip.template"];
  if (!s) return undefined;
  try {
    const st = (JSON.parse(s) as { structure?: Structure }).structure;
    return st && Array.isArray(st.sasaran) && st.sasaran.every((x) => Array.isArray(x?.indikator)) && Number.isInteger(st.kegiatan) ? st : undefined;
  } catch {
    return undefined;
  }
}

/** The sheet holds some cell (value or formula) in row r. */
function rowHolds(sheet: SheetSnapshot, r: number): boolean {
  const i = r - sheet.origin.row;
  if (i < 0 || i >= sheet.values.length) return false;
  return sheet.values[i].length > 0 || (sheet.formulas?.[i]?.length ?? 0) > 0;
}

/** Row r holds a non-blank value or a formula between columns c0 and c1, visiting only held cells. */
function rowHoldsWithin(sheet: SheetSnapshot, r: number, c0: number, c1: number): boolean {
  const i = r - sheet.origin.row;
  if (!rowHolds(sheet, r)) return false;
  const vals = sheet.values[i];
  const frow = sheet.formulas?.[i];
  const within = (c: number) => c + sheet.origin.col >= c0 && c + sheet.origin.col <= c1;
  for (const c of rowColumns(vals)) if (within(c) && vals[c] !== "" && vals[c] !== null) return true;
  if (frow) for (const c of rowColumns(frow)) if (within(c) && frow[c]) return true;
  return false;
}

function findTable(snapshot: WorkbookSnapshot, schema: TableSchema): FoundTable | null {
  const t = snapshot.tables.find((x) => x.name === schema.name) ?? snapshot.tables.find((x) => x.name.toLowerCase() === schema.name.toLowerCase());
  if (!t) return null;
  const sheet = getSheet(snapshot, t.sheet);
  if (!sheet) return null;
  const declared = parseRange(t.range);
  const headerRow = declared.start.row;
  // A name may declare the whole grid: walk only what the sheet holds (and the schema's own
  // extent, so a fixed table's position fallback still sees its rows).
  const heldLastRow = sheet.origin.row + sheet.values.length - 1;
  const heldLastCol = sheet.origin.col + sheetWidth(sheet) - 1;
  const range = {
    start: declared.start,
    end: {
      row: Math.min(declared.end.row, Math.max(heldLastRow, headerRow + schema.rows.length)),
      col: Math.min(declared.end.col, Math.max(heldLastCol, declared.start.col + schema.columns.length - 1)),
    },
  };
  // Columns: by header text, else by position.
  const colAt = new Map<string, number>();
  const headers: string[] = [];
  for (let c = range.start.col; c <= range.end.col; c++) headers.push(norm(cellAt(sheet, headerRow, c).value));
  const firstAt = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h && !firstAt.has(h)) firstAt.set(h, i);
  });
  let headerHits = 0;
  schema.columns.forEach((col, i) => {
    const byHeader = firstAt.get(norm(col.header.id)) ?? firstAt.get(norm(col.header.en));
    if (byHeader !== undefined) headerHits++;
    colAt.set(col.key, range.start.col + (byHeader ?? i));
  });
  const labelCol = colAt.get(schema.labelCol)!;
  const rowAt = new Map<string, number>();
  const fixedByLabel = new Map<string, RowSpec>();
  for (const r of schema.rows) {
    const l = r.labels?.[schema.labelCol];
    if (l !== undefined && l !== null && l !== "") fixedByLabel.set(norm(l), r);
  }
  const rows: RowSpec[] = [];
  const openKeys = new Set<string>();
  let openN = 0;
  const unmatched: number[] = [];
  for (let r = headerRow + 1; r <= range.end.row; r++) {
    if (!rowHolds(sheet, r)) {
      // An empty row only matters to a fixed table's position fallback, within its own rows.
      if (!schema.open && r <= headerRow + schema.rows.length) unmatched.push(r);
      continue;
    }
    const label = norm(cellAt(sheet, r, labelCol).value);
    const fixed = label ? fixedByLabel.get(label) : undefined;
    if (fixed && !rowAt.has(fixed.key)) {
      rowAt.set(fixed.key, r);
      continue;
    }
    unmatched.push(r);
  }
  // Evidence that the name still marks our table (not a user's own range that shares the name):
  // most of its headers, or most of its fixed row labels, are the schema's.
  const fixedRows = fixedByLabel.size;
  const labelHits = rowAt.size;
  const headersAgree = headerHits * 2 >= schema.columns.length && headerHits >= Math.min(2, schema.columns.length);
  if (!headersAgree && !(fixedRows >= 3 && labelHits * 2 >= fixedRows)) return null;
  if (schema.open) {
    for (const r of unmatched) {
      if (!rowHoldsWithin(sheet, r, range.start.col, range.end.col)) continue;
      const key = `${schema.open.keyPrefix}${++openN}`;
      rowAt.set(key, r);
      openKeys.add(key);
    }
  } else {
    // Fixed tables whose labels were edited: fall back to the row's position.
    const isUnmatched = new Set(unmatched);
    schema.rows.forEach((spec, i) => {
      const r = headerRow + 1 + i;
      if (!rowAt.has(spec.key) && isUnmatched.has(r)) rowAt.set(spec.key, r);
    });
  }
  const ordered = [...rowAt.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  for (const k of ordered) rows.push(schema.rows.find((r) => r.key === k) ?? { key: k, role: "data" });
  return { schema, sheet, rowAt, rows, openKeys, colAt };
}

function locator(found: Map<string, FoundTable>): Locator {
  const get = (table: string | undefined, ctx: Ctx) => found.get(table ?? ctx.table);
  return {
    cell(ref: Ref, ctx: Ctx): CellAddr | null {
      const f = get(ref.table, ctx);
      if (!f) return null;
      const row = f.rowAt.get(ref.row === "$" ? ctx.row : ref.row);
      const col = f.colAt.get(ref.col === "$" ? ctx.col : ref.col);
      return row === undefined || col === undefined ? null : { sheet: f.sheet.name, row, col };
    },
    rows(ref: RowsRef, ctx: Ctx): CellAddr[] | null {
      const f = get(ref.table, ctx);
      if (!f) return null;
      const col = f.colAt.get(ref.col === "$" ? ctx.col : ref.col);
      if (col === undefined) return null;
      const keys = ref.rows === "data" ? f.rows.filter((r) => (f.schema.open ? f.openKeys.has(r.key) : (r.role ?? "data") === "data")).map((r) => r.key) : ref.rows;
      const out: CellAddr[] = [];
      for (const k of keys) {
        const row = f.rowAt.get(k);
        if (row === undefined) return null;
        out.push({ sheet: f.sheet.name, row, col });
      }
      return out.sort((a, b) => a.row - b.row);
    },
  };
}

/**
 * Relations of every template table present in the snapshot: formulas (sum, ratio, …) and
 * check-only relations (cross-sheet "same as", regulation weights). Tables not found, and
 * relations whose source table is missing, are left out.
 */
export function resolveTemplateRelations(snapshot: WorkbookSnapshot): Relation[] {
  const year = templateYear(snapshot);
  if (year === null) return [];
  const found = new Map<string, FoundTable>();
  for (const schema of buildSchemas(year, templateStructure(snapshot))) {
    const f = findTable(snapshot, schema);
    if (f) found.set(schema.name, f);
  }
  const loc = locator(found);
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const valueAt = (a: CellAddr): CellValue => {
    const s = sheets.get(a.sheet);
    return s ? cellAt(s, a.row, a.col).value : null;
  };
  const out: Relation[] = [];
  for (const f of found.values()) {
    for (const row of f.rows) {
      const open = f.openKeys.has(row.key);
      for (const col of f.schema.columns) {
        const spec = cellSpecOf(f.schema, row, col, open);
        if (!spec || "labelText" in spec) continue;
        const ctx: Ctx = { table: f.schema.name, row: row.key, col: col.key };
        const target = loc.cell({ row: "$", col: "$" }, ctx);
        if (!target) continue;
        const rowLabel = row.labels?.[f.schema.labelCol] ?? valueAt({ sheet: f.sheet.name, row: f.rowAt.get(row.key)!, col: f.colAt.get(f.schema.labelCol)! }) ?? row.key;
        const label = { id: `${f.schema.title.id}: ${rowLabel}, ${col.header.id}`, en: `${f.schema.title.en}: ${rowLabel}, ${col.header.en}` };
        for (const expr of [spec.formula, spec.check]) {
          if (!expr) continue;
          // A weight of 0 marks an indicator as not assessed (OM-SPAN), not a wrong weight.
          if (expr.kind === "constant" && valueAt(target) === 0) continue;
          const rel = toRelation(expr, spec, target, loc, ctx, label, valueAt);
          if (rel) out.push(spec.formula && spec.check && expr === spec.check ? { ...rel, id: `${rel.id}.check` } : rel);
        }
      }
    }
  }
  return out;
}
