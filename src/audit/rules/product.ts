// IKPA nilai akhir = nilai × bobot / 100 (OM-SPAN shows it rounded to 2 decimals), NKA
// components, and other products.
import type { Rule, RuleMeta } from "../types";
import { operandValue, relationsOf, reportComputed, showOperand } from "./shared";

export const meta = {
  id: "product",
  name: { id: "Nilai × bobot", en: "Score × weight" },
  severity: "error" as const,
  codes: ["product.mismatch", "product.rounding"],
  description: {
    id: "Hasil kali (nilai akhir IKPA = nilai × bobot / 100, komponen NKA) dihitung dengan benar.",
    en: "Products (IKPA nilai akhir = nilai × bobot / 100, NKA components) are computed correctly.",
  },
  docs: "docs/rules/product.md",
} satisfies RuleMeta;

export const rule: Rule = {
  meta,
  check(ctx) {
    for (const rel of relationsOf(ctx, "product")) {
      const values = rel.operands.map((o) => operandValue(ctx, o, false));
      if (values.some((v) => v === null) || values.length === 0) continue;
      const factor = rel.params?.factor ?? 1;
      const product = (values as number[]).reduce((a, b) => a * b, 1) * factor;
      const factorText = factor === 1 ? "" : factor === 0.01 ? " / 100" : ` × ${factor}`;
      reportComputed(ctx, meta, rel, product, "product", () => ({
        factors: rel.operands.map((o) => showOperand(ctx, o, "id")).join(" × ") + factorText,
        factors_en: rel.operands.map((o) => showOperand(ctx, o, "en")).join(" × ") + factorText,
      }));
    }
  },
};
