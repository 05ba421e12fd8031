// Category comparison for the category-label rule; the bands live in src/core/formulas/categories.ts.
export { categoryFor } from "../core/formulas/categories";

/** Normalises a category label for comparison ("SANGAT BAIK" = "Sangat baik"). */
export function sameCategory(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
  return n(a) === n(b);
}
