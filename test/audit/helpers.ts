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
