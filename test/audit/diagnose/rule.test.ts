// The diagnosis pseudo-rule through the rule tester: its findings come from the whole audit (a root
// cause on a cell no rule reported), so the tester runs audit() rather than one rule alone.
import { audit } from "../../../src/audit/engine";
import { diagnosisRule } from "../../../src/audit/diagnose";
import { budgetTable, sheet, wb } from "../helpers";
import { ruleTester, type RuleCase } from "../ruleTester";

// Pagu | Realisasi | Sisa per row with typed totals; `realisasi` is Belanja Barang's realisasi.
const book = (realisasi: number, total: number) => wb(sheet("S", budgetTable([480000000, realisasi, 126370500], total).rows));
const relations = budgetTable([0, 0, 0], 0).relations;
const run = (_id: string, c: RuleCase) => audit(c.snapshot, { relations: c.relations, recognize: false }).findings;

ruleTester(
  "diagnosis",
  {
    valid: [
      { name: "a consistent table", snapshot: book(250000000, 856370500), relations },
      { name: "a wrong total is reported by its own rule, not as a diagnosis finding", snapshot: book(250000000, 857370500), relations },
    ],
    invalid: [
      {
        name: "a wrong part that only the total and its Sisa contradict is named as the root cause",
        snapshot: book(251000000, 856370500),
        relations,
        findings: ["S!C3 error diagnosis.cause"],
        check: (f) => expect(f[0].cause!.candidates.map((c) => [c.cell, c.value])).toEqual([["C3", 250000000]]),
      },
    ],
  },
  run,
  diagnosisRule.meta.codes,
);
