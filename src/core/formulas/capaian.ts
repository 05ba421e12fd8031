import { FormulaError } from "../result";
import type { Polarity } from "../relations";

export type MetodeNegatif = "selisih" | "rasio";

/**
 * Capaian (achievement) of an indicator as a fraction (1.1111 = 111,11%).
 * Positive polarity: realisasi / target. Negative polarity, "selisih" (default): 2 − R/T;
 * "rasio": T/R. Inputs are numbers already; text parsing happens in the caller.
 */
export function capaian(
  realisasi: number,
  target: number,
  polaritas: Polarity = "positif",
  metodeNegatif: MetodeNegatif = "selisih",
): number | FormulaError {
  if (!Number.isFinite(realisasi)) return new FormulaError("#VALUE!", "realisasi bukan angka");
  if (!Number.isFinite(target)) return new FormulaError("#VALUE!", "target bukan angka");
  if (polaritas === "negatif" && metodeNegatif === "rasio") {
    if (realisasi === 0) return new FormulaError("#DIV/0!", "realisasi 0: capaian T/R tidak dapat dihitung");
    return target / realisasi;
  }
  if (target === 0) return new FormulaError("#DIV/0!", "target 0: capaian tidak dapat dihitung");
  const ratio = realisasi / target;
  return polaritas === "negatif" ? 2 - ratio : ratio;
}
