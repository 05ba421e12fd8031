// Root-cause diagnosis of an audit: which cells, changed to which values, make the broken
// relations hold again; the findings a root cause explains are folded under it.
// Pure (no Office.js, no DOM, no fs).
import type { CellRef, Relation } from "../../core/relations";
import { fill } from "../../core/message";
import { MESSAGES } from "../messages";
import { show, shownAs } from "../rules/shared";
import { readNumber } from "../values";
import type { DiagnosisSummary, Finding, FindingDraft, FixCandidate, Rule } from "../types";
import { diagnose, type FixCandidate as RawCandidate, type RootCause } from "./search";
import type { View } from "./kinds";

export { diagnose, type Diagnosis, type DiagnoseBudget, type RootCause } from "./search";
export { evaluate, expectedOf, type Evaluation, type View } from "./kinds";

/** Candidates a root cause's fix text names (all of them are in `cause.candidates`). */
const SHOWN_CHOICES = 5;

/** Pseudo-rule of findings created by diagnosis on a cell no rule reported. */
export const diagnosisRule: Rule = {
  meta: {
    id: "diagnosis",
    name: { id: "Akar masalah", en: "Root cause" },
    severity: "error",
    codes: ["diagnosis.cause"],
    description: {
      id: "Akar masalah: sel yang bila diubah membuat semua hubungan yang dilanggarnya kembali benar.",
      en: "Root cause: the cell whose change makes every relation it breaks hold again.",
    },
    docs: "docs/rules/diagnosis.md",
  },
  check() {},
};

export interface DiagnoseFindingsResult {
  findings: Finding[];
  summary: DiagnosisSummary;
}

/**
 * Runs diagnosis over the error findings that come from relations and folds the explained
 * findings under their root cause. `findings` are the rule findings (sorted); the returned list
 * keeps that order for what stays top-level and adds a finding where a root cause has none.
 * `build` renders a finding draft (the engine's buildFinding).
 */
