// The diagnosis pseudo-rule through the rule tester: its findings come from the whole audit (a root
// cause on a cell no rule reported), so the tester runs audit() rather than one rule alone.
import { audit } from "../../../src/audit/engine";
import { diagnosisRule } from "../../../src/audit/diagnose";
import { rel, sheet, wb } from "../helpers";
import { ruleTester, type RuleCase } from "../ruleTester";

// Pagu | Realisasi | Sisa per row with typed totals; `realisasi` is Belanja Barang's realisasi.
const book = (realisasi: number, total: number) =>
  wb(
    sheet("S", [
      ["Uraian", "Pagu", "Realisasi", "Sisa"],
      ["Belanja Pegawai", 500000000, 480000000, 20000000],
      ["Belanja Barang", 300000000, realisasi, 50000000],
      ["Belanja Modal", 200000000, 126370500, 73629500],
      ["Jumlah", 1000000000, total, 143629500],
    ]),
  );
const relations = [
  rel("sum", "B5", ["B2", "B3", "B4"]),
  rel("sum", "C5", ["C2", "C3", "C4"]),
  rel("sum", "D5", ["D2", "D3", "D4"]),
  rel("difference", "D2", ["B2", "C2"]),
  rel("difference", "D3", ["B3", "C3"]),
  rel("difference", "D4", ["B4", "C4"]),
  rel("difference", "D5", ["B5", "C5"]),
].map((r, i) => ({ ...r, id: `t${i}` }));
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
