// Small builders for audit tests: a sheet from a grid (A1 at top-left), relations, one rule run.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import type { Relation, RelationKind } from "../../src/core/relations";
import { runRules } from "../../src/audit/engine";
import { ruleById } from "../../src/audit/rules";
import type { AuditOptions, Finding } from "../../src/audit/types";

export function sheet(name: string, values: CellValue[][], extra: { formulas?: (string | null)[][]; numberFormats?: string[][] } = {}): SheetSnapshot {
  const width = Math.max(...values.map((r) => r.length), 1);
  const pad = <T>(rows: T[][] | undefined, fill: T): T[][] | undefined =>
    rows ? values.map((_, i) => Array.from({ length: width }, (_x, j) => rows[i]?.[j] ?? fill)) : undefined;
  return {
    name,
    origin: { row: 0, col: 0 },
    values: values.map((r) => Array.from({ length: width }, (_x, j) => r[j] ?? null)),
    formulas: pad(extra.formulas, null),
    numberFormats: pad(extra.numberFormats, "General"),
  };
}

export function wb(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, tables: [], settings: {} };
}

export function rel(kind: RelationKind, target: string, operands: string[], extra: Partial<Relation> = {}): Relation {
  const r = (s: string) => {
    const [sh, a] = s.includes("!") ? s.split("!") : ["S", s];
    return { sheet: sh, address: a };
  };
  return {
    id: `test:${target}`,
    kind,
    target: r(target),
    operands: operands.map(r),
    label: { id: "Nilai", en: "Value" },
    origin: "template",
    ...extra,
  };
}

/** Runs one rule only, without recognition. */
export function runRule(id: string, snapshot: WorkbookSnapshot, relations: Relation[] = [], options: AuditOptions = {}): Finding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return runRules(snapshot, relations, options, [rule]);
}

export function where(f: Finding[]): string[] {
  return f.map((x) => `${x.sheet}!${x.cell} ${x.severity} ${x.code}`);
}

/**
 * A budget table as a new user types it — Pagu | Realisasi | Sisa per jenis belanja (rows 2–4)
 * with a typed Jumlah row 5 — and its seven relations (three column sums, four row Sisa). Pagu and
 * Sisa are fixed; the realisasi of the three rows and their total are the caller's.
 */
export function budgetTable(realisasi: [number, number, number], total: number): { rows: CellValue[][]; relations: Relation[] } {
  const rows: CellValue[][] = [
    ["Uraian", "Pagu", "Realisasi", "Sisa"],
    ["Belanja Pegawai", 500000000, realisasi[0], 20000000],
    ["Belanja Barang", 300000000, realisasi[1], 50000000],
    ["Belanja Modal", 200000000, realisasi[2], 73629500],
    ["Jumlah", 1000000000, total, 143629500],
  ];
  const relations = [
    rel("sum", "B5", ["B2", "B3", "B4"]),
    rel("sum", "C5", ["C2", "C3", "C4"]),
    rel("sum", "D5", ["D2", "D3", "D4"]),
    rel("difference", "D2", ["B2", "C2"]),
    rel("difference", "D3", ["B3", "C3"]),
    rel("difference", "D4", ["B4", "C4"]),
    rel("difference", "D5", ["B5", "C5"]),
  ].map((r, i) => ({ ...r, id: `t${i}` }));
  return { rows, relations };
}
