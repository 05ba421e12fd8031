// The same quantity agrees wherever it appears (pagu/realisasi across LKD, per sasaran, per
// jenis belanja/kegiatan/sumber dana, Ringkasan; realisasi vs data dukung).
import type { Relation } from "../../core/relations";
import type { Rule, RuleMeta } from "../types";
import { operandValue, ref, relationsOf, reportComputed } from "./shared";

export const meta = {
  id: "same-quantity",
  name: { id: "Angka yang sama di tempat lain", en: "The same figure elsewhere" },
  severity: "error" as const,
  codes: ["same.mismatch", "same.rounding"],
  description: {
    id: "Angka yang sama (pagu, realisasi, capaian) bernilai sama di setiap tabel dan lembar.",
    en: "The same figure (pagu, realisasi, capaian) agrees in every table and sheet.",
  },
  docs: "docs/rules/same-quantity.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const original of relationsOf(ctx, "same")) {
      const src = original.operands[0];
      if (!src) continue;
      // The finding goes on the non-authoritative side.
      const rel: Relation =
        original.authority === "target"
          ? { ...original, target: src, operands: [original.target], label: original.sourceLabel ?? original.label, sourceLabel: original.label }
          : original;
      const expected = operandValue(ctx, rel.operands[0], false);
      if (expected === null) continue;
      const source = rel.sourceLabel ?? { id: `sel ${ref(rel.operands[0])}`, en: `cell ${ref(rel.operands[0])}` };
      reportComputed(ctx, meta, rel, expected, "same", {
        source: source.id,
        source_en: source.en,
        related: ref(rel.operands[0]),
      });
    }
  },
};
