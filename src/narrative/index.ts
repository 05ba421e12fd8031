// Checks a report's narrative: figures in the text, their arithmetic, and (with a workbook) their
// agreement with the tables. Pure: text in, findings out; hosts read the files.
import type { WorkbookSnapshot } from "../core/snapshot";
import type { AuditResult, Finding } from "../audit/types";
import { checkArithmetic } from "./arithmetic";
import { parseText, type NarrativeDoc } from "./document";
import { sentencesOf } from "./extract";
import { matchWorkbook } from "./match";
import { templateYear } from "../templates/resolve";

export { parseText, locate, type NarrativeDoc, type Paragraph, type Table, type Block } from "./document";
export { extractFigures, splitSentences, sentencesOf, type Figure, type Sentence } from "./extract";
export { NARRATIVE_RULES, LAPORAN } from "./findings";
export { NARRATIVE_MESSAGES } from "./messages";
export { parseIdNumber, compareStated } from "./numbers";

export interface NarrativeOptions {
  /** The report's budget year (figures without a year are taken as this year); default: guessed from the text. */
  year?: number;
  now?: string;
}

/**
 * Audits the text of a report. Without a workbook only the text's own arithmetic is checked; with
 * one, every figure the text gives is also matched to the table cell of the same indicator, role and
 * year (the text's "tahun YYYY", else the workbook's report year). Findings: sheet "Laporan", cell = "hlm. P, par. N", quote = the sentence.
 */
export function auditNarrative(input: NarrativeDoc | string, snapshot?: WorkbookSnapshot, options: NarrativeOptions = {}): AuditResult {
  const doc = typeof input === "string" ? parseText(input) : input;
  const sentences = sentencesOf(doc);
  const findings: Finding[] = checkArithmetic(doc, sentences);
  // a pasted passage often names no year: the workbook's own report year then stands for it
  if (snapshot) findings.push(...matchWorkbook(sentences, snapshot, { year: options.year ?? guessYear(doc) ?? templateYear(snapshot) ?? undefined }));
  findings.sort((a, b) => (a.location?.paragraph ?? 0) - (b.location?.paragraph ?? 0) || rank(b.severity) - rank(a.severity));
  const summary = { error: 0, warning: 0, info: 0, ignored: 0 };
  for (const f of findings) summary[f.severity]++;
  return { findings, summary, readAt: options.now ?? new Date().toISOString() };
}

const rank = (s: Finding["severity"]) => (s === "error" ? 2 : s === "warning" ? 1 : 0);

/** The year most often named as "tahun YYYY" in the first paragraphs (the report's own year). */
export function guessYear(doc: NarrativeDoc): number | undefined {
  const counts = new Map<number, number>();
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind !== "paragraph") continue;
    if (++n > 40) break;
    for (const m of b.text.matchAll(/\b(?:tahun|TA)\s+((?:19|20)\d\d)\b/gi)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && y > best)) best = y;
  return best;
}
