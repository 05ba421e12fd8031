// Terapkan / Batalkan against the in-memory Excel: applying every root cause's value (as the
// pane's Terapkan does) and auditing again leaves no error; Batalkan restores every cell
// exactly, from the workbook settings alone (a new session), and nothing else changes.
import { audit } from "../../src/audit/engine";
import type { Finding } from "../../src/audit/types";
import { applyFix, FIXES_KEY, installTemplates, readSnapshot, savedFixes, undoFix } from "../../src/host/office";
import { FakeWorkbook, runFake } from "../support/fake";
import { sheetFingerprint, workbookFingerprint } from "./helpers";

/** Where two fixes are equally good the user chooses; this is the one the published report's sources support. */
const CHOSEN = new Set(["Realisasi Anggaran!N18", "Realisasi Anggaran!O18", "Realisasi Anggaran!B33"]);

async function kerinci(): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook();
  wb.addSheet("Sheet1");
  await runFake(wb, (c) => installTemplates(c, { year: 2024, sample: "kerinci-2024" }));
  return wb;
}

const roots = (findings: Finding[]) => findings.filter((f) => f.cause && !f.ignored);

describe("Terapkan every root cause on the kerinci-2024 sample", () => {
  it("converges: no error after one round; the figures are the corrected ones; Batalkan restores every byte", async () => {
    const wb = await kerinci();
    const original = workbookFingerprint(wb);
    const first = audit(await runFake(wb, (c) => readSnapshot(c)));
    const fixes = roots(first.findings).map((f) => f.cause!.candidates.find((c) => CHOSEN.has(`${c.sheet}!${c.cell}`)) ?? f.cause!.candidates[0]);
    expect(fixes.length).toBeGreaterThan(20);
    const untouched = new Map(wb.sheets.map((s) => [s.name, sheetFingerprint(s)]));
    for (const fx of fixes) {
      await runFake(wb, (c) => applyFix(c, { sheet: fx.sheet, address: fx.cell, value: fx.value }));
      untouched.delete(fx.sheet);
    }
    // Sheets with no fix are byte for byte what they were.
    for (const s of wb.sheets) if (untouched.has(s.name)) expect(sheetFingerprint(s)).toBe(untouched.get(s.name));
    const second = audit(await runFake(wb, (c) => readSnapshot(c)));
    expect(second.findings.filter((f) => f.severity === "error" && !f.ignored).map((f) => `${f.sheet}!${f.cell} ${f.rule}: ${f.message_en}`)).toEqual([]);
    // The figures the published report should have carried.
    const v = (sheet: string, cell: string) => wb.value(sheet, cell);
    expect(v("Capaian Kinerja", "E5")).toBe(1);
    expect(v("IKPA", "E29")).toBe(94.4);
    expect(v("IKPA", "G30")).toBe(10);
    expect(v("Realisasi Anggaran", "N18")).toBe(5018957000);
    expect(v("Realisasi Anggaran", "O18")).toBe(5003378285);
    expect(v("Realisasi Anggaran", "B33")).toBe(6360768000);
    expect(v("Realisasi Anggaran", "C26")).toBe(7941233000);
    expect(v("Ringkasan", "C5")).toBeCloseTo(1.061, 4);
    expect(v("Ringkasan", "C10")).toBe(3.21);
    expect(v("NKA", "B19")).toBe(86.84);

    // Batalkan, from a new session (the list lives in the workbook settings), newest first.
    const saved = await runFake(wb, (c) => savedFixes(c));
    expect(saved).toHaveLength(fixes.length);
    for (let i = 0; i < fixes.length; i++) expect(await runFake(wb, (c) => undoFix(c))).not.toBeNull();
    expect(wb.settings.has(FIXES_KEY)).toBe(false);
    expect(workbookFingerprint(wb)).toBe(original);
  });

  it("one Terapkan is one write sync after one read; a formula cell and a text cell come back as they were", async () => {
    const wb = FakeWorkbook.from({ S: [[1, 2, "=A1+B1"], ["7.981.992,000", null, null]] });
    wb.setNumberFormat(wb.mustSheet("S"), { start: { row: 0, col: 2 }, end: { row: 0, col: 2 } }, "0.00");
    wb.settings.set("user.setting", "keep");
    const before = workbookFingerprint(wb);
    const syncs = wb.syncLog.length;
    await runFake(wb, (c) => applyFix(c, { sheet: "S", address: "C1", value: 4 }));
    expect(wb.syncLog.length - syncs).toBe(2);
    await runFake(wb, (c) => applyFix(c, { sheet: "S", address: "A2", value: 7941233000 }));
    await runFake(wb, (c) => applyFix(c, { sheet: "S", address: "B2", value: "=cmd" }));
    expect(wb.value("S", "C1")).toBe(4);
    expect(wb.value("S", "A2")).toBe(7941233000);
    expect(wb.value("S", "B2")).toBe("=cmd");
    const list = await runFake(wb, (c) => savedFixes(c));
    expect(list.map((f) => [f.address, f.before])).toEqual([
      ["C1", { value: 3, formula: "=A1+B1", numberFormat: "0.00" }],
      ["A2", { value: "7.981.992,000", formula: null, numberFormat: "General" }],
      ["B2", { value: null, formula: null, numberFormat: "General" }],
    ]);
    // Undo one in the middle by id, then the rest.
    await runFake(wb, (c) => undoFix(c, list[1].id));
    expect(wb.value("S", "A2")).toBe("7.981.992,000");
    await runFake(wb, (c) => undoFix(c));
    await runFake(wb, (c) => undoFix(c));
    expect(await runFake(wb, (c) => undoFix(c))).toBeNull();
    expect(workbookFingerprint(wb)).toBe(before);
  });
});