export function diagnoseFindings(
  findings: Finding[],
  relations: Relation[],
  view: View,
  build: (rule: Rule, draft: FindingDraft) => Finding,
  maxTrials?: number,
  formulaCells?: CellRef[],
  sheets?: string[],
  formulaSheets?: string[],
): DiagnoseFindingsResult {
  // Only the relations the error findings name are looked up by id: no index of every relation.
  const named = new Set<string>();
  const lengths = new Set<number>();
  for (const f of findings)
    if (f.severity === "error" && !f.ignored && f.relation) {
      named.add(f.relation);
      lengths.add(f.relation.length);
    }
  const byId = new Map<string, Relation[]>();
  for (const r of relations) {
    // The length first: most ids are never hashed.
    if (!lengths.has(r.id.length) || !named.has(r.id)) continue;
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  const errors = findings.filter((f) => f.severity === "error" && !f.ignored && f.relation && byId.has(f.relation));
  const violated = [...new Set(errors.flatMap((f) => byId.get(f.relation!)!))];
  const empty: DiagnosisSummary = { rootCauses: 0, consequences: 0, unexplained: 0, trials: 0 };
  if (!violated.length) return { findings, summary: empty };
  const d = diagnose(relations, violated, view, { maxTrials, formulaCells, sheets, formulaSheets });
  // The first relation targeting each candidate cell (how its value is shown): candidates only.
  const targets = new Map<string, Relation>();
  const wanted = new Set<string>();
  for (const cause of d.causes) for (const c of cause.candidates) wanted.add(c.cell);
  if (wanted.size)
    for (const r of relations) {
      if (!wanted.has(r.target.address)) continue;
      const k = `${r.target.sheet}!${r.target.address}`;
      if (!targets.has(k)) targets.set(k, r);
    }
  const findingsOf = (rel: Relation): Finding[] => errors.filter((f) => f.relation === rel.id);
  const folded = new Set<Finding>();
  const added: Finding[] = [];
  let roots = 0;
  for (const cause of d.causes) {
    const explained = [...new Set(cause.explains.flatMap(findingsOf))].filter((f) => !folded.has(f) && !f.cause);
    if (!explained.length) continue;
    const first = cause.candidates[0];
    const single = cause.candidates.length === 1;
    let root = single ? explained.find((f) => f.sheet === first.sheet && f.cell === first.cell) : explained[0];
    const candidates = cause.candidates.map((c) => withShown(c, view, targets));
    if (!root) {
      const c = candidates[0];
      const v = view({ sheet: c.sheet, address: c.cell });
      root = build(diagnosisRule, {
        code: "diagnosis.cause",
        sheet: c.sheet,
        cell: c.cell,
        related: explained.map((f) => ({ sheet: f.sheet, cell: f.cell })),
        expected: c.value,
        ...(c.actual !== null ? { actual: c.actual } : {}),
        origin: "cell",
        params: {
          label: "Sel",
          label_en: "Cell",
          actual: c.actual === null ? "(kosong)" : shownActual(v, c, "id"),
          actual_en: c.actual === null ? "(blank)" : shownActual(v, c, "en"),
          expected: c.shown.id,
          expected_en: c.shown.en,
          count: explained.length,
          cell: c.cell,
        },
      });
      added.push(root);
    }
    // The rule's message shows its own figure (98,768% → "98,77%"); a fix that other relations
    // pin to the other reading ("98,76%", as 109,73% = 98,76% ÷ 90%) says why the two differ.
    let shownNote: { id: string; en: string } | undefined;
    if (single && root.rule !== diagnosisRule.meta.id && typeof root.expected === "number" && typeof first.value === "number" && root.sheet === first.sheet && root.cell === first.cell) {
      const v = view({ sheet: first.sheet, address: first.cell });
      const s = shownAs(v, readNumber(v) ?? { value: root.expected, fromText: false, percent: false, malformed: false, ambiguous: false }, targets.get(`${first.sheet}!${first.cell}`));
      const p = {
        exact: show(root.expected, { ...s, decimals: s.decimals + 1 }, "id"),
        exact_en: show(root.expected, { ...s, decimals: s.decimals + 1 }, "en"),
        rounded: show(root.expected, s, "id"),
        rounded_en: show(root.expected, s, "en"),
        expected: candidates[0].shown.id,
        expected_en: candidates[0].shown.en,
      };
      // Only where the two are one display unit apart (the same figure read two ways); a fix
      // far from the rule's figure comes from changing that figure's inputs elsewhere.
      const near = Math.abs(first.value - root.expected) * s.factor <= 10 ** -s.decimals + 1e-9;
      if (near && p.rounded !== p.expected) shownNote = { id: fill(MESSAGES["diagnosis.shown"].fix.id, p), en: fill(MESSAGES["diagnosis.shown"].fix.en, p) };
    }
    if (single) root.expected = first.value;
    roots++;
    root.severity = "error";
    // The rule findings the change resolves: the number the message and the fix both print.
    root.cause = { candidates, explains: explained.length };
    if (single) {
      const p = { cell: first.cell, expected: candidates[0].shown.id, expected_en: candidates[0].shown.en, count: root.cause.explains };
      root.fix = fill(MESSAGES["diagnosis.fix"].fix.id, p);
      root.fix_en = fill(MESSAGES["diagnosis.fix"].fix.en, p);
      if (shownNote) {
        root.fix += ` — ${shownNote.id}`;
        root.fix_en += ` — ${shownNote.en}`;
      }
    } else {
      // Every equally good cell is a candidate (JSON, the pane); the text names the first few.
      const listed = candidates.slice(0, SHOWN_CHOICES);
      const more = (lang: "id" | "en") => (candidates.length > listed.length ? `; ${fill(MESSAGES["diagnosis.more"].fix[lang], { count: candidates.length - listed.length })}` : "");
      const choices = (lang: "id" | "en") => listed.map((c) => `${c.sheet === root!.sheet ? c.cell : `${c.sheet}!${c.cell}`} → ${lang === "id" ? c.shown.id : c.shown.en}`).join(lang === "id" ? "; atau " : "; or ") + more(lang);
      root.fix = fill(MESSAGES["diagnosis.choice"].fix.id, { choices: choices("id") });
      root.fix_en = fill(MESSAGES["diagnosis.choice"].fix.en, { choices_en: choices("en") });
    }
    const consequences = explained.filter((f) => f !== root);
    const causeName = single ? (first.sheet === root.sheet ? first.cell : `${first.sheet}!${first.cell}`) : root.cell;
    for (const f of consequences) {
      folded.add(f);
      f.causedBy = { sheet: root.sheet, cell: root.cell };
      f.fix = fill(MESSAGES["diagnosis.consequence"].fix.id, { cause: causeName });
      f.fix_en = fill(MESSAGES["diagnosis.consequence"].fix.en, { cause: causeName });
    }
    if (consequences.length) root.consequences = consequences;
  }
  // Searched and not explained by any one cell: the rule's own fix ("make E26 equal to B4")
  // would break another relation, so say that instead of suggesting it.
  const unsearched = new Set(d.unsearched);
  const unexplained = new Set(d.unexplained.filter((r) => !unsearched.has(r)));
  for (const f of errors) {
    if (folded.has(f) || f.cause) continue;
    const rels = byId.get(f.relation!)!;
    if (!rels.some((r) => unexplained.has(r))) continue;
    f.fix = fill(MESSAGES["diagnosis.multi"].fix.id, { cell: f.cell });
    f.fix_en = fill(MESSAGES["diagnosis.multi"].fix.en, { cell: f.cell });
  }
  const staleOf = new Map(d.stale.map((x) => [x.relation, x.cell]));
  for (const f of errors) {
    if (folded.has(f) || f.cause) continue;
    const cell = byId.get(f.relation!)!.map((r) => staleOf.get(r)).find((c) => c !== undefined);
    if (!cell) continue;
    const name = cell.sheet === f.sheet ? cell.address : `${cell.sheet}!${cell.address}`;
    f.fix = fill(MESSAGES["diagnosis.stale"].fix.id, { cell: name });
    f.fix_en = fill(MESSAGES["diagnosis.stale"].fix.en, { cell: name });
  }
  const top = findings.filter((f) => !folded.has(f)).concat(added);
  const summary: DiagnosisSummary = {
    rootCauses: roots,
    consequences: folded.size,
    unexplained: d.unexplained.length,
    trials: d.trials,
  };
  if (d.stoppedEarly) {
    const p = { examined: d.stoppedEarly.examined, violations: d.stoppedEarly.violations };
    summary.stoppedEarly = { ...d.stoppedEarly, note: fill(MESSAGES["diagnosis.stopped"].id, p), note_en: fill(MESSAGES["diagnosis.stopped"].en, p) };
  }
  return { findings: top, summary };
}

function withShown(c: RawCandidate, view: View, targets: Map<string, Relation>): FixCandidate {
  if (typeof c.value === "string") return { ...c, shown: { id: c.value, en: c.value } };
  const v = view({ sheet: c.sheet, address: c.cell });
  const s = shownAs(v, readNumber(v) ?? { value: c.value, fromText: false, percent: false, malformed: false, ambiguous: false }, targets.get(`${c.sheet}!${c.cell}`));
  return { ...c, shown: { id: show(c.value, s, "id"), en: show(c.value, s, "en") } };
}

function shownActual(v: ReturnType<View>, c: FixCandidate, lang: "id" | "en"): string {
  if (typeof c.actual !== "number") return String(c.actual);
  const s = shownAs(v, readNumber(v), undefined);
  return show(c.actual, s, lang);
}

export type { RootCause as RawRootCause };
