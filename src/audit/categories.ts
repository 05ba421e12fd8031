// Category comparison for the category-label rule; the bands live in src/core/formulas/categories.ts.
import { shiftDecimal } from "../core/numbers";
import type { CategoryScheme } from "../core/formulas/categories";
export { categoryFor } from "../core/formulas/categories";
import { predikatSakipArti } from "../core/formulas/categories";

const n = (s: string) => s.toLowerCase().replace(/[^a-z]/g, "");

/** IKM mutu letters (PermenPANRB 14/2017) by kinerja words, normalised. */
const IKM_GRADE: Record<string, string> = { sangatbaik: "A", baik: "B", kurangbaik: "C", tidakbaik: "D" };

type Style = "suffix" | "prefix" | "inner" | "after";
/**
 * A label written with its grade letter beside the words: "Baik (B)", "B - Baik", "B (Baik)",
 * "Baik - B", "BB (Sangat Baik)". Null when the label has no such letter.
 */
const G = "([A-Da-d]{1,2}[+-]?)";
const W = "(.*[A-Za-z]{3}.*?)";
const GRADE_FORMS: [RegExp, Style][] = [
  [new RegExp(`^${W}\\s*\\(\\s*${G}\\s*\\)$`), "suffix"],
  [new RegExp(`^${G}\\s*\\(\\s*${W}\\s*\\)$`), "inner"],
  [new RegExp(`^${G}\\s*[-–:/.)]\\s*${W}$`), "prefix"],
  [new RegExp(`^${W}\\s*[-–/:]\\s*${G}$`), "after"],
];
function splitGrade(label: string): { words: string; grade: string; style: Style } | null {
  const s = label.trim();
  for (const [re, style] of GRADE_FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const [words, grade] = style === "inner" || style === "prefix" ? [m[2], m[1]] : [m[1], m[2]];
    return { words, grade: grade.toUpperCase(), style };
  }
  return null;
}

/** The words and the grade letter a scheme gives a category, when the scheme has both. */
function wordsAndGrade(scheme: CategoryScheme | undefined, expected: string): { words: string; grade?: string } {
  if (scheme === "sakip") return { words: predikatSakipArti(expected), grade: expected };
  if (scheme === "ikm") return { words: expected, grade: IKM_GRADE[n(expected)] };
  return { words: expected };
}

/**
 * Normalises a category label for comparison ("SANGAT BAIK" = "Sangat baik"). A grade letter
 * written beside the words ("Baik (B)", "B - Baik") is read too: the words must name the expected
 * category and the letter, where the scheme has letters (IKM mutu, SAKIP predicate), must be its.
 */
export function sameCategory(a: string, b: string, scheme?: CategoryScheme): boolean {
  if (n(a) === n(b)) return true;
  const s = splitGrade(a);
  if (!s) return false;
  const want = wordsAndGrade(scheme, b);
  if (n(s.words) !== n(want.words)) return false;
  return want.grade === undefined || want.grade === s.grade.replace(/[+-]$/, "");
}

/** The expected category written the way the label is ("Baik (B)" when the label reads "Sangat Baik (A)"). */
export function styledCategory(label: string, expected: string, scheme?: CategoryScheme): string {
  const s = splitGrade(label);
  const want = wordsAndGrade(scheme, expected);
  if (!s || want.grade === undefined) return expected;
  switch (s.style) {
    case "suffix":
      return `${want.words} (${want.grade})`;
    case "inner":
      return `${want.grade} (${want.words})`;
    case "prefix":
      return `${want.grade} - ${want.words}`;
    case "after":
      return `${want.words} - ${want.grade}`;
  }
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
