// The Excel adapter against the in-memory Excel: round trips, never overwriting, exact restore.
import type { Action } from "../../src/core/actions";
import { cellAt, forEachCell } from "../../src/core/snapshot";
import { snapshotFromActions } from "../support/snapshotFromActions";
import { FakeWorkbook, runFake } from "../support/fake";
import {
  HostError,
  applyActions,
  clearHighlights,
  highlightFindings,
  installTemplates,
  readSnapshot,
  savedHighlights,
  selectCell,
  type Planner,
} from "../../src/host/office";
import { workbookFingerprint } from "./helpers";

const FIVE_MB = 5 * 1024 * 1024;

function userWorkbook(): FakeWorkbook {
  const wb = FakeWorkbook.from({
    "Capaian Kinerja": [["Indikator", "Target", "Realisasi", "Capaian"], ["IKU 1", 100, 98, "=C2/B2"]],
    Catatan: [["bebas"], [12.5]],
  });
  const s = wb.mustSheet("Capaian Kinerja");
  wb.setFill(s, { start: { row: 0, col: 0 }, end: { row: 0, col: 3 } }, "#D9E1F2");
  wb.setNumberFormat(s, { start: { row: 1, col: 3 }, end: { row: 1, col: 3 } }, "0.00%");
  wb.addName("PK_Indikator", s, { start: { row: 0, col: 0 }, end: { row: 1, col: 3 } });
  wb.settings.set("user.setting", "keep");
  return wb;
}

