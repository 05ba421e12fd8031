// The task pane's view of the workbook and the audit, independent of Office.js so the same
// screens run on real Excel and on the in-memory Excel of the browser harness.

import type { Action } from "../../core/actions";
import type { Bilingual } from "../../core/message";
import type { WorkbookSnapshot } from "../../core/snapshot";

export interface CellTarget {
  sheet: string;
  /** A1 address on that sheet, e.g. "C8" or "C5:C7". */
  address: string;
}

/** Everything the pane asks of the host; implemented over Excel.run in excelHost.ts. */
export interface HostService {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Sheet names, tables, defined names and the add-in's settings only (no cells): cheap on a huge workbook. */
  readOutline(): Promise<WorkbookSnapshot>;
  /** Applies the actions in one batch. */
  applyActions(actions: Action[]): Promise<void>;
  /** Installs the chosen templates (chunked, never overwriting); returns the sheets installed. */
  installTemplates(options: InstallOptions): Promise<number>;
  /** Activates the sheet and selects the cell. */
  select(target: CellTarget): Promise<void>;
  getSelection(): Promise<CellTarget>;
  /** Writes a formula into the top-left cell of the selection; returns that cell. */
  insertFormula(formula: string): Promise<CellTarget>;
  /** Fills the cells with the highlight colour, remembering each cell's fill first. */
  highlight(cells: CellTarget[]): Promise<number>;
  /** Puts back exactly the fills remembered by highlight(). */
  clearHighlights(): Promise<void>;
  highlightedCount(): number;
  /** Reads the highlight kept in the workbook (after the pane reopens); returns its cell count. */
  refreshHighlights(): Promise<number>;
  /** Terapkan: writes one value into one cell, keeping what it held in the workbook settings. */
  applyFix(fix: CellTarget & { value: number | string }): Promise<AppliedFixView>;
  /** Batalkan: restores the cell of that applied fix exactly (formula or value, number format); null when unknown. */
  undoFix(id: string): Promise<AppliedFixView | null>;
  /** The fixes applied and not undone, kept in the workbook (also after it is reopened). */
  appliedFixes(): Promise<AppliedFixView[]>;
}

/** One cell a root cause proposes to change, with the value that makes its relations hold. */
export interface FixChoice extends CellTarget {
  /** In the cell's own unit (a fraction for a percent cell, rupiah…). */
  value: number | string;
  /** The value as the cell shows it ("94,40", "100,00%"). */
  shown: Bilingual;
  /** The cell holds a formula: applying replaces it (Batalkan restores it). */
  formula: boolean;
}

/** A fix applied through the pane, as kept in the workbook settings. */
export interface AppliedFixView extends CellTarget {
  id: string;
  value: number | string;
  before: { value: string | number | boolean | null; formula: string | null; numberFormat: string };
  at: string;
}

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type { Bilingual } from "../../core/message";

export interface FindingView {
  /** Stable key for React and for ignores (code + cell). */
  key: string;
  rule: string;
  code: string;
  severity: Severity;
  sheet: string;
  address: string;
  message: Bilingual;
  fix: Bilingual;
  expected?: number | string;
  actual?: number | string;
  /** The finding's cell is formatted as a percent: show figures as "112,81%". */
  percent?: boolean;
  related: CellTarget[];
  ignoredReason?: string;
  /** A root cause: the cell(s) to change and their values; several = equally good, the user picks. */
  candidates?: FixChoice[];
  /** Findings this root cause explains, shown folded under it. */
  consequences?: FindingView[];
}

export interface AuditView {
  at: string;
  findings: FindingView[];
  cells: number;
  sheets: number;
}

export interface TemplateChoice {
  key: string;
  title: Bilingual;
  /** The sheet name the template installs under. */
  sheetName: string;
}

export interface InstallOptions {
  templates: string[];
  year: number;
  satker: string;
  sample: boolean;
  /** Language of the sheets' text (the pane's language). */
  lang?: "id" | "en";
  /** Blank workbook layout: sasaran, indicators per sasaran, kegiatan (ignored with the sample). */
  structure?: { sasaran: number; indikator: number; kegiatan: number };
}

export interface InstallPreview {
  sheets: Array<{ name: string; original: string }>;
  tables: number;
  actions: Action[];
}
