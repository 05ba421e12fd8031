// Category comparison for the category-label rule; the bands live in src/core/formulas/categories.ts.
import { shiftDecimal } from "../core/numbers";
import type { CategoryScheme } from "../core/formulas/categories";
export { categoryFor } from "../core/formulas/categories";

/** Normalises a category label for comparison ("SANGAT BAIK" = "Sangat baik"). */
export function sameCategory(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
  return n(a) === n(b);
}

/**
 * The score a category label is judged by, in the scheme's own units, or null when it cannot be
 * told. IKPA, NKA and SAKIP are points 0–100: a percent-formatted 0,9702 or the text "97,02%" is
 * 97,02 points; a plain fraction below 1 is left alone (no verdict rather than a false "Kurang").
 * IKM takes the index 1–4; a converted value 25–100 (or "80,25%") is divided by 25.
 */
export function scoreForCategory(scheme: CategoryScheme, reading: { value: number; percent: boolean }): number | null {
  const v = reading.percent ? shiftDecimal(reading.value, 2) : reading.value;
  if (!reading.percent && v !== 0 && Math.abs(v) < 1) return null;
  if (scheme === "ikm" || scheme === "ikmMutu") {
    if (v >= 1 && v <= 4 && !reading.percent) return v;
    if (v >= 25 && v <= 100) return v / 25;
    return null;
  }
  return v;
}
