// ESLint-style tester of one audit rule: `valid` cases must give no finding of the rule, each
// `invalid` case exactly the findings it lists, and together the invalid cases must produce every
// code the rule declares in `meta.codes` (a code with no case that produces it fails the test).
// test/audit/rules-meta.test.ts checks that every rule's test file runs this tester.
import type { Relation } from "../../src/core/relations";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { RULES } from "../../src/audit/rules";
import type { AuditOptions, Finding } from "../../src/audit/types";
import { runRule, where } from "./helpers";

export interface RuleCase {
  /** What the case is, in words (the test's name). */
  name: string;
  snapshot: WorkbookSnapshot;
  relations?: Relation[];
  options?: AuditOptions;
}

export interface InvalidCase extends RuleCase {
  /** Every finding of the rule, as `where()` lines: "S!C1 error ratio.mismatch". */
  findings: string[];
  /** More to check on the findings (message, expected value …). */
  check?(findings: Finding[]): void;
}

/** How a case is run; the default runs the one rule alone, without recognition. */
export type RuleRunner = (id: string, c: RuleCase) => Finding[];

const runAlone: RuleRunner = (id, c) => runRule(id, c.snapshot, c.relations ?? [], c.options ?? {});

/** The code of a `where()` line. */
export const codeOf = (line: string): string => line.split(" ").pop()!;

/** The rule's declared codes that no invalid case lists. */
export function uncoveredCodes(codes: readonly string[], invalid: readonly InvalidCase[]): string[] {
  const produced = new Set(invalid.flatMap((c) => c.findings.map(codeOf)));
  return codes.filter((code) => !produced.has(code));
}

export function ruleTester(id: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }, run: RuleRunner = runAlone, codes?: readonly string[]): void {
  const declared = codes ?? RULES.find((r) => r.meta.id === id)?.meta.codes;
  describe(`${id} (rule tester)`, () => {
    it("is a known rule", () => expect(declared).toBeDefined());
    it.each(cases.valid.map((c) => [c.name, c] as const))("must not trigger: %s", (_name, c) => {
      expect(where(run(id, c).filter((f) => f.rule === id))).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("must trigger: %s", (_name, c) => {
      const found = run(id, c).filter((f) => f.rule === id);
      expect(where(found)).toEqual(c.findings);
      c.check?.(found);
    });
    it("has an invalid case that produces each code of meta.codes, and no other code", () => {
      expect(uncoveredCodes(declared ?? [], cases.invalid)).toEqual([]);
      const produced = new Set(cases.invalid.flatMap((c) => c.findings.map(codeOf)));
      expect([...produced].filter((c) => !(declared ?? []).includes(c))).toEqual([]);
    });
  });
}