describe("readSnapshot", () => {
  test("reading changes nothing in the workbook", async () => {
    const wb = userWorkbook();
    const before = workbookFingerprint(wb);
    const first = await runFake(wb, (c) => readSnapshot(c, { now: () => new Date(0) }));
    const second = await runFake(wb, (c) => readSnapshot(c, { now: () => new Date(0) }));
    expect(workbookFingerprint(wb)).toBe(before);
    expect(second).toEqual(first);
    const capaian = first.sheets[0];
    expect(cellAt(capaian, 1, 3)).toEqual({ value: 0.98, formula: "=C2/B2", numberFormat: "0.00%" });
    expect(first.tables).toEqual([{ name: "PK_Indikator", sheet: "Capaian Kinerja", range: "A1:D2", kind: "name" }]);
  });

  test("more sheets than the first round trip probes cost exactly one more sync", async () => {
    const sheets: Record<string, number[][]> = {};
    for (let i = 1; i <= 40; i++) sheets[`S${i}`] = [[i]];
    const wb = FakeWorkbook.from(sheets);
    const snap = await runFake(wb, (c) => readSnapshot(c));
    expect(wb.syncLog).toHaveLength(3);
    expect(snap.sheets.map((s) => s.values[0][0])).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  test("hidden and protected sheets are reported as such", async () => {
    const wb = FakeWorkbook.from({ A: [[1]], B: [[2]] });
    wb.mustSheet("B").visibility = "Hidden";
    wb.mustSheet("A").protected = true;
    const snap = await runFake(wb, (c) => readSnapshot(c));
    expect(snap.sheets.map((s) => [s.name, s.visible, s.protected])).toEqual([["A", true, true], ["B", false, false]]);
  });
});

describe("applyActions", () => {
  test("applies every action kind in one sync", async () => {
    const wb = FakeWorkbook.from({ Data: null });
    const actions: Action[] = [
      { kind: "addSheet", sheet: "Baru", tabColor: "#00FF00" },
      { kind: "write", sheet: "Baru", address: "B2", values: [["Pagu", 100], ["Realisasi", 80], ["%", null]], formulas: [[null, null], [null, null], [null, "=C3/C2"]], numberFormats: [["General", "#,##0"], ["General", "#,##0"], ["General", "0.00%"]] },
      { kind: "fill", sheet: "Baru", address: "B2:C2", fill: { color: "#FFF2CC" } },
      { kind: "font", sheet: "Baru", address: "B2", bold: true, color: "#FF0000" },
      { kind: "columnWidth", sheet: "Baru", column: "B", width: 20 },
      { kind: "merge", sheet: "Baru", address: "B6:C6" },
      { kind: "wrap", sheet: "Baru", address: "B6" },
      { kind: "border", sheet: "Baru", address: "B2:C4" },
      { kind: "freeze", sheet: "Baru", rows: 1, columns: 1 },
      { kind: "addTable", sheet: "Baru", address: "E1:F3", name: "Tbl_Baru" },
      { kind: "addName", name: "Pagu_Baru", sheet: "Baru", address: "C2", comment: "pagu" },
      { kind: "validationList", sheet: "Baru", address: "B8", choices: ["positif", "negatif"] },
      { kind: "setSetting", key: "lkjip.test", value: "{}" },
      { kind: "protect", sheet: "Baru" },
      { kind: "select", sheet: "Baru", address: "C4" },
    ];
    await runFake(wb, (c) => applyActions(c, actions));
    expect(wb.syncLog).toHaveLength(1);
    const s = wb.mustSheet("Baru");
    expect(wb.value("Baru", "C4")).toBeCloseTo(0.8);
    expect(wb.formula("Baru", "C4")).toBe("=C3/C2");
    expect(wb.fillAt("Baru", "C2")).toBe("#FFF2CC");
    expect(s.fonts.get(1 * 16384 + 1)).toEqual({ bold: true, color: "#FF0000" });
    expect(s.tabColor).toBe("#00FF00");
    expect(s.columnWidths.get(1)).toBeGreaterThan(100);
    expect(s.merged).toHaveLength(1);
    expect(s.borders.map((b) => b.edge).sort()).toEqual(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideHorizontal", "InsideVertical"]);
    expect(s.freeze).toEqual({ rows: 1, columns: 1 });
    expect(wb.tables.map((t) => t.name)).toEqual(["Tbl_Baru"]);
    expect(wb.names.map((n) => n.name)).toEqual(["Pagu_Baru"]);
    expect(s.validations).toEqual([{ range: { start: { row: 7, col: 1 }, end: { row: 7, col: 1 } }, source: "positif,negatif" }]);
    expect(wb.settings.get("lkjip.test")).toBe("{}");
    expect(s.protected).toBe(true);
    expect(wb.activeSheet?.name).toBe("Baru");
    expect(wb.selection?.range).toEqual({ start: { row: 3, col: 2 }, end: { row: 3, col: 2 } });
  });

  test("addSheet refuses an existing name, checked up front or by Excel, and overwrites nothing", async () => {
    const wb = userWorkbook();
    const before = workbookFingerprint(wb);
    const add: Action[] = [{ kind: "addSheet", sheet: "capaian kinerja" }, { kind: "write", sheet: "capaian kinerja", address: "A1", values: [["x"]] }];
    await expect(runFake(wb, (c) => applyActions(c, add, { existingSheetNames: ["Capaian Kinerja"] }))).rejects.toMatchObject({ code: "sheetExists" });
    expect(wb.syncLog).toHaveLength(0);
    await expect(runFake(wb, (c) => applyActions(c, add))).rejects.toBeInstanceOf(HostError);
    expect(workbookFingerprint(wb)).toBe(before);
  });

  test("a protected sheet is explained, not a raw error", async () => {
    const wb = userWorkbook();
    wb.mustSheet("Catatan").protected = true;
    const write: Action[] = [{ kind: "write", sheet: "Catatan", address: "A1", values: [["x"]] }];
    const err = await runFake(wb, (c) => applyActions(c, write)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: "sheetProtected" });
    expect((err as HostError).render("id")).toMatch(/diproteksi/);
    expect((err as HostError).render("en")).toMatch(/protected/);
    await expect(runFake(wb, (c) => applyActions(c, write, { protectedSheets: ["Catatan"] }))).rejects.toMatchObject({ code: "sheetProtected", sheet: "Catatan" });
    expect(wb.value("Catatan", "A1")).toBe("bebas");
  });
});

describe("installTemplates", () => {
  test("installs the kerinci-2024 sample in ≤ 4 syncs with calculation suspended, keeping the user's sheets, names and settings byte for byte", async () => {
    const wb = userWorkbook();
    const userSheets = wb.sheets.map((s) => s.name);
    const before = workbookFingerprint(wb, userSheets);
    const result = await runFake(wb, (c) => installTemplates(c, { year: 2024, sample: "kerinci-2024" }));
    expect(wb.syncLog.length).toBeLessThanOrEqual(4);
    expect(result.syncs).toBe(wb.syncLog.length);
    expect(wb.maxPayloadBytes()).toBeLessThan(FIVE_MB);
    expect(wb.syncLog.slice(1).every((s) => s.calculationSuspended)).toBe(true);
    const afterUser = JSON.parse(workbookFingerprint(wb, userSheets));
    const beforeUser = JSON.parse(before);
    expect(afterUser.sheets).toEqual(beforeUser.sheets);
    expect(afterUser.names).toEqual(beforeUser.names);
    expect(wb.settings.get("user.setting")).toBe("keep");
    // "Capaian Kinerja" was the user's: the template went to a free name.
    expect(result.plan.sheets?.find((s) => s.id === "capaian")?.name).toBe("Capaian Kinerja (2)");
    expect(wb.value("Capaian Kinerja", "A1")).toBe("Indikator");
  });

  test("formulas written by the installer compute (HyperFormula) to the planner's cached values", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const result = await runFake(wb, (c) => installTemplates(c, { year: 2024, sample: "kerinci-2024" }));
    const expected = snapshotFromActions(result.plan.actions);
    const snap = await runFake(wb, (c) => readSnapshot(c));
    let formulas = 0;
    const mismatches: string[] = [];
    for (const exp of expected.sheets) {
      const got = snap.sheets.find((s) => s.name === exp.name)!;
      forEachCell(exp, (row, col, view) => {
        if (!view.formula) return;
        formulas++;
        const actual = cellAt(got, row, col);
        expect(actual.formula).toBe(view.formula);
        const ok = typeof view.value === "number" && typeof actual.value === "number" ? Math.abs(view.value - actual.value) <= 1e-6 * Math.max(1, Math.abs(view.value)) : JSON.stringify(view.value) === JSON.stringify(actual.value);
        if (!ok) mismatches.push(`${exp.name}!${row},${col} ${view.formula}: planner ${JSON.stringify(view.value)} vs Excel ${JSON.stringify(actual.value)}`);
      });
    }
    expect(formulas).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  });

  test("installing twice is safe: the second install gets \"(2)\" names or skips, the first stays as it was", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    await runFake(wb, (c) => installTemplates(c, { year: 2024 }));
    const firstSheets = wb.sheets.map((s) => s.name);
    const first = workbookFingerprint(wb, firstSheets);
    wb.resetSyncLog();
    const second = await runFake(wb, (c) => installTemplates(c, { year: 2024 }));
    expect(wb.syncLog.length).toBeLessThanOrEqual(4);
    expect(second.plan.sheets?.every((s) => s.name.endsWith(" (2)"))).toBe(true);
    const now = JSON.parse(workbookFingerprint(wb, firstSheets));
    const was = JSON.parse(first);
    expect(now.sheets).toEqual(was.sheets);
    expect(now.names).toEqual(was.names);
    const count = wb.sheets.length;
    await runFake(wb, (c) => installTemplates(c, { year: 2024, onConflict: "skip" }));
    expect(wb.sheets.length).toBe(count);
  });

  test("one write larger than a request is split into row pieces", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const values = Array.from({ length: 3000 }, (_, r) => Array.from({ length: 40 }, (_, c) => `sel ${r}-${c} ${"y".repeat(30)}`));
    const planner: Planner = () => ({ actions: [{ kind: "addSheet", sheet: "Satu" }, { kind: "write", sheet: "Satu", address: "B2", values }] });
    const result = await runFake(wb, (c) => installTemplates(c, { year: 2024 }, planner));
    expect(result.chunkBytes.length).toBe(2);
    for (const s of wb.syncLog) expect(s.requestBytes).toBeLessThan(FIVE_MB);
    expect(wb.value("Satu", "B2")).toBe(`sel 0-0 ${"y".repeat(30)}`);
    expect(wb.value("Satu", "AO3001")).toBe(`sel 2999-39 ${"y".repeat(30)}`);
  });

  test("a plan larger than one request is split across syncs, none over 5 MB, ≤ 4 syncs in all", async () => {
    const wb = userWorkbook();
    const userSheets = wb.sheets.map((s) => s.name);
    const before = workbookFingerprint(wb, userSheets);
    const rows = 1500;
    const planner: Planner = (o) => {
      const name = o.existingSheetNames?.includes("Besar") ? "Besar (2)" : "Besar";
      const actions: Action[] = [{ kind: "addSheet", sheet: name }];
      for (let block = 0; block < 3; block++) {
        const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 50 }, (_, c) => `teks ${block}-${r}-${c} ${"x".repeat(10)}`));
        actions.push({ kind: "write", sheet: name, address: `A${block * rows + 1}`, values });
      }
      return { actions };
    };
    const result = await runFake(wb, (c) => installTemplates(c, { year: 2024 }, planner));
    expect(result.chunkBytes.length).toBeGreaterThan(1);
    expect(wb.syncLog.length).toBeLessThanOrEqual(4);
    for (const s of wb.syncLog) expect(s.requestBytes).toBeLessThan(FIVE_MB);
    expect(wb.value("Besar", "AX4500")).toBe(`teks 2-1499-49 ${"x".repeat(10)}`);
    expect(workbookFingerprint(wb, userSheets)).toBe(before);
  });
});

