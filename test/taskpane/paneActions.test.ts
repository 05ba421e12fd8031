// The pane's buttons and the ribbon commands end to end in Node: the real Office adapter
// (src/host/office) on the in-memory Excel, the real audit and the real template plan.
import { FakeWorkbook, runFake } from "../support/fake";
import { applyActions, readSnapshot } from "../../src/host/office";
import { createExcelHost } from "../../src/taskpane/services/excelHost";
import { createStore } from "../../src/taskpane/state/store";
import { exportReport, ignoreFinding, runAudit, toggleHighlight } from "../../src/taskpane/services/paneActions";
import { freeSheetName, previewInstall, workbookOverview } from "../../src/taskpane/services/domain";
import type { HostService } from "../../src/taskpane/services/types";

let wb: FakeWorkbook;
let host: HostService;

function useWorkbook(w: FakeWorkbook): void {
  wb = w;
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => runFake(wb, b) };
  host = createExcelHost({ readSnapshot, applyActions });
}

async function installSample(): Promise<void> {
  const preview = previewInstall(await host.readSnapshot(), { templates: [], year: 2024, satker: "", sample: true });
  await host.applyActions(preview.actions);
}

/** Every cell's value, formula and fill, to prove an operation changed nothing. */
function dump(w: FakeWorkbook): string {
  return JSON.stringify(
    w.sheets.map((s) => ({ name: s.name, rows: s.rows, formulas: [...s.formulas], fills: [...s.fills], formats: [...s.numberFormats] })),
  );
}

beforeEach(() => useWorkbook(FakeWorkbook.from({ Sheet1: null })));

describe("Templat", () => {
  it("previews renamed sheets on a second install and never overwrites", async () => {
    await installSample();
    const before = dump(wb);
    const again = previewInstall(await host.readSnapshot(), { templates: ["capaian"], year: 2024, satker: "X", sample: false });
    expect(again.sheets).toEqual([{ name: "Capaian Kinerja (2)", original: "Capaian Kinerja" }]);
    await host.applyActions(again.actions);
    const after = JSON.parse(dump(wb)) as Array<{ name: string }>;
    expect(after.map((s) => s.name)).toContain("Capaian Kinerja (2)");
    // The sheets that were there are exactly as before.
    expect(JSON.stringify((JSON.parse(before) as Array<{ name: string }>))).toBe(JSON.stringify(after.filter((s) => s.name !== "Capaian Kinerja (2)")));
    const overview = workbookOverview(await host.readSnapshot());
    expect(overview.lkjipSheets.map((s) => s.name)).toContain("Capaian Kinerja (2)");
    expect(overview.otherSheets).toBe(1);
  });
});

describe("Audit buttons", () => {
  it("audits the sample without changing the workbook, and reports its contradictions", async () => {
    await installSample();
    const store = createStore();
    const before = dump(wb);
    const view = await runAudit(host, store);
    expect(dump(wb)).toBe(before);
    expect(store.get()).toMatchObject({ auditing: false, progress: { step: 3, label: "done" } });
    expect(view!.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
    // Seed contradiction: pagu per jenis belanja 10.062.360.000 vs LKD 9.933.860.000.
    expect(view!.findings.some((f) => f.expected === 9933860000 || f.actual === 9933860000 || f.expected === 10062360000 || f.actual === 10062360000)).toBe(true);
  });

  it("Sorot then Hapus sorotan leaves every fill as it was", async () => {
    await installSample();
    const store = createStore();
    await runAudit(host, store);
    const before = dump(wb);
    await toggleHighlight(host, store);
    expect(store.get().highlighted).toBeGreaterThan(0);
    expect(dump(wb)).not.toBe(before);
    await toggleHighlight(host, store);
    expect(store.get().highlighted).toBe(0);
    expect(dump(wb)).toBe(before);
  });

  it("Abaikan stores the reason in the workbook and the next audit marks the finding ignored", async () => {
    await installSample();
    const store = createStore();
    const view = await runAudit(host, store);
    const target = view!.findings[0];
    await ignoreFinding(host, store, target, "sudah dikoreksi di LKjIP revisi");
    expect(store.get().ignored[target.key]).toBe("sudah dikoreksi di LKjIP revisi");
    const again = await runAudit(host, createStore());
    expect(again!.findings.find((f) => f.key === target.key)?.ignoredReason).toBe("sudah dikoreksi di LKjIP revisi");
  });

  it("Ekspor writes a report sheet with links, under a free name each time", async () => {
    await installSample();
    const store = createStore();
    const view = await runAudit(host, store);
    expect(await exportReport(host, store)).toBe("Laporan Audit");
    expect(await exportReport(host, store)).toBe("Laporan Audit (2)");
    expect(wb.formula("Laporan Audit", "C2")).toBe(`=HYPERLINK("#${view!.findings[0].sheet.includes(" ") ? `'${view!.findings[0].sheet}'` : view!.findings[0].sheet}!${view!.findings[0].address}","${view!.findings[0].address}")`);
    expect(wb.value("Laporan Audit", `E${view!.findings.length + 1}`)).toBe(view!.findings[view!.findings.length - 1].message.id);
    expect(wb.value("Laporan Audit", "A1")).toBe("Tingkat");
    expect(await exportReport(host, store, "en")).toBe("Audit Report");
    expect(wb.value("Audit Report", "E2")).toBe(view!.findings[0].message.en);
    expect(wb.value("Audit Report", "A2")).toBe({ error: "Error", warning: "Warning", info: "Info" }[view!.findings[0].severity]);
  });

  it("puts a read failure on the store instead of throwing", async () => {
    const store = createStore();
    const broken: HostService = { ...host, readSnapshot: () => Promise.reject(new Error("Excel sibuk")) };
    expect(await runAudit(broken, store)).toBeUndefined();
    expect(store.get()).toMatchObject({ auditing: false, error: "Excel sibuk" });
  });
});

describe("freeSheetName", () => {
  it("compares names like Excel, ignoring case", () => {
    expect(freeSheetName({ sheets: [] }, "Laporan Audit")).toBe("Laporan Audit");
    const taken = { sheets: [{ name: "laporan audit" }, { name: "Laporan Audit (2)" }] } as unknown as Parameters<typeof freeSheetName>[0];
    expect(freeSheetName(taken, "Laporan Audit")).toBe("Laporan Audit (3)");
  });
});
