// Category bands used by the category-label rule (DOMAIN.md §4–7). Kept here until
// src/core/formulas/categories.ts lands; then this delegates to it.
import type { CategoryScheme } from "../core/relations";

export function categoryFor(scheme: CategoryScheme, value: number): string {
  switch (scheme) {
    case "ikpa":
      return value >= 95 ? "Sangat Baik" : value >= 89 ? "Baik" : value >= 70 ? "Cukup" : "Kurang";
    case "nka":
      return value > 90 ? "Sangat Baik" : value > 80 ? "Baik" : value > 60 ? "Cukup" : value > 50 ? "Kurang" : "Sangat Kurang";
    case "ikm": {
      // Accepts the 1–4 index or the 25–100 converted value.
      const v = value <= 4 ? value * 25 : value;
      return v >= 88.31 ? "Sangat Baik" : v >= 76.61 ? "Baik" : v >= 65 ? "Kurang Baik" : "Tidak Baik";
    }
    case "sakip":
      return value > 90 ? "AA" : value > 80 ? "A" : value > 70 ? "BB" : value > 60 ? "B" : value > 50 ? "CC" : value > 30 ? "C" : "D";
  }
}

/** Normalises a category label for comparison ("SANGAT BAIK" = "Sangat baik"). */
export function sameCategory(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");
  return n(a) === n(b);
}
