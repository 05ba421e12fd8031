// The audit engine: relations (from templates and from recognition) + cell scans → findings.
// Pure: no Office.js, no files.
import { parseA1 } from "../core/address";
import type { CellRef, Relation } from "../core/relations";
import { cellAt, getSheet, type CellView, type SheetSnapshot, type WorkbookSnapshot } from "../core/snapshot";
import { IgnoreIndex, matchIgnore, readIgnores } from "./ignores";
import { fill } from "../core/message";
import { formatNumberId, formatNumberOmspan } from "../core/numbers";
import { MESSAGES } from "./messages";
import { analyze, type Recognition } from "./recognize";
import { RULES } from "./rules";
import { resolveTemplateRelations, templateYear } from "../templates/resolve";
import { templateFormulaCells } from "./templateCells";
import { diagnoseFindings } from "./diagnose";
import { withColumnStyle } from "./values";
import type { AuditOptions, AuditResult, Finding, FindingDraft, Rule, RuleContext } from "./types";

const EMPTY: CellView = { value: null, formula: null, numberFormat: "General" };

/**
 * The one audit entry for the task pane, the CLI and the tests. Every default lives here: the
 * relations the installed templates declare, the report year (the templates' year when they carry
 * one, else recognition guesses it per table) and free-layout recognition. Front ends pass only
 * what the user chose.
 */
export function audit(snapshot: WorkbookSnapshot, options: AuditOptions = {}): AuditResult {
  const template = options.relations ?? resolveTemplateRelations(snapshot);
  const year = options.year ?? templateYear(snapshot) ?? undefined;
  const recognition = options.recognize === false ? undefined : analyze(snapshot, template, { year });
  const relations: Relation[] = [...template, ...(recognition?.relations ?? [])];
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.meta.id)) : RULES;
  const formulaCells = options.formulaCells ?? templateFormulaCells(snapshot, template);
  let findings = tidy(snapshot, runRules(snapshot, relations, { ...options, year, formulaCells }, rules, recognition), recognition);
  const ignores = new IgnoreIndex(readIgnores(snapshot.settings));
  for (const f of findings) {
    const ig = matchIgnore(f, ignores);
    if (ig) f.ignored = { reason: ig.reason };
  }
  // Root causes: one finding per wrong cell, the findings it explains folded under it.
  let diagnosis: AuditResult["diagnosis"];
  if (options.diagnose !== false && findings.some((f) => f.severity === "error" && !f.ignored && f.relation)) {
    const d = diagnoseFindings(findings, relations, cellViewer(snapshot), buildFinding, options.diagnoseBudget, formulaCells, snapshot.sheets.map((s) => s.name), snapshot.sheets.filter(holdsFormula).map((s) => s.name));
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

/** True when some cell of the sheet holds a formula (holes of sparse rows are skipped by some()). */
function holdsFormula(sheet: SheetSnapshot): boolean {
  return !!sheet.formulas?.some((row) => row?.some((f) => !!f));
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
    const pos = parseA1(r.address);
    // An ambiguous number text ("125,000") is read in the style of its column's other texts.
    return withColumnStyle(sheet, pos.col, cellAt(sheet, pos.row, pos.col));
  };
}

export function runRules(snapshot: WorkbookSnapshot, relations: Relation[], options: AuditOptions, rules: Rule[] = RULES, recognition?: Recognition): Finding[] {
  const findings: Finding[] = [];
  const keys = new Set<string>();
  // sheet → cell → findings, so findingsAt is a lookup rather than a scan of every finding.
  const at = new Map<string, Map<string, Finding[]>>();
  const view = cellViewer(snapshot);
  for (const rule of rules) {
    const ctx: RuleContext = {
      snapshot,
      relations,
      options,
      recognition,
      view,
      findingsAt: (sheet, cell) => [...(at.get(sheet)?.get(cell) ?? [])],
      report: (d) => {
        const f = buildFinding(rule, d);
        const key = `${f.rule}|${f.sheet}|${f.cell}|${f.code}`;
        if (keys.has(key)) return;
        keys.add(key);
        findings.push(f);
        let bySheet = at.get(f.sheet);
        if (!bySheet) at.set(f.sheet, (bySheet = new Map()));
        const list = bySheet.get(f.cell);
        if (list) list.push(f);
        else bySheet.set(f.cell, [f]);
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
    message: fill(t.id, params),
    message_en: fill(t.en, params),
    fix: fill(t.fix.id, params),
    fix_en: fill(t.fix.en, params),
  };
  if (d.expected !== undefined) f.expected = d.expected;
  if (d.actual !== undefined) f.actual = d.actual;
  if (d.relation) f.relation = d.relation;
  if (d.origin) f.origin = d.origin;
  return f;
}

/**
 * Less noise, nothing hidden: findings on an identical copy of a sheet are folded into the
 * original's; findings of one kind in one column from the cell scans (numbers stored as text,
 * constants among formulas, error values) become one finding with a count and a range; findings
 * on hidden sheets say so.
 */
export function tidy(snapshot: WorkbookSnapshot, findings: Finding[], recognition?: Recognition): Finding[] {
  let out = findings;
  if (recognition?.copies.size) {
    const keyOf = (f: Finding, sheet: string) => `${f.rule}|${f.code}|${sheet}|${f.cell}`;
    const originals = new Map(out.map((f) => [keyOf(f, f.sheet), f]));
    out = out.filter((f) => {
      const orig = recognition.copies.get(f.sheet);
      if (orig === undefined) return true;
      const o = originals.get(keyOf(f, orig));
      if (!o) return true;
      o.related = [...o.related, { sheet: f.sheet, cell: f.cell }];
      return false;
    });
  }
  // Group cell-scan findings per sheet, column, rule and code.
  const groups = new Map<string, Finding[]>();
  for (const f of out) {
    if (f.origin !== "cell" || f.cell.includes(":")) continue;
    const col = /^[A-Z]+/i.exec(f.cell)?.[0] ?? "";
    const k = `${f.sheet}|${col}|${f.rule}|${f.code}|${f.severity}`;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const drop = new Set<Finding>();
  const g = MESSAGES["group.cells"];
  for (const list of groups.values()) {
    if (list.length < GROUP_MIN) continue;
    const first = list[0];
    const last = list[list.length - 1];
    const range = `${first.cell}:${last.cell}`;
    const params = { count: formatNumberId(list.length), count_en: formatNumberOmspan(list.length), range, cell: first.cell };
    first.count = list.length;
    first.range = range;
    first.message = fill(g.id, { ...params, message: first.message });
    first.message_en = fill(g.en, { ...params, message: first.message_en });
    first.fix = fill(g.fix.id, { ...params, fix: first.fix });
    first.fix_en = fill(g.fix.en, { ...params, fix: first.fix_en });
    for (const f of list.slice(1)) drop.add(f);
  }
  if (drop.size) out = out.filter((f) => !drop.has(f));
  const hidden = new Set(snapshot.sheets.filter((s) => s.visible === false).map((s) => s.name));
  if (hidden.size)
    for (const f of out)
      if (hidden.has(f.sheet)) {
        f.hiddenSheet = true;
        f.message += MESSAGES["sheet.hidden"].id;
        f.message_en += MESSAGES["sheet.hidden"].en;
      }
  return out;
}

/** Below this many findings of a kind in a column, each is listed on its own. */
const GROUP_MIN = 3;
