// A small builder for corpus workbooks: rows from A1 (or from a given top-left), formulas and
// number formats by A1 address, merged areas, hidden sheets. Reviewable as plain TypeScript.
import { parseA1 } from "../../../src/core/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot";

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** A1 → formula text (the value in rows is the formula's result). */
  formulas?: Record<string, string>;
  /** Column letter → number format for every number in that column ("0.00%", "#,##0"). */
  formats?: Record<string, string>;
  merged?: string[];
  hidden?: boolean;
}

export function sheetOf(spec: SheetSpec): SheetSnapshot {
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const values = spec.rows.map((r) => Array.from({ length: width }, (_x, j) => r[j] ?? null));
  const formulas: (string | null)[][] = values.map((r) => r.map(() => null));
  for (const [a1, f] of Object.entries(spec.formulas ?? {})) {
    const p = parseA1(a1);
    formulas[p.row][p.col] = f;
  }
  const numberFormats = values.map((r) =>
    r.map((v, j) => {
      const letter = String.fromCharCode(65 + j);
      return typeof v === "number" && spec.formats?.[letter] ? spec.formats[letter] : "General";
    }),
  );
  const s: SheetSnapshot = { name: spec.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats };
  if (spec.merged) s.merged = spec.merged;
  if (spec.hidden) s.visible = false;
  return s;
}

export function book(...specs: SheetSpec[]): WorkbookSnapshot {
  return { sheets: specs.map(sheetOf), tables: [], settings: {} };
}

/** A planted contradiction: the cell the audit must blame and the rule that blames it. */
export interface Planted {
  at: string;
  rule: string;
  what: string;
  /** The value the blamed cell should hold (the finding's `expected`, in the cell's own unit). */
  expected?: number;
}

export interface CorpusEntry {
  name: string;
  /** What the layout is, in a sentence. */
  layout: string;
  build(planted: boolean): WorkbookSnapshot;
  planted: Planted[];
  /** Findings both twins must raise (a defect of the layout itself, e.g. amounts typed as text). */
  standing?: Planted[];
  /** Single-cell typos planted, with the value the cell held before: diagnosis must name each as a root cause with that value. */
  typos?: { at: string; value: number }[];
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export const r4 = (x: number) => Math.round(x * 10000) / 10000;
export const r2 = (x: number) => Math.round(x * 100) / 100;
