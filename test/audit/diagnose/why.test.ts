// The cases of issue 12's "Why": one typo, one root cause, the right value; what it explains
// is folded under it and no correct cell is told to change.
import { audit } from "../../../src/audit/engine";
import { planInstall } from "../../../src/templates";
import { snapshotFromActions } from "../../support/snapshotFromActions";
import type { Finding } from "../../../src/audit/types";
import { budgetTable, rel, sheet, wb } from "../helpers";

const snap = snapshotFromActions(planInstall({ year: 2024, sample: "kerinci-2024" }).actions);
const result = audit(snap, { now: "2025-01-31T00:00:00Z" });
const at = (ref: string): Finding[] => result.findings.filter((f) => `${f.sheet}!${f.cell}` === ref);
const rootAt = (ref: string): Finding | undefined => at(ref).find((f) => f.cause);
const roots = result.findings.filter((f) => f.cause);
const consequencesOf = (f: Finding | undefined) => (f?.consequences ?? []).map((c) => `${c.sheet}!${c.cell} ${c.rule}`).sort();

describe("kerinci-2024: root causes", () => {
  it("the TAK capaian 111,11% is not blamed; the realisasi is, with the data dukung's 100%", () => {
    expect(at("Capaian Kinerja!F5").filter((f) => f.severity === "error")).toEqual([]);
    const root = rootAt("Capaian Kinerja!E5");
    expect(root?.cause?.candidates.map((c) => [c.cell, c.value])).toEqual([["E5", 1]]);
    expect(root?.expected).toBe(1);
    expect(consequencesOf(root)).toEqual(["Capaian Kinerja!F5 capaian"]);
    // Nothing anywhere tells the user to change F5.
    expect(roots.flatMap((f) => f.cause!.candidates).filter((c) => c.sheet === "Capaian Kinerja" && c.cell === "F5")).toEqual([]);
  });

  it("IKPA 2024: 84,40 is the only root cause, with 94,40; nilai akhir and nilai aspek are its consequences", () => {
    const ikpa2024 = roots.filter((f) => f.sheet === "IKPA" && /^[A-Z]+(29|3[0-2])$/.test(f.cell));
    expect(ikpa2024.map((f) => f.cell).sort()).toEqual(["E29", "G30"]);
    const root = rootAt("IKPA!E29")!;
    expect(root.cause!.candidates).toHaveLength(1);
    expect(root.cause!.candidates[0].value).toBeCloseTo(94.4, 9);
    expect(root.cause!.candidates[0].shown.id).toBe("94,40");
    expect(consequencesOf(root)).toEqual(["IKPA!D32 mean", "IKPA!E31 product"]);
    // The correct cells E31 (9,44) and D32 (98,12) are not top-level errors any more.
    expect(at("IKPA!E31").filter((f) => f.severity === "error")).toEqual([]);
    expect(at("IKPA!D32").filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a blank UP/TUP weight is one finding (the regulation's 10), the konversi total folded under it", () => {
    for (const [sheetName, weight, total] of [["IKPA", "G14", "K13"], ["IKPA", "G22", "K21"], ["IKPA", "G30", "J29"], ["NKA", "G17", "J16"]]) {
      const root = rootAt(`${sheetName}!${weight}`);
      expect(root?.cause?.candidates.map((c) => c.value)).toEqual([10]);
      expect(consequencesOf(root)).toEqual([`${sheetName}!${total} total-sum`]);
      expect(at(`${sheetName}!${total}`).filter((f) => f.severity === "error")).toEqual([]);
    }
  });

  it("the Ringkasan: 109,73% is not told to become 111,11%; the overall average's value is the true 106,10%", () => {
    expect(roots.flatMap((f) => f.cause!.candidates).some((c) => c.sheet === "Ringkasan" && c.cell === "C8" && Math.abs(Number(c.value) - 1.1111) < 1e-4)).toBe(false);
    const c5 = rootAt("Ringkasan!C5")!;
    expect(c5.cause!.candidates[0].shown.id).toBe("106,10%");
    expect(c5.fix).toContain("106,10%");
  });

  it("a budget total with three equally good fixes lists them in one finding with their values", () => {
    const n20 = rootAt("Realisasi Anggaran!N20")!;
    expect(n20.cause!.candidates.map((c) => c.cell).sort()).toEqual(["N17", "N18", "N19"]);
    expect(n20.cause!.candidates.find((c) => c.cell === "N18")!.value).toBe(5018957000);
    expect(n20.fix_en).toContain("N18 → 5,018,957,000");
  });

  it("every error is a root cause or folded under one; the summary counts root causes only", () => {
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.filter((f) => !f.cause).map((f) => `${f.sheet}!${f.cell} ${f.fix_en}`)).toEqual([]);
    expect(result.summary.error).toBe(errors.length);
    expect(result.diagnosis!.rootCauses).toBe(roots.length);
    expect(result.diagnosis!.consequences).toBe(roots.reduce((n, f) => n + (f.consequences?.length ?? 0), 0));
    expect(result.diagnosis!.stoppedEarly).toBeUndefined();
  });

  it("diagnose: false reports every broken relation on its own, as before", () => {
    const plain = audit(snap, { diagnose: false });
    expect(plain.findings.some((f) => f.cause || f.consequences)).toBe(false);
    expect(plain.findings.find((f) => f.sheet === "IKPA" && f.cell === "E31" && f.severity === "error")?.expected).toBeCloseTo(8.44, 9);
  });
});

describe("a budget table typed as a new user would, with one wrong realisasi total", () => {
  // Pagu | Realisasi | Sisa per row, totals typed too; the realisasi total is off by 1.000.000.
  const table = budgetTable([480000000, 250000000, 126370500], 857370500);
  const s = sheet("S", table.rows);
  const relations = table.relations;

  it("blames the realisasi total with the sum of its parts; the correct Sisa is not told to change", () => {
    const r = audit(wb(s), { relations, recognize: false });
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(["C5"]);
    expect(errors[0].cause!.candidates.map((c) => [c.cell, c.value])).toEqual([["C5", 856370500]]);
    expect(consequencesOf(errors[0])).toEqual(["S!D5 difference"]);
  });

  it("a wrong part (not the total) is named when its own Sisa contradicts it", () => {
    const rows = s.values.map((row) => [...row]);
    rows[4][2] = 856370500;
    rows[2][2] = 251000000;
    const bad = sheet("S", rows);
    const r = audit(wb(bad), { relations, recognize: false });
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cause?.candidates.map((c) => [c.cell, c.value]))).toEqual([[["C3", 250000000]]]);
  });
});

