// Kinds the random-typo workbook found (issue 12), each rebuilt small: a rupiah figure seen only
// through a typed copy of a percentage, a shared figure whose copies are mistyped, and two slips
// whose relations share a cell. The output names the typed cells or offers them among several;
// it never invents a one-cell fix on a correct cell.
import { audit } from "../../../src/audit/engine";
import type { Finding } from "../../../src/audit/types";
import { budgetTable, rel, sheet, wb } from "../helpers";

const errorsOf = (r: ReturnType<typeof audit>): Finding[] => r.findings.filter((f) => f.severity === "error" && !f.ignored);
const choices = (f: Finding) => f.cause!.candidates.map((c) => [`${c.sheet}!${c.cell}`, c.value]);

describe("a realisasi typed wrong, seen only by the Ringkasan's typed copy of the table's percentage", () => {
  // S: Pagu | Realisasi | % (=C2/B2); Ringkasan!B1 types the 80,00% the table showed before.
  const table = sheet(
    "S",
    [
      ["Uraian", "Pagu", "Realisasi", "%"],
      ["Belanja Modal", 1000000000, 900000000, 0.9],
    ],
    { formulas: [[null, null, null, null], [null, null, null, "=IF(N(B2)=0,\"\",C2/B2)"]], numberFormats: [["General", "General", "General", "General"], ["General", "#,##0", "#,##0", "0.00%"]] },
  );
  const ringkasan = sheet("Ringkasan", [[null, 0.8]], { numberFormats: [["General", "0.00%"]] });
  const relations = [rel("ratio", "S!D2", ["S!C2", "S!B2"], { id: "pct" }), rel("same", "Ringkasan!B1", ["S!D2"], { id: "copy" })];

  it("offers the copy and the rupiah cells behind the percentage (the realisasi with its original value), not the copy alone", () => {
    const errors = errorsOf(audit(wb(table, ringkasan), { relations, recognize: false }));
    expect(errors).toHaveLength(1);
    expect(choices(errors[0])).toEqual(expect.arrayContaining([["Ringkasan!B1", 0.9], ["S!C2", 800000000]]));
  });
});

describe("one figure with two typed copies, both mistyped differently", () => {
  // S!B1 3,21 is right; Ringkasan!B1 (4,21) and Perbandingan!B1 (3,61) copy it wrongly. Changing
  // S!B1 fixes one copy and leaves the other disagreeing with it: each copy is its own cause.
  const source = sheet("S", [[null, 3.21]], { numberFormats: [["General", "0.00"]] });
  const a = sheet("Ringkasan", [[null, 4.21]], { numberFormats: [["General", "0.00"]] });
  const b = sheet("Perbandingan", [[null, 3.61]], { numberFormats: [["General", "0.00"]] });
  // As recognition declares a summary's copy: the detail table's figure is the authority.
  const relations = [rel("same", "Ringkasan!B1", ["S!B1"], { id: "r", authority: "operand" }), rel("same", "Perbandingan!B1", ["S!B1"], { id: "p", authority: "operand" })];

  it("names each copy with 3,21 and never the shared figure", () => {
    const errors = errorsOf(audit(wb(source, a, b), { relations, recognize: false }));
    const roots = errors.filter((f) => f.cause);
    expect(roots.map(choices).sort()).toEqual([[["Perbandingan!B1", 3.21]], [["Ringkasan!B1", 3.21]]]);
  });
});

describe("two slips whose relations share a cell", () => {
  // Pagu | Realisasi | Sisa typed per row and in the Jumlah row: a realisasi part and the
  // realisasi total are both mistyped (250.000.000 → 251.000.000; 856.370.500 → 866.370.500).
  const { rows, relations } = budgetTable([480000000, 251000000, 126370500], 866370500);

  it("a part and the total of one sum: both are named, each with its original value", () => {
    const errors = errorsOf(audit(wb(sheet("S", rows)), { relations, recognize: false }));
    const roots = errors.filter((f) => f.cause).map(choices).sort();
    expect(roots).toEqual([[["S!C3", 250000000]], [["S!C5", 856370500]]]);
    // Every error is one of them or folded under one.
    expect(errors.every((f) => f.cause || f.causedBy)).toBe(true);
  });

  it("a figure and its Ringkasan copy: the figure is named with its original value, the copy with the figure's corrected value", () => {
    // S!B1 realisasi 3,21 typed 3,12; its capaian S!C1 (typed 103,55% = 3,21 ÷ 3,10) still
    // holds the right figure; the Ringkasan copy was typed 3,31.
    const s = sheet("S", [[null, 3.12, 1.0355, 3.1]], { numberFormats: [["General", "0.00", "0.00%", "0.00"]] });
    const ringkasan = sheet("Ringkasan", [[null, 3.31]], { numberFormats: [["General", "0.00"]] });
    const rels = [rel("ratio", "S!C1", ["S!B1", "S!D1"], { id: "capaian" }), rel("same", "Ringkasan!B1", ["S!B1"], { id: "copy" })];
    const errors = errorsOf(audit(wb(s, ringkasan), { relations: rels, recognize: false }));
    const roots = errors.filter((f) => f.cause);
    // Never a single-cell fix on a correct cell (S!C1, S!D1), never the copy's 3,31 into the figure.
    for (const f of roots) for (const c of f.cause!.candidates) expect(["S!C1", "S!D1"]).not.toContain(`${c.sheet}!${c.cell}`);
    expect(roots.flatMap((f) => f.cause!.candidates).some((c) => c.sheet === "S" && c.cell === "B1" && Math.abs(Number(c.value) - 3.31) < 1e-9)).toBe(false);
    const named = roots.filter((f) => f.cause!.candidates.length === 1).map(choices).sort();
    expect(named).toEqual([[["Ringkasan!B1", 3.21]], [["S!B1", 3.21]]]);
  });
});
