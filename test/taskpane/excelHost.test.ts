// The pane's Excel host service run against the in-memory Excel: selection, formula insertion,
// and highlighting that puts every fill back exactly, including cells that already had one.
import { FakeWorkbook, runFake } from "../support/fake";
import { HIGHLIGHTS_KEY as HIGHLIGHT_SETTING, HIGHLIGHT_COLOR } from "../../src/host/office";
import { createExcelHost, splitAddress } from "../../src/taskpane/services/excelHost";
import type { HostService } from "../../src/taskpane/services/types";
import { goToCell } from "../../src/taskpane/services/paneActions";
import { createStore } from "../../src/taskpane/state/store";

let wb: FakeWorkbook;
let host: HostService;

beforeEach(() => {
  wb = FakeWorkbook.from({ Capaian: [["a", 1, 2], ["b", 3, 4]], "Data Dukung": [[5, 6]] });
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => runFake(wb, b) };
  host = createExcelHost({
    readSnapshot: async () => {
      throw new Error("not used here");
    },
    applyActions: async () => undefined,
    installTemplates: async () => Promise.reject(new Error("unused")),
  });
});

describe("Excel host service", () => {
  it("activates the sheet and selects the cell of a finding", async () => {
    await host.select({ sheet: "Data Dukung", address: "B1" });
    expect(wb.activeSheet?.name).toBe("Data Dukung");
    expect(await host.getSelection()).toEqual({ sheet: "Data Dukung", address: "B1" });
  });

  it("inserts a formula into the selected cell", async () => {
    await host.select({ sheet: "Capaian", address: "D2" });
    expect(await host.insertFormula("=B2/C2")).toEqual({ sheet: "Capaian", address: "D2" });
    expect(wb.formula("Capaian", "D2")).toBe("=B2/C2");
  });

  it("highlights and restores exactly the fills that were there, in few syncs", async () => {
    const sheet = wb.sheets[0];
    wb.setFill(sheet, { start: { row: 0, col: 1 }, end: { row: 0, col: 1 } }, "#00B050");
    wb.setFill(sheet, { start: { row: 1, col: 2 }, end: { row: 1, col: 2 } }, "#FFFFFF");
    const before = ["A1", "B1", "C1", "C2"].map((a) => wb.fillAt("Capaian", a));
    wb.resetSyncLog();
    const count = await host.highlight([{ sheet: "Capaian", address: "A1:C1" }, { sheet: "Capaian", address: "C2" }, { sheet: "Capaian", address: "B1" }]);
    expect(count).toBe(4);
    expect(wb.syncLog.length).toBeLessThanOrEqual(2);
    expect(["A1", "B1", "C1", "C2"].map((a) => wb.fillAt("Capaian", a))).toEqual(Array(4).fill(HIGHLIGHT_COLOR));
    expect(wb.fillAt("Capaian", "A2")).toBeNull();
    await host.clearHighlights();
    expect(["A1", "B1", "C1", "C2"].map((a) => wb.fillAt("Capaian", a))).toEqual(before);
    expect(before).toEqual([null, "#00B050", null, "#FFFFFF"]);
    expect(host.highlightedCount()).toBe(0);
  });

  it("does not lose the original fill when the same cells are highlighted twice", async () => {
    wb.setFill(wb.sheets[0], { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } }, "#FF0000");
    await host.highlight([{ sheet: "Capaian", address: "A1" }]);
    await host.highlight([{ sheet: "Capaian", address: "A1" }, { sheet: "Capaian", address: "A2" }]);
    await host.clearHighlights();
    expect(wb.fillAt("Capaian", "A1")).toBe("#FF0000");
    expect(wb.fillAt("Capaian", "A2")).toBeNull();
  });

  it("restores the fills after the pane reopens, from the workbook setting", async () => {
    wb.setFill(wb.sheets[0], { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } }, "#00B050");
    await host.highlight([{ sheet: "Capaian", address: "A1:B1" }]);
    const reopened = createExcelHost({ readSnapshot: async () => Promise.reject(new Error("unused")), applyActions: async () => undefined, installTemplates: async () => Promise.reject(new Error("unused")) });
    expect(reopened.highlightedCount()).toBe(0);
    expect(await reopened.refreshHighlights()).toBe(2);
    // Highlighting again in the new session must not take the highlight colour for the original.
    await reopened.highlight([{ sheet: "Capaian", address: "A1" }]);
    await reopened.clearHighlights();
    expect(wb.fillAt("Capaian", "A1")).toBe("#00B050");
    expect(wb.fillAt("Capaian", "B1")).toBeNull();
    expect(wb.settings.has(HIGHLIGHT_SETTING)).toBe(false);
  });

  it("leaves cell values and formulas untouched", async () => {
    await host.highlight([{ sheet: "Capaian", address: "A1:C2" }]);
    await host.clearHighlights();
    expect(wb.value("Capaian", "B2")).toBe(3);
    expect(wb.value("Capaian", "A1")).toBe("a");
  });
});

describe("workbook outline", () => {
  it("lists sheets and named ranges without reading cells, in one sync", async () => {
    wb.addName("Capaian_Tabel", wb.sheets[0], { start: { row: 0, col: 0 }, end: { row: 1, col: 2 } });
    wb.resetSyncLog();
    const outline = await host.readOutline();
    expect(wb.syncLog.length).toBe(1);
    expect(outline.sheets.map((s) => s.name)).toEqual(["Capaian", "Data Dukung"]);
    expect(outline.sheets.every((s) => s.values.length === 0)).toBe(true);
    expect(outline.tables).toEqual([{ name: "Capaian_Tabel", sheet: "Capaian", range: "A1:C2", kind: "name" }]);
  });
});

describe("address helpers", () => {
  it("splits Excel's full addresses, quoted or not", () => {
    expect(splitAddress("'Data Dukung'!$B$1")).toEqual({ sheet: "Data Dukung", address: "B1" });
    expect(splitAddress("Capaian!C5:D6")).toEqual({ sheet: "Capaian", address: "C5:D6" });
    expect(splitAddress("'It''s'!A1")).toEqual({ sheet: "It's", address: "A1" });
  });
});

describe("Excel errors reach the pane in both languages", () => {
  it("a finding's sheet renamed since the audit: Indonesian for the Indonesian pane, English for the English one", async () => {
    const store = createStore();
    expect(await goToCell(host, store, "Hilang", "A1")).toBe(false);
    expect(store.get().error).toEqual({
      id: 'Lembar "Hilang" tidak ditemukan (mungkin sudah diganti namanya).',
      en: 'The sheet "Hilang" was not found (it may have been renamed).',
    });
  });
});