describe("a typed input that reaches a violated relation only through formulas no relation describes", () => {
  // Rekap!B2 ='Data'!B4 (a plain reference) and Data!B4 =SUM(B1:B3): nothing declares them, yet a
  // typo in Data!B2 shows only where Rekap!B2 is compared with the typed Laporan!B1.
  const data = sheet("Data", [[10], [25], [30], [65]], { formulas: [[null], [null], [null], ["=SUM(B1:B3)"]] });
  data.values = data.values.map((r) => [null, ...r]);
  data.formulas = data.formulas!.map((r) => [null, ...r]);
  const rekap = sheet("Rekap", [[null, null], [null, 65]], { formulas: [[null, null], [null, "='Data'!B4"]] });
  const laporan = sheet("Laporan", [[null, 60]]);
  const relations = [rel("same", "Laporan!B1", ["Rekap!B2"], { id: "lap" })];

  it("lists the typed cells behind the formulas as equally good candidates with the typed copy, never a formula", () => {
    const r = audit(wb(data, rekap, laporan), { relations, recognize: false });
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    const candidates = errors[0].cause!.candidates.map((c) => [`${c.sheet}!${c.cell}`, c.value]);
    expect(candidates[0]).toEqual(["Laporan!B1", 65]);
    expect(candidates).toEqual(expect.arrayContaining([["Data!B2", 20], ["Data!B1", 5], ["Data!B3", 25]]));
    expect(errors[0].cause!.candidates.some((c) => c.formula)).toBe(false);
  });

  it("does not offer a change that makes a count negative when a plausible one exists", () => {
    const small = sheet("Data", [[null, 1], [null, 2], [null, 40], [null, 43]], { formulas: [[null, null], [null, null], [null, null], [null, "=SUM(B1:B3)"]] });
    const rekap43 = sheet("Rekap", [[null, null], [null, 43]], { formulas: [[null, null], [null, "='Data'!B4"]] });
    const r = audit(wb(small, rekap43, sheet("Laporan", [[null, 38]])), { relations, recognize: false });
    const values = r.findings.find((f) => f.cause)!.cause!.candidates.map((c) => c.value as number);
    expect(values.every((v) => v >= 0)).toBe(true);
    expect(r.findings.find((f) => f.cause)!.cause!.candidates.map((c) => `${c.sheet}!${c.cell}`)).toContain("Data!B3");
  });
});

describe("a SUM formula whose saved result is old (the workbook was not recalculated)", () => {
  const s = sheet("S", [[5013345000], [2877540000], [888650000], [8777535000]], { formulas: [[null], [null], [null], ["=SUM(A1:A3)"]] });
  const relations = [rel("sum", "A4", ["A1", "A2", "A3"], { id: "total" })];

  it("tells the user to recalculate, and offers no typed part (+0,1%) nor a figure over the formula", () => {
    const r = audit(wb(s), { relations, recognize: false });
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].cause).toBeUndefined();
    expect(errors[0].fix_en).toMatch(/^The formula in A4 holds an old result .*Ctrl\+Alt\+F9/);
    expect(errors[0].fix).toMatch(/^Rumus di A4 menyimpan hasil lama/);
  });

  it("a typed total with the same figures is a choice between the total and its parts, as before", () => {
    const typed = sheet("S", [[5013345000], [2877540000], [888650000], [8777535000]]);
    const r = audit(wb(typed), { relations, recognize: false });
    expect(r.findings.find((f) => f.cause)!.cause!.candidates.map((c) => [c.cell, c.value])[0]).toEqual(["A4", 5013345000 + 2877540000 + 888650000]);
  });
});
