// The "Periksa naskah" screen's path without the browser: text pasted (or a .docx opened) is
// checked against the workbook the pane reads through its HostService (the Office adapter over
// the in-memory Excel), and gives the same findings as the CLI's --laporan path.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { OFFICE_ADAPTER } from "../../src/taskpane/services/host";
import { createExcelHost } from "../../src/taskpane/services/excelHost";
import { checkNarrative, NarrativeInputError, reportFileText, reportKind } from "../../src/taskpane/services/narrative";
import { createStore } from "../../src/taskpane/state/store";
import type { HostService } from "../../src/taskpane/services/types";
import { auditNarrative, parseText } from "../../src/narrative";
import { writeWorkbook } from "../../src/host/xlsx/write";
import { readWorkbook } from "../../src/host/xlsx/read";
import { planInstall } from "../../src/templates";
import { planOptions } from "../../src/taskpane/services/templatesDomain";
import { FakeWorkbook, runFake } from "../support/fake";
const SEED = path.join(__dirname, "..", "fixtures", "narrative", "kerinci-2024.txt");

const SAMPLE = { templates: [], year: 2024, satker: "", sample: true };

/** The Ikhtisar's ILK sentence as published: 3,12 (every table has 3,21), and 3,12 ÷ 3,1 is not 103,54%. */
export const ILK_WRONG =
  "Sasaran Meningkatnya Pelayanan Reformasi Birokrasi di Lingkup UPT Imigrasi memiliki indikator Indeks Kepuasan Unit Kerja Lingkup UPT Imigrasi terhadap Layanan Kesekretariatan dengan capaian 3,12 atau 103,54% dari target 3,1 Indeks.";
/** The same sentence with the tables' figures. */
export const ILK_RIGHT =
  "Sasaran Meningkatnya Pelayanan Reformasi Birokrasi di Lingkup UPT Imigrasi memiliki indikator Indeks Kepuasan Unit Kerja Lingkup UPT Imigrasi terhadap Layanan Kesekretariatan dengan capaian 3,21 atau 103,55% dari target 3,1 Indeks.";

async function paneWithSample(): Promise<HostService> {
  const wb = FakeWorkbook.from({ Sheet1: null });
  (globalThis as unknown as { Excel: unknown }).Excel = { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => runFake(wb, b) };
  const host = createExcelHost(OFFICE_ADAPTER);
  await host.installTemplates(SAMPLE);
  return host;
}

describe("Periksa naskah against the open workbook", () => {
  let host: HostService;
  beforeAll(async () => {
    host = await paneWithSample();
  });

  it("the wrong ILK sentence: the text's own ratio (error) and the table's 3,21 (warning, jump target Capaian Kinerja!E10)", async () => {
    const store = createStore({ route: "naskah" });
    const view = await checkNarrative(host, store, ILK_WRONG);
    expect(store.get().narrative).toBe(view);
    expect(store.get().checkingNarrative).toBe(false);
    const serious = view!.findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => [f.code, f.severity])).toEqual([
      ["narrative.ratio", "error"],
      ["narrative.mismatch", "warning"],
    ]);
    const vs = serious[1];
    expect(vs.target).toEqual({ sheet: "Capaian Kinerja", address: "E10" });
    expect(vs.quote).toContain("3,12 atau 103,54%");
    expect(vs.message.id).toBe("Naskah menyebut realisasi ILK 3,12, tabel Capaian Kinerja!E10 berisi 3,21");
    expect(vs.place).toEqual({ id: "par. 1", en: "para 1" });
    expect(serious[0].target).toBeUndefined();
    expect(new Set(view!.findings.map((f) => f.key)).size).toBe(view!.findings.length);
  });

  it("the right ILK sentence gives no error or warning", async () => {
    const view = await checkNarrative(host, createStore(), ILK_RIGHT);
    expect(view!.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("the whole seed report gives the same findings in the pane as on the CLI's path (.xlsx file read by src/host/xlsx)", async () => {
    const text = fs.readFileSync(SEED, "utf8");
    const pane = await checkNarrative(host, createStore(), text);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-naskah-"));
    try {
      const file = path.join(dir, "kerinci.xlsx");
      await writeWorkbook([{ kind: "addSheet", sheet: "Sheet1" }, ...planInstall({ ...planOptions(SAMPLE), existingSheetNames: ["Sheet1"], existingNames: [] }).actions], file);
      const cli = auditNarrative(parseText(text), await readWorkbook(file));
      const key = (f: { code: string; severity: string; actual?: unknown }, msg: string) => `${f.code}|${f.severity}|${String(f.actual)}|${msg}`;
      expect(pane!.findings.map((f) => key(f, f.message.id))).toEqual(cli.findings.map((f) => key(f, f.message)));
      expect(pane!.findings.filter((f) => f.severity === "warning").length).toBeGreaterThanOrEqual(8);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a failed workbook read in the store, without findings", async () => {
    const broken: HostService = { ...host, readSnapshot: () => Promise.reject(new Error("Excel sibuk")) };
    const store = createStore();
    expect(await checkNarrative(broken, store, ILK_WRONG)).toBeUndefined();
    expect(store.get()).toMatchObject({ error: { id: "Excel sibuk", en: "Excel sibuk" }, checkingNarrative: false });
  });
});

describe("report files opened in the pane", () => {
  it("reads a .docx from its bytes (no file system), with paragraphs and table rows", async () => {
    const zip = new JSZip();
    zip.file(
      "word/document.xml",
      '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Capaian 3,12 atau 103,54% dari target 3,1.</w:t></w:r></w:p>' +
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ILK</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3,21</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>",
    );
    const bytes = await zip.generateAsync({ type: "arraybuffer" });
    const text = await reportFileText("Laporan LKjIP.DOCX", bytes);
    expect(text).toContain("Capaian 3,12 atau 103,54% dari target 3,1.");
    expect(text).toContain("ILK\t3,21");
  });

  it("reads .txt/.md as UTF-8 without a BOM", async () => {
    const bytes = new TextEncoder().encode("\uFEFFcapaian 111,11%").buffer;
    expect(await reportFileText("naskah.txt", bytes as ArrayBuffer)).toBe("capaian 111,11%");
  });

  it("refuses PDF (CLI only) and other kinds with a catalogue message, and a broken .docx", async () => {
    const err = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => (e instanceof NarrativeInputError ? e.key : String(e)));
    expect(await err(reportFileText("laporan.pdf", new ArrayBuffer(4)))).toBe("naskah.pdfUnsupported");
    expect(await err(reportFileText("laporan.xlsx", new ArrayBuffer(4)))).toBe("naskah.unsupported");
    expect(await err(reportFileText("laporan.docx", new TextEncoder().encode("bukan zip").buffer as ArrayBuffer))).toBe("naskah.badDocx");
    expect(reportKind("A.Md")).toBe("text");
  });
});
