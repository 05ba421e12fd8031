// Values outside what the quantity allows: negative pagu/realisasi, an index outside 1–4,
// capaian above a configurable bound (default 200%; no cap is prescribed for LKjIP).
import type { CellRef } from "../../core/relations";
import type { Rule, RuleMeta } from "../types";
import { formatEn, formatId, readNumber } from "../values";

export const meta = {
  id: "out-of-range",
  name: { id: "Nilai di luar batas wajar", en: "Implausible values" },
  severity: "warning" as const,
  codes: ["range.negative", "range.index", "range.capaian"],
  description: {
    id: "Nilai dalam rentang wajar: pagu/realisasi tidak negatif, indeks 1–4, capaian tidak melebihi batas (bawaan 200%).",
    en: "Values are in range: pagu/realisasi not negative, index within 1–4, capaian below a bound (default 200%).",
  },
  docs: "docs/rules/out-of-range.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    const bound = ctx.options.capaianUpperBound ?? 2;
    const done = new Set<string>();
    const once = (r: CellRef) => {
      const k = `${r.sheet}!${r.address}`;
      if (done.has(k)) return false;
      done.add(k);
      return true;
    };
    for (const rel of ctx.relations) {
      const q = rel.quantity;
      if (q !== "pagu" && q !== "realisasi" && q !== "index" && q !== "capaian") continue;
      const cells = rel.kind === "sum" ? [rel.target, ...rel.operands] : [rel.target];
      for (const c of cells) {
        const n = readNumber(ctx.view(c));
        if (!n) continue;
        const base = { sheet: c.sheet, cell: c.address, related: [], actual: n.value, origin: rel.origin, relation: rel.id };
        if ((q === "pagu" || q === "realisasi") && n.value < 0 && once(c)) {
          ctx.report({ ...base, code: "range.negative", params: { label: rel.label.id, label_en: rel.label.en, actual: formatId(n.value), actual_en: formatEn(n.value), cell: c.address } });
        } else if (q === "index" && c === rel.target && (n.value < 1 || n.value > 4) && once(c)) {
          ctx.report({ ...base, code: "range.index", params: { actual: formatId(n.value, 2), actual_en: formatEn(n.value, 2), cell: c.address } });
        } else if (q === "capaian" && c === rel.target) {
          const fraction = rel.params?.scale === 100 ? n.value / 100 : n.value;
          if (fraction > bound && once(c)) {
            ctx.report({
              ...base,
              code: "range.capaian",
              params: { actual: `${formatId(fraction * 100, 2)}%`, actual_en: `${formatEn(fraction * 100, 2)}%`, bound: `${formatId(bound * 100, 0)}%`, bound_en: `${formatEn(bound * 100, 0)}%` },
            });
          }
        }
      }
    }
  },
};
