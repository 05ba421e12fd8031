// Audit data types: findings, rules and the context a rule checks against.
import type { CellView, WorkbookSnapshot } from "../core/snapshot";
import type { CellRef, Relation } from "../core/relations";
import type { Recognition } from "./recognize";

export type Severity = "error" | "warning" | "info";

export interface Ignore {
  rule: string;
  sheet: string;
  cell: string;
  reason: string;
}

export interface Finding {
  rule: string;
  /** Stable code, e.g. "sum.mismatch"; message templates are keyed by it. */
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related: { sheet: string; cell: string }[];
  message: string;
  message_en: string;
  expected?: number | string;
  actual?: number | string;
  fix: string;
  fix_en: string;
  /** The relation checked, when the finding comes from one. */
  relation?: string;
  origin?: "template" | "recognized" | "cell";
  /** Grouped finding: how many cells of this kind in this column, and their range ("F15:F1053"). */
  count?: number;
  range?: string;
  /** The finding is on a hidden sheet (audited all the same). */
  hiddenSheet?: boolean;
  /** Narrative findings (sheet "Laporan"): the sentence of the report the finding is about. */
  quote?: string;
  /** Narrative findings: where the sentence is in the report (page when known, running paragraph number). */
  location?: { page?: number; paragraph: number };
  /** Present when the workbook's ignore list covers this finding; it is still reported. */
  ignored?: { reason: string };
}

export interface AuditSummary {
  error: number;
  warning: number;
  info: number;
  ignored: number;
}

export interface AuditResult {
  findings: Finding[];
  summary: AuditSummary;
  readAt: string;
}

export interface AuditOptions {
  /** Relations the templates declare (certain). Default: `resolveTemplateRelations(snapshot)`. */
  relations?: Relation[];
  /** Run the free-layout recogniser (default true). */
  recognize?: boolean;
  /** Budget year of the report (IKPA regime, cross-table comparison); default: the templates' year, else guessed per table. */
  year?: number;
  /** Capaian above this fraction is flagged as out of range (default 2 = 200%). */
  capaianUpperBound?: number;
  /** Template cells whose schema says "formula" (a constant typed there is a warning). */
  formulaCells?: CellRef[];
  /** Restrict to these rule ids. */
  rules?: string[];
  /** Time stamp for the result; default snapshot.readAt or now. */
  now?: string;
}

export type FindingDraft = Omit<Finding, "message" | "message_en" | "fix" | "fix_en" | "rule" | "severity"> & {
  severity?: Severity;
  /** Values substituted into the message template of `code`. */
  params?: Record<string, string | number>;
};

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: { id: string; en: string };
  docs: string;
}

export interface RuleContext {
  snapshot: WorkbookSnapshot;
  relations: Relation[];
  options: AuditOptions;
  /** What free-layout recognition saw (tables, code columns); absent when recognition is off. */
  recognition?: Recognition;
  view(ref: CellRef): CellView;
  report(draft: FindingDraft): void;
  /** Findings already reported on a cell by earlier rules (rules run in registry order). */
  findingsAt(sheet: string, cell: string): Finding[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
