// Every rule has stable metadata, docs in both languages and its own test file run through the
// rule tester (test/audit/ruleTester.ts), whose invalid cases produce every code of the rule.
import fs from "fs";
import path from "path";
import { RULES } from "../../src/audit/rules";
import { diagnosisRule } from "../../src/audit/diagnose";
import { AUDIT_CODES, MESSAGES, MESSAGE_PARTS } from "../../src/audit/messages";
import { NARRATIVE_MESSAGES } from "../../src/narrative/messages";
import { placeholders } from "../../src/core/message";
import type { FindingDraft } from "../../src/audit/types";
import { uncoveredCodes } from "./ruleTester";

const root = path.join(__dirname, "..", "..");

describe.each(RULES.map((r) => [r.meta.id, r] as const))("rule %s", (id, rule) => {
  it("has meta with id, severity and descriptions in id + en", () => {
    expect(rule.meta.id).toMatch(/^[a-z][a-z-]+$/);
    expect(["error", "warning", "info"]).toContain(rule.meta.severity);
    expect(rule.meta.description.id.length).toBeGreaterThan(10);
    expect(rule.meta.description.en.length).toBeGreaterThan(10);
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
  });
  it("has a doc page with an Indonesian and an English section", () => {
    const file = path.join(root, rule.meta.docs);
    expect(fs.existsSync(file)).toBe(true);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toMatch(/## Bahasa Indonesia\n\n\S/);
    expect(text).toMatch(/## English\n\n\S/);
    expect(text).toContain(rule.meta.description.en);
  });
  it("has its own test file that runs the rule tester (valid and invalid cases, an invalid case per code)", () => {
    const text = fs.readFileSync(path.join(root, "test", "audit", "rules", `${id}.test.ts`), "utf8");
    expect(text).toMatch(new RegExp(`ruleTester\\(\\s*"${id}"`));
  });
});

it("rule ids are unique", () => {
  expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
});

// Finding codes: typed (src/audit/messages.ts keys), each listed by one rule, with both
// languages and a line in the rule's doc page.
describe("finding codes", () => {
  const rules = [...RULES, diagnosisRule];
  const base = (names: string[]) => [...new Set(names.map((n) => n.replace(/_en$/, "")))].sort();

  it.each(rules.map((r) => [r.meta.id, r] as const))("%s lists its codes, each with both languages and a doc line", (_id, rule) => {
    expect(rule.meta.codes.length).toBeGreaterThan(0);
    const doc = fs.readFileSync(path.join(root, rule.meta.docs), "utf8");
    for (const code of rule.meta.codes) {
      const t = MESSAGES[code];
      for (const text of [t.id, t.en, t.fix.id, t.fix.en]) expect(text.trim().length).toBeGreaterThan(5);
      expect(base(placeholders(t.en))).toEqual(base(placeholders(t.id)));
      expect(base(placeholders(t.fix.en))).toEqual(base(placeholders(t.fix.id)));
      expect(doc).toContain(`\`${code}\``);
    }
  });

  it("diagnosis runs the rule tester too", () => {
    expect(fs.readFileSync(path.join(root, "test", "audit", "diagnose", "rule.test.ts"), "utf8")).toMatch(/ruleTester\(\s*"diagnosis"/);
  });

  it("the rule tester fails a rule with a code that no invalid case produces", () => {
    const one = { name: "x", snapshot: { sheets: [], tables: [], settings: {} }, findings: ["S!A1 error sum.mismatch"] };
    expect(uncoveredCodes(["sum.mismatch", "sum.rounding"], [one])).toEqual(["sum.rounding"]);
    expect(uncoveredCodes(["sum.mismatch"], [one])).toEqual([]);
  });

  it("every reportable code belongs to exactly one rule; message parts to none", () => {
    const claimed = rules.flatMap((r) => r.meta.codes);
    expect(new Set(claimed).size).toBe(claimed.length);
    const reportable = AUDIT_CODES.filter((c) => !(MESSAGE_PARTS as readonly string[]).includes(c));
    expect([...claimed].sort()).toEqual([...reportable].sort());
  });

  it("every narrative code has both languages and a line in docs/narrative.md", () => {
    const doc = fs.readFileSync(path.join(root, "docs", "narrative.md"), "utf8");
    for (const [code, t] of Object.entries(NARRATIVE_MESSAGES)) {
      for (const text of [t.id, t.en, t.fix.id, t.fix.en]) expect(text.trim().length).toBeGreaterThan(5);
      expect(base(placeholders(t.en))).toEqual(base(placeholders(t.id)));
      expect(doc).toContain(`\`${code}\``);
    }
  });
});

it("a code outside the catalogue does not compile (typecheck guards this line)", () => {
  const draft: FindingDraft = {
    // @ts-expect-error "sum.typo" is not a catalogue code
    code: "sum.typo",
    sheet: "S",
    cell: "A1",
    related: [],
  };
  expect(MESSAGES[draft.code]).toBeUndefined();
});
