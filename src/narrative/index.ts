// Checks a report's narrative: figures in the text, their arithmetic, and (with a workbook) their
// agreement with the tables. Pure: text in, findings out; hosts read the files.
import type { WorkbookSnapshot } from "../core/snapshot";
import type { AuditResult, Finding } from "../audit/types";
import { checkArithmetic } from "./arithmetic";
import { parseText, type NarrativeDoc } from "./document";
import { sentencesOf } from "./extract";
import { matchWorkbook } from "./match";
import { parseIdNumber } from "./numbers";
import type { CellValue } from "../core/snapshot";
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
  // without a workbook, a count is still checked against the row it names in the report's own tables
  if (!snapshot) findings.push(...matchWorkbook(sentences, tablesAsWorkbook(doc), { year: options.year ?? guessYear(doc), countsOnly: true }));
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

/**
 * The report's own tables as a workbook: one sheet per table, named after its place ("Tabel setelah
 * par. 231"), numbers read as the report prints them ("10.633", "98,76%" → 0.9876 formatted as percent).
 */
export function tablesAsWorkbook(doc: NarrativeDoc): WorkbookSnapshot {
  const sheets: WorkbookSnapshot["sheets"] = [];
  const taken = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind !== "table") continue;
    let name = `Tabel setelah par. ${b.after}`;
    for (let k = 2; taken.has(name); k++) name = `Tabel setelah par. ${b.after} (${k})`;
    taken.add(name);
    const numberFormats: string[][] = [];
    const values = b.rows.map((row, r) =>
      row.map((text, c): CellValue => {
        const t = text.trim();
        const pct = /^(.*?)\s*%$/.exec(t);
        const n = parseIdNumber(pct ? pct[1] : t, { percent: !!pct });
        if (!n || t === "") return t === "" ? null : t;
        if (pct) (numberFormats[r] ??= [])[c] = "0.00%";
        return pct ? n.value / 100 : n.value;
      }),
    );
    sheets.push({ name, origin: { row: 0, col: 0 }, values, numberFormats });
  }
  return { sheets, tables: [], settings: {} };
}
