import { FormulaError } from "../result";
import type { Polarity } from "../relations";

export type MetodeNegatif = "selisih" | "rasio";

export interface CapaianBatas {
  /**
   * Upper cap as a fraction (1.2 = 120%). No national cap is prescribed for LKjIP; some pemda
   * and K/L cap at 120% (110% for organisation scores), so it is the user's choice. Omitted = none.
   */
  atas?: number;
  /**
   * Lower bound as a fraction. Omitted: 0 for negative polarity (a realisasi more than twice the
   * target would otherwise give a negative capaian, e.g. R 20, T 7 → −85,7%), none for positive.
   * null: no floor at all.
   */
  bawah?: number | null;
}

/**
 * Capaian (achievement) of an indicator as a fraction (1.1111 = 111,11%).
 * Positive polarity: realisasi / target. Negative polarity, "selisih" (default): 2 − R/T
 * (PermenPANRB 8/2021 attachment: (1 + (1 − R/T)) × 100%); "rasio": T/R. Then the optional
 * bounds (see CapaianBatas). Inputs are numbers already; text parsing happens in the caller.
 */
export function capaian(
  realisasi: number,
  target: number,
  polaritas: Polarity = "positif",
  metodeNegatif: MetodeNegatif = "selisih",
  batas: CapaianBatas = {},
): number | FormulaError {
  if (!Number.isFinite(realisasi)) return new FormulaError("#VALUE!", "realisasi bukan angka");
  if (!Number.isFinite(target)) return new FormulaError("#VALUE!", "target bukan angka");
  let value: number;
  if (polaritas === "negatif" && metodeNegatif === "rasio") {
    if (realisasi === 0) return new FormulaError("#DIV/0!", "realisasi 0: capaian T/R tidak dapat dihitung");
    value = target / realisasi;
  } else {
    if (target === 0) return new FormulaError("#DIV/0!", "target 0: capaian tidak dapat dihitung");
    const ratio = realisasi / target;
    value = polaritas === "negatif" ? 2 - ratio : ratio;
  }
  const floor = batas.bawah === undefined ? (polaritas === "negatif" ? 0 : null) : batas.bawah;
  if (floor !== null && value < floor) value = floor;
  if (batas.atas !== undefined && value > batas.atas) value = batas.atas;
  return value;
}
