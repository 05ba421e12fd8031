// Which cells of the template tables the schema computes with a formula (so a typed constant
// there is "a constant over a template formula"). Read from the same schemas the installer uses.
import type { CellRef, Relation } from "../core/relations";
import type { WorkbookSnapshot } from "../core/snapshot";
import { cellSpecOf } from "../templates/plan";
import { templateStructure, templateYear } from "../templates/resolve";
import { buildSchemas } from "../templates/schemas";

export function templateFormulaCells(snapshot: WorkbookSnapshot, relations: Relation[]): CellRef[] {
  const template = relations.filter((r) => r.origin === "template" && !r.id.endsWith(".check"));
  if (!template.length) return [];
  const year = templateYear(snapshot);
  if (year === null) return [];
  const schemas = new Map(buildSchemas(year, templateStructure(snapshot)).map((s) => [s.name, s]));
  const out: CellRef[] = [];
  const seen = new Set<string>();
  for (const rel of template) {
    const parts = rel.id.split(".");
    if (parts.length < 3) continue;
    const schema = schemas.get(parts[0]);
    if (!schema) continue;
    const rowKey = parts.slice(1, -1).join(".");
    const col = schema.columns.find((c) => c.key === parts[parts.length - 1]);
    const fixed = schema.rows.find((r) => r.key === rowKey);
    const row = fixed ?? (schema.open ? { key: rowKey, role: "data" as const } : undefined);
    if (!col || !row) continue;
    const spec = cellSpecOf(schema, row, col, !fixed);
    if (!spec || "labelText" in spec || !spec.formula) continue;
    const k = `${rel.target.sheet}!${rel.target.address}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(rel.target);
  }
  return out;
}