describe("highlight", () => {
  test("restores exactly the fill that was there: a colour, white, or no fill; survives a reload", async () => {
    const wb = userWorkbook();
    const s = wb.mustSheet("Capaian Kinerja");
    wb.setFill(s, { start: { row: 1, col: 1 }, end: { row: 1, col: 1 } }, "#FFFFFF");
    const before = workbookFingerprint(wb);
    const targets = [
      { sheet: "Capaian Kinerja", address: "A1" }, // blue-grey fill
      { sheet: "Capaian Kinerja", address: "B2:D2" }, // white fill, then no fill
      { sheet: "Catatan", address: "A2" },
    ];
    const lit = await runFake(wb, (c) => highlightFindings(c, targets));
    expect(lit).toEqual({ highlighted: 5, syncs: 2 });
    expect(wb.syncLog).toHaveLength(2);
    expect(["A1", "B2", "C2", "D2"].map((a) => wb.fillAt("Capaian Kinerja", a))).toEqual(["#FFC7CE", "#FFC7CE", "#FFC7CE", "#FFC7CE"]);
    // Highlighting again keeps the first saved fills.
    await runFake(wb, (c) => highlightFindings(c, [{ sheet: "Capaian Kinerja", address: "A1" }]));
    // A new request context (as after reloading the pane) still knows what to restore.
    expect(await runFake(wb, (c) => savedHighlights(c))).toHaveLength(5);
    const cleared = await runFake(wb, (c) => clearHighlights(c));
    expect(cleared).toEqual({ restored: 5, syncs: 2 });
    expect(workbookFingerprint(wb)).toBe(before);
    expect(wb.fillAt("Capaian Kinerja", "B2")).toBe("#FFFFFF");
    expect(wb.fillAt("Capaian Kinerja", "C2")).toBeNull();
  });

  test("a protected sheet is refused with an explanation and nothing is lit", async () => {
    const wb = userWorkbook();
    wb.mustSheet("Catatan").protected = true;
    const before = workbookFingerprint(wb);
    await expect(runFake(wb, (c) => highlightFindings(c, [{ sheet: "Capaian Kinerja", address: "A1" }, { sheet: "Catatan", address: "A1" }]))).rejects.toMatchObject({ code: "sheetProtected", sheet: "Catatan" });
    expect(workbookFingerprint(wb)).toBe(before);
  });
});

describe("navigation", () => {
  test("selectCell activates the sheet and selects the cell", async () => {
    const wb = userWorkbook();
    await runFake(wb, (c) => selectCell(c, "Catatan", "A2"));
    expect(wb.activeSheet?.name).toBe("Catatan");
    expect(wb.selection).toMatchObject({ range: { start: { row: 1, col: 0 }, end: { row: 1, col: 0 } } });
    await expect(runFake(wb, (c) => selectCell(c, "Hilang", "A1"))).rejects.toMatchObject({ code: "notFound" });
  });
});
