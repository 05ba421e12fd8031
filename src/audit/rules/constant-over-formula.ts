// A constant typed where a formula belongs: template cells whose schema says formula, and a
// constant in the middle of a column of identical (relative) formulas.
import { parseA1, toA1 } from "../../core/address";
import { cellAt, getSheet, insideMerge, rowColumns, type SheetSnapshot } from "../../core/snapshot";
import type { Rule, RuleMeta } from "../types";

import { formatEn, formatId, readNumber } from "../values";

export const meta = {
  id: "constant-over-formula",
  name: { id: "Angka ketikan di tempat rumus", en: "Typed figure where a formula belongs" },
  severity: "warning" as const,
  codes: ["formula.constant", "formula.constant-among"],
  description: {
    id: "Sel yang seharusnya berisi rumus (dari templat, atau di tengah kolom rumus) tidak diketik angka tetap.",
    en: "Cells that should hold a formula (template cells, or within a column of formulas) are not typed over with a constant.",
  },
  docs: "docs/rules/constant-over-formula.md",
} satisfies RuleMeta;

/** Formula with A1 references replaced by offsets from the cell, so copied formulas compare equal. */
export function relativeShape(formula: string, row: number, col: number): string {
  return formula.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (_m, cAbs: string, letters: string, rAbs: string, digits: string) => {
    const p = parseA1(`${letters}${digits}`);
    const c = cAbs ? `C${p.col}` : `C[${p.col - col}]`;
    const r = rAbs ? `R${p.row}` : `R[${p.row - row}]`;
    return r + c;
  });
}

function shapeAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  const f = cellAt(sheet, row, col).formula;
  return f ? relativeShape(f, row, col) : null;
}

/** A relative shape with a reference R[0]C[0] would point at the cell it sits in. */
function refersToSelf(shape: string): boolean {
  return /R\[0\]C\[0\]/.test(shape);
}

export const rule: Rule = {
  meta,
  check(ctx) {
    const seen = new Set<string>();
    for (const r of ctx.options.formulaCells ?? []) {
      const sheet = getSheet(ctx.snapshot, r.sheet);
      if (!sheet) continue;
      const p = parseA1(r.address);
      const v = cellAt(sheet, p.row, p.col);
      const n = readNumber(v);
      if (v.formula || !n) continue;
      seen.add(`${sheet.name}!${r.address}`);
      // A typed figure that contradicts (or only rounds) its relation is already reported there;
      // what remains is a constant that matches today and will not follow its inputs tomorrow.
      if (ctx.findingsAt(sheet.name, r.address).length) continue;
      ctx.report({
        code: "formula.constant",
        sheet: sheet.name,
        cell: r.address,
        related: [],
        actual: n.value,
        origin: "template",
        params: { actual: formatId(n.value, Number.isInteger(n.value) ? 0 : 2), actual_en: formatEn(n.value, Number.isInteger(n.value) ? 0 : 2), cell: r.address },
      });
    }
    // Template sheets: their relations say which cells are formulas (options.formulaCells);
    // the neighbour heuristic is for free layouts, where it cannot mistake a label row's formula.
    const templated = new Set(ctx.relations.filter((r) => r.origin === "template").map((r) => r.target.sheet.toLowerCase()));
    for (const sheet of ctx.snapshot.sheets) {
      if (!sheet.formulas || templated.has(sheet.name.toLowerCase())) continue;
      for (let r = 1; r < sheet.values.length - 1; r++) {
        for (const c of rowColumns(sheet.values[r])) {
          const row = sheet.origin.row + r;
          const col = sheet.origin.col + c;
          const v = cellAt(sheet, row, col);
          if (v.formula || typeof v.value !== "number") continue;
          const above = shapeAt(sheet, row - 1, col);
          const below = shapeAt(sheet, row + 1, col);
          if (!above || above !== below || /SUM\(/i.test(above)) continue;
          // Not a column of computations: bare copies (=D43), literal arithmetic (=10000-4000),
          // a shape that would make this cell refer to itself, or the inner cell of a merge.
          if (!/R\[?-?\d*\]?C/.test(above) || /^=?\s*(('[^']+'|[A-Za-z0-9_.]+)!)?R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)\s*$/.test(above)) continue;
          if (refersToSelf(above)) continue;
          if (insideMerge(sheet, row, col)) continue;
          const address = toA1(row, col);
          if (seen.has(`${sheet.name}!${address}`) || ctx.findingsAt(sheet.name, address).length) continue;
          ctx.report({
            code: "formula.constant-among",
            sheet: sheet.name,
            cell: address,
            related: [{ sheet: sheet.name, cell: toA1(row - 1, col) }, { sheet: sheet.name, cell: toA1(row + 1, col) }],
            actual: v.value,
            origin: "cell",
            params: {
              actual: formatId(v.value, Number.isInteger(v.value) ? 0 : 2),
              actual_en: formatEn(v.value, Number.isInteger(v.value) ? 0 : 2),
              neighbor: cellAt(sheet, row - 1, col).formula ?? "",
              cell: address,
            },
          });
        }
      }
    }
  },
};
