// Glue from the pure layers (src/audit, src/templates) to the pane's view types. Everything
// here is pure: snapshot in, views or actions out.

import type { Action } from "../../core/actions";
import { quoteSheet } from "../../core/address";
import { cell, getSheet, type WorkbookSnapshot } from "../../core/snapshot";
import { freeSheetName } from "../../core/text";
import { addIgnoreAction, audit, type Finding } from "../../audit";
import type { AuditView, FindingView } from "./types";
import { translate, type Lang } from "../../i18n";

export { previewInstall, templateChoices, workbookOverview, SAMPLE_SATKER, SAMPLE_YEAR, type WorkbookOverview } from "./templatesDomain";

export function findingKey(f: Pick<Finding, "rule" | "code" | "sheet" | "cell">): string {
  return `${f.rule}|${f.code}|${f.sheet}!${f.cell}`;
}

function isPercentCell(snapshot: WorkbookSnapshot, sheet: string, address: string): boolean {
  const s = getSheet(snapshot, sheet);
  if (!s) return false;
  try {
    return cell(s, address.split(":")[0]).numberFormat.includes("%");
  } catch {
    return false;
  }
}

export function toFindingView(f: Finding, snapshot?: WorkbookSnapshot): FindingView {
  return {
    key: findingKey(f),
    rule: f.rule,
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    address: f.cell,
    message: { id: f.message, en: f.message_en },
    fix: { id: f.fix, en: f.fix_en },
    expected: f.expected,
    actual: f.actual,
    related: f.related.map((r) => ({ sheet: r.sheet, address: r.cell })),
    ignoredReason: f.ignored?.reason,
    percent: snapshot ? isPercentCell(snapshot, f.sheet, f.cell) : undefined,
    ...(f.cause && !f.ignored
      ? { candidates: f.cause.candidates.map((c) => ({ sheet: c.sheet, address: c.cell, value: c.value, shown: c.shown, formula: c.formula })) }
      : {}),
    ...(f.consequences?.length ? { consequences: f.consequences.map((c) => toFindingView(c, snapshot)) } : {}),
  };
}

export function auditSnapshot(snapshot: WorkbookSnapshot): AuditView {
  // Only what the user chose would go here: the engine owns every default (year, relations).
  const result = audit(snapshot);
  let cells = 0;
  for (const s of snapshot.sheets) for (const row of s.values) cells += row.length;
  return { at: result.readAt, findings: result.findings.map((f) => toFindingView(f, snapshot)), cells, sheets: snapshot.sheets.length };
}

export function ignoreActions(snapshot: Pick<WorkbookSnapshot, "settings">, finding: FindingView, reason: string): Action[] {
  return [addIgnoreAction(snapshot, { rule: finding.rule, sheet: finding.sheet, cell: finding.address, reason })];
}

function excelText(s: string): string {
  return s.replace(/"/g, '""');
}

/** The report sheet: one row per finding with a link to its cell; never overwrites a sheet. */
export function reportActions(
  snapshot: Pick<WorkbookSnapshot, "sheets">,
  view: AuditView,
  lang: Lang = "id",
): { sheet: string; actions: Action[] } {
  const sheet = freeSheetName(translate(lang, "report.sheet"), snapshot.sheets.map((s) => s.name));
  const header = translate(lang, "report.columns").split("|");
  const severity = (s: FindingView["severity"]): string => translate(lang, `audit.severity.${s}`);
  const values: (string | number | null)[][] = [header];
  const formulas: (string | null)[][] = [header.map(() => null)];
  for (const f of view.findings) {
    const target = `#${quoteSheet(f.sheet)}!${f.address}`;
    values.push([severity(f.severity), f.sheet, f.address, f.code, f.message[lang], f.fix[lang], f.expected ?? null, f.actual ?? null, f.ignoredReason ?? null]);
    formulas.push([null, null, `=HYPERLINK("${excelText(target)}","${excelText(f.address)}")`, null, null, null, null, null, null]);
  }
  const last = values.length;
  return {
    sheet,
    actions: [
      { kind: "addSheet", sheet },
      { kind: "write", sheet, address: "A1", values, formulas },
      { kind: "font", sheet, address: "A1:I1", bold: true },
      { kind: "columnWidth", sheet, column: "E", width: 60 },
      { kind: "columnWidth", sheet, column: "F", width: 40 },
      { kind: "wrap", sheet, address: `E2:F${Math.max(2, last)}` },
      { kind: "freeze", sheet, rows: 1, columns: 0 },
      { kind: "activate", sheet },
    ],
  };
}
