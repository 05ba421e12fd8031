// Audit data types: findings, rules and the context a rule checks against.
import type { CellView, WorkbookSnapshot } from "../core/snapshot";
import type { CellRef, Relation } from "../core/relations";
import type { Recognition } from "./recognize";
import type { ReportedCode } from "./messages";
import type { NarrativeCode } from "../narrative/messages";

/** Every finding code: the audit's and the narrative checks' catalogue keys. */
export type FindingCode = ReportedCode | NarrativeCode;

export type Severity = "error" | "warning" | "info";

export interface Ignore {
  rule: string;
  sheet: string;
  cell: string;
  reason: string;
}

export interface Finding {
  rule: string;
  /** Stable code, e.g. "sum.mismatch"; the message catalogues are keyed by it. */
  code: FindingCode;
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
  /**
   * Present on a root cause found by diagnosis: the change that makes every relation involved
   * hold again. One candidate: change that cell to `value` (`expected` is that value when the
   * finding sits on the candidate's cell). Several: equally good alternatives (a total or one
   * of its parts) — the user picks; none is applied without a click.
   */
  cause?: RootCauseInfo;
  /** Findings this root cause explains: not reported on their own, listed (folded) under it. */
  consequences?: Finding[];
  /** On a consequence: the root cause cell it follows from. */
  causedBy?: { sheet: string; cell: string };
}

/** A cell diagnosis proposes to change and the value it should hold (its own unit: fraction for %, rupiah…). */
export interface FixTarget {
  sheet: string;
  cell: string;
  /** The value that makes every relation of the cell hold (number in the cell's own unit, or text). */
  value: number | string;
  /** What the cell holds now (null: blank). */
  actual: number | string | null;
  /** The cell holds a formula (writing the value would replace it). */
  formula: boolean;
}

/** A FixTarget with the value as the cell shows it, for messages ("94,40", "100,00%"). */
export interface FixCandidate extends FixTarget {
  shown: { id: string; en: string };
}

export interface RootCauseInfo {
  candidates: FixCandidate[];
  /** How many rule findings the change resolves (this one included when a rule reported it; the message and the fix print this number). */
  explains: number;
}

/** What diagnosis did on this audit. */
export interface DiagnosisSummary {
  rootCauses: number;
  /** Findings folded under a root cause. */
  consequences: number;
  /** Error findings no single-cell change explains (left as they are). */
  unexplained: number;
  /** Single-cell changes tried (the search budget counts these). */
  trials: number;
  /** The search budget ran out: violations beyond `examined` were not diagnosed. */
  stoppedEarly?: { violations: number; examined: number; note: string; note_en: string };
}

export interface AuditSummary {
  error: number;
  warning: number;
  info: number;
  ignored: number;
}

export interface AuditResult {
  /** Top-level findings; consequences of a root cause are nested under it. */
  findings: Finding[];
  summary: AuditSummary;
  readAt: string;
  /** Present when diagnosis ran (there were errors to explain). */
  diagnosis?: DiagnosisSummary;
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
  /** Root-cause diagnosis of error findings (default true); false reports every broken relation on its own. */
  diagnose?: boolean;
  /** Most single-cell changes the diagnosis tries (default 60 000); beyond it, it stops with a note. */
  diagnoseBudget?: number;
}

export type FindingDraft = Omit<Finding, "message" | "message_en" | "fix" | "fix_en" | "rule" | "severity" | "code"> & {
  /** A code of src/audit/messages.ts: an unknown code does not compile. */
  code: ReportedCode;
  severity?: Severity;
  /** Values substituted into the message template of `code`. */
  params?: Record<string, string | number>;
};

export interface RuleMeta {
  id: string;
  /** What the reader of a report sees instead of the id ("Total dan subtotal"). */
  name: { id: string; en: string };
  severity: Severity;
  /** Every code the rule reports (each has a catalogue entry, a failing test case and a line in its doc page). */
  codes: readonly ReportedCode[];
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
