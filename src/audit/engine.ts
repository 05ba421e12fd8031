// The audit engine: relations (from templates and from recognition) + cell scans → findings.
// Pure: no Office.js, no files.
import { parseA1 } from "../core/address";
import type { CellRef, Relation } from "../core/relations";
import { cellAt, getSheet, type CellView, type WorkbookSnapshot } from "../core/snapshot";
import { matchIgnore, readIgnores } from "./ignores";
import { MESSAGES, render } from "./messages";
import { recognizeRelations } from "./recognize";
import { RULES } from "./rules";
import { resolveTemplateRelations } from "../templates/resolve";
import { templateFormulaCells } from "./templateCells";
import { diagnoseFindings } from "./diagnose";
import type { AuditOptions, AuditResult, Finding, FindingDraft, Rule, RuleContext } from "./types";

const EMPTY: CellView = { value: null, formula: null, numberFormat: "General" };

export function audit(snapshot: WorkbookSnapshot, options: AuditOptions = {}): AuditResult {
  const template = options.relations ?? resolveTemplateRelations(snapshot);
  const recognized = options.recognize === false ? [] : recognizeRelations(snapshot, template, { year: options.year });
  const relations: Relation[] = [...template, ...recognized];
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.meta.id)) : RULES;
  const formulaCells = options.formulaCells ?? templateFormulaCells(snapshot, template);
  let findings = runRules(snapshot, relations, { ...options, formulaCells }, rules);
  const ignores = readIgnores(snapshot.settings);
  for (const f of findings) {
    const ig = matchIgnore(f, ignores);
    if (ig) f.ignored = { reason: ig.reason };
  }
  // Root causes: one finding per wrong cell, the findings it explains folded under it.
  let diagnosis: AuditResult["diagnosis"];
  if (options.diagnose !== false && findings.some((f) => f.severity === "error" && !f.ignored && f.relation)) {
    const d = diagnoseFindings(findings, relations, cellViewer(snapshot), (rule, draft) => buildFinding(rule, draft as unknown as FindingDraft), options.diagnoseBudget, formulaCells);
    findings = sortFindings(snapshot, d.findings);
    diagnosis = d.summary;
  }
  const summary = { error: 0, warning: 0, info: 0, ignored: 0 };
  for (const f of findings) {
    if (f.ignored) summary.ignored++;
    else summary[f.severity]++;
  }
  const result: AuditResult = { findings, summary, readAt: options.now ?? snapshot.readAt ?? new Date().toISOString() };
  if (diagnosis) result.diagnosis = diagnosis;
  return result;
}

/** A cell reader over the snapshot that looks each sheet up once. */
export function cellViewer(snapshot: WorkbookSnapshot): (r: CellRef) => CellView {
  const sheets = new Map<string, ReturnType<typeof getSheet>>();
  return (r: CellRef): CellView => {
    let sheet = sheets.get(r.sheet);
    if (sheet === undefined && !sheets.has(r.sheet)) {
      sheet = getSheet(snapshot, r.sheet);
      sheets.set(r.sheet, sheet);
    }
    if (!sheet) return EMPTY;
    const pos = fastA1(r.address);
    return cellAt(sheet, pos.row, pos.col);
  };
}

export function runRules(snapshot: WorkbookSnapshot, relations: Relation[], options: AuditOptions, rules: Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  const keys = new Set<string>();
  const view = cellViewer(snapshot);
  for (const rule of rules) {
    const ctx: RuleContext = {
      snapshot,
      relations,
      options,
      view,
      findingsAt: (sheet, cell) => findings.filter((f) => f.sheet === sheet && f.cell === cell),
      report: (d) => {
        const f = buildFinding(rule, d);
        const key = `${f.rule}|${f.sheet}|${f.cell}|${f.code}`;
        if (keys.has(key)) return;
        keys.add(key);
        findings.push(f);
      },
    };
    rule.check(ctx);
  }
  return sortFindings(snapshot, findings);
}

/** Workbook order: sheet, then row, then column, then rule. */
function sortFindings(snapshot: WorkbookSnapshot, findings: Finding[]): Finding[] {
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return findings.sort((a, b) => {
    const s = (order.get(a.sheet) ?? 999) - (order.get(b.sheet) ?? 999);
    if (s) return s;
    const pa = safePos(a.cell);
    const pb = safePos(b.cell);
    return pa.row - pb.row || pa.col - pb.col || a.rule.localeCompare(b.rule);
  });
}

/** "AB12" → 0-based position without a regex (the engine looks up every operand). */
function fastA1(a1: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  let i = 0;
  for (; i < a1.length; i++) {
    const ch = a1.charCodeAt(i);
    if (ch === 36) continue;
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  for (; i < a1.length; i++) {
    const ch = a1.charCodeAt(i);
    if (ch === 36) continue;
    if (ch < 48 || ch > 57) return parseA1(a1);
    row = row * 10 + (ch - 48);
  }
  if (!col || !row) return parseA1(a1);
  return { row: row - 1, col: col - 1 };
}

function safePos(a1: string): { row: number; col: number } {
  try {
    return parseA1(a1.split(":")[0]);
  } catch {
    return { row: 0, col: 0 };
  }
}

export function buildFinding(rule: Rule, d: FindingDraft): Finding {
  const t = MESSAGES[d.code];
  const params = { cell: d.cell, ...(d.params ?? {}) };
  const f: Finding = {
    rule: rule.meta.id,
    code: d.code,
    severity: d.severity ?? rule.meta.severity,
    sheet: d.sheet,
    cell: d.cell,
    related: d.related,
    message: t ? render(t.id, params) : d.code,
    message_en: t ? render(t.en, params) : d.code,
    fix: t ? render(t.fix.id, params) : "",
    fix_en: t ? render(t.fix.en, params) : "",
  };
  if (d.expected !== undefined) f.expected = d.expected;
  if (d.actual !== undefined) f.actual = d.actual;
  if (d.relation) f.relation = d.relation;
  if (d.origin) f.origin = d.origin;
  return f;
}
