// One audit, two front ends: the same workbooks audited through the CLI's path (an .xlsx file
// read by src/host/xlsx, `auditFile`) and the task pane's path (the Office adapter reading the
// in-memory Excel, the pane's `runAudit`) must give identical findings. A default that only one
// front end passes (the year, the template relations) shows up here as a difference.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Action } from "../../src/core/actions";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { writeWorkbook } from "../../src/host/xlsx/write";
import { auditFile } from "../../src/cli/audit";
import { OFFICE_ADAPTER } from "../../src/taskpane/services/host";
import { createExcelHost } from "../../src/taskpane/services/excelHost";
import { planInstall } from "../../src/templates";
import { planOptions } from "../../src/taskpane/services/templatesDomain";
import { runAudit } from "../../src/taskpane/services/paneActions";
import { createStore } from "../../src/taskpane/state/store";
import type { HostService } from "../../src/taskpane/services/types";
import { FakeWorkbook, runFake } from "../support/fake";
import { freeLayout } from "../support/freeLayout";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-parity-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A sheet as a user pastes it: values and number formats, no formulas. */
function pasted(snapshot: WorkbookSnapshot): Action[] {
  return snapshot.sheets.flatMap((s): Action[] => [
    { kind: "addSheet", sheet: s.name },
    { kind: "write", sheet: s.name, address: "A1", values: s.values, numberFormats: s.numberFormats?.map((r) => r.map((f) => f ?? "General")) },
  ]);
}

/** OM-SPAN's IKPA print-out pasted without its title (so no year of its own), PER-5/PB/2024 weights, one wrong: Deviasi Halaman III DIPA weighs 15, not 10. */
const OMSPAN_IKPA: Action[] = pasted({
  sheets: [
    {
      name: "IKPA OM-SPAN",
      origin: { row: 0, col: 0 },
      values: [
        ["Keterangan", "Revisi DIPA", "Deviasi Halaman III DIPA", "Penyerapan Anggaran", "Belanja Kontraktual", "Penyelesaian Tagihan", "Pengelolaan UP dan TUP", "Capaian Output"],
        ["Nilai", 100, 90, 95, 100, 100, 100, 98],
        ["Bobot", 10, 10, 20, 10, 10, 10, 25],
        ["Nilai Akhir", 10, 9, 19, 10, 10, 10, 24.5],
      ],
    },
  ],
  tables: [],
  settings: {},
});

const SAMPLE = { templates: [], year: 2024, satker: "", sample: true };

interface Setup {
  /** What the user does in the pane (install through the Templat button, paste a sheet) on a new workbook with "Sheet1". */
  pane: (host: HostService) => Promise<void>;
  /** The same workbook's content, as `lkjip init` and the .xlsx writer would make it. */
  file: () => Action[];
}

// What `lkjip init --sample kerinci-2024 --year 2024` plans, next to the new workbook's Sheet1.
const sampleFile = (): Action[] => planInstall({ ...planOptions(SAMPLE), existingSheetNames: ["Sheet1"], existingNames: [] }).actions;

const CASES: Array<[string, Setup]> = [
  ["the kerinci-2024 sample", { pane: async (host) => void (await host.installTemplates(SAMPLE)), file: sampleFile }],
  ["the free-layout workbook", { pane: (host) => host.applyActions(pasted(freeLayout(false))), file: () => pasted(freeLayout(false)) }],
  [
    "the sample with a pasted OM-SPAN IKPA sheet",
    {
      pane: async (host) => {
        await host.installTemplates(SAMPLE);
        await host.applyActions(OMSPAN_IKPA);
      },
      file: () => [...sampleFile(), ...OMSPAN_IKPA],
    },
  ],
];

function paneOn(wb: FakeWorkbook): HostService {
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => runFake(wb, b) };
  return createExcelHost(OFFICE_ADAPTER);
}

const key = (f: { rule: string; code: string; severity: string; sheet: string; expected?: unknown; actual?: unknown }, cell: string, message: string) =>
  JSON.stringify([f.sheet, cell, f.rule, f.code, f.severity, f.expected ?? null, f.actual ?? null, message]);

test.each(CASES)("%s: the pane and the CLI report the same findings", async (name, setup) => {
  // Pane: install / paste into the in-memory Excel, then the Audit button's path.
  const host = paneOn(FakeWorkbook.from({ Sheet1: null }));
  await setup.pane(host);
  const view = await runAudit(host, createStore());
  expect(view).toBeDefined();
  const pane = view!.findings.map((f) => key(f, f.address, f.message.id));

  // CLI: the same content as an .xlsx file, then `lkjip audit FILE`'s per-file path.
  const file = path.join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
  await writeWorkbook([{ kind: "addSheet", sheet: "Sheet1" }, ...setup.file()], file);
  const outcome = await auditFile(file, "id");
  expect(outcome.error).toBeUndefined();
  const cli = outcome.result!.findings.map((f) => key(f, f.cell, f.message));

  expect(pane.length).toBeGreaterThan(0);
  expect(pane).toEqual(cli);
});

test("the pasted OM-SPAN sheet's wrong weight is judged by the templates' year in both", async () => {
  const host = paneOn(FakeWorkbook.from({ Sheet1: null }));
  await CASES[2][1].pane(host);
  const view = await runAudit(host, createStore());
  expect(view!.findings.filter((f) => f.sheet === "IKPA OM-SPAN" && f.severity === "error").map((f) => `${f.address} ${f.rule}`)).toContain("C3 regime-weight");
});
