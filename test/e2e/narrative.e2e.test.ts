// "Periksa naskah" end to end in Chromium on the BUILT pane at 320 px: the kerinci-2024 sample is
// installed through the Templat screen, then report text is pasted (and a .docx opened) and its
// findings are checked against that open workbook; clicking one selects its cell in Excel.
// Screenshots go to artifacts/screenshots/ (20-… naskah).
import * as path from "path";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import "./harness/api";

import { launchHarness, openPane, shots, type HarnessServer } from "./harness/launch";

/** The seed's Ikhtisar sentence: 3,12 (the tables have 3,21), and 3,12 ÷ 3,1 is 100,65%, not 103,54%. */
const ILK_WRONG =
  "Sasaran Meningkatnya Pelayanan Reformasi Birokrasi di Lingkup UPT Imigrasi memiliki indikator Indeks Kepuasan Unit Kerja Lingkup UPT Imigrasi terhadap Layanan Kesekretariatan dengan capaian 3,12 atau 103,54% dari target 3,1 Indeks.";
const ILK_RIGHT = ILK_WRONG.replace("3,12 atau 103,54%", "3,21 atau 103,55%");

let browser: Browser;
let server: HarnessServer;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

async function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join("");
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of ["error", "warning", "info"]) out[s] = Number(await page.getByTestId(`naskah-count-${s}`).getAttribute("data-count"));
  return out;
}

/** Clicks Periksa and waits for a new result (the counts carry the check's time). */
async function check(): Promise<void> {
  const counts = page.getByTestId("naskah-counts");
  const before = (await counts.count()) ? await counts.getAttribute("data-at") : null;
  await page.getByTestId("naskah-check").click();
  await page.waitForFunction((prev) => {
    const at = document.querySelector('[data-testid="naskah-counts"]')?.getAttribute("data-at");
    return !!at && at !== prev;
  }, before);
}

beforeAll(async () => {
  ({ server, browser } = await launchHarness(["dist/taskpane.js", "artifacts/e2e-harness/harness.js"]));
  page = await openPane(browser, server, pageErrors);
  // The sample workbook, installed as a user would.
  await page.getByTestId("tab-templat").click();
  await page.getByTestId("install").waitFor();
  await page.getByTestId("year").fill("2024");
  await page.getByTestId("sample").click();
  await page.getByTestId("install").click();
  await page.getByTestId("installed").waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Periksa naskah (320 px, Chromium, sample workbook open)", () => {
  it("opens from the tab bar, which still fits the pane with the new tab", async () => {
    await page.getByTestId("tab-naskah").click();
    await page.getByRole("heading", { name: "Periksa naskah laporan" }).waitFor();
    expect(await page.getByTestId("naskah-check").isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot("20-naskah-kosong");
  });

  it("the pasted ILK sentence: the finding shows its quote and workbook cell, next to the text's own arithmetic error", async () => {
    await page.getByTestId("naskah-text").fill(ILK_WRONG);
    await check();
    expect(await counts()).toMatchObject({ error: 1, warning: 1 });
    const mismatch = page.locator('[data-testid="naskah-finding"][data-code="narrative.mismatch"]');
    expect(await mismatch.getAttribute("data-sheet")).toBe("Capaian Kinerja");
    expect(await mismatch.getAttribute("data-address")).toBe("E10");
    expect(await mismatch.getByTestId("naskah-quote").textContent()).toContain("3,12 atau 103,54%");
    expect(await mismatch.getByTestId("naskah-finding-go").textContent()).toContain("Naskah menyebut realisasi ILK 3,12, tabel Capaian Kinerja!E10 berisi 3,21");
    expect(await mismatch.getByTestId("naskah-cell").textContent()).toBe("Capaian Kinerja!E10");
    const ratio = page.locator('[data-testid="naskah-finding"][data-code="narrative.ratio"]');
    expect(await ratio.getAttribute("data-severity")).toBe("error");
    expect(await ratio.getByTestId("naskah-quote").textContent()).toContain("103,54%");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot("21-naskah-temuan");
  });

  it("clicking the finding selects its workbook cell in Excel", async () => {
    await page.evaluate(() => window.__harness.select(window.__harness.sheetNames()[0], "A1"));
    await page.locator('[data-testid="naskah-finding"][data-code="narrative.mismatch"]').getByTestId("naskah-finding-go").click();
    await page.waitForFunction(() => {
      const sel = window.__harness.selection();
      return sel.sheet === "Capaian Kinerja" && sel.address === "E10";
    });
    expect(await page.evaluate(() => window.__harness.activeSheet())).toBe("Capaian Kinerja");
    await page.getByTestId("naskah-notice").getByText("Capaian Kinerja!E10").waitFor();
    // the cell link does the same
    await page.evaluate(() => window.__harness.select(window.__harness.sheetNames()[0], "A1"));
    await page.getByTestId("naskah-cell").click();
    await page.waitForFunction(() => window.__harness.selection().address === "E10");
    await shot("22-naskah-lompat");
  });

  it("the correct sentence gives no error or warning", async () => {
    await page.getByTestId("naskah-text").fill(ILK_RIGHT);
    await check();
    await page.getByTestId("naskah-none").waitFor();
    expect(await counts()).toMatchObject({ error: 0, warning: 0 });
    expect(await page.locator('[data-testid="naskah-finding"][data-severity="error"], [data-testid="naskah-finding"][data-severity="warning"]').count()).toBe(0);
    await shot("23-naskah-benar");
  });

  it("opens a .docx in the browser (JSZip, no server) and finds the same", async () => {
    await page.getByTestId("naskah-file").setInputFiles({
      name: "LKjIP 2024.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: await docx(["IKHTISAR EKSEKUTIF", ILK_WRONG]),
    });
    await page.getByTestId("naskah-notice").getByText("LKjIP 2024.docx").waitFor();
    expect(await page.getByTestId("naskah-text").inputValue()).toContain("3,12 atau 103,54%");
    await check();
    await page.locator('[data-testid="naskah-finding"][data-code="narrative.mismatch"][data-address="E10"]').waitFor();
    expect(await counts()).toMatchObject({ error: 1, warning: 1 });
    await shot("24-naskah-docx");
  });

  it("says PDF is read by the CLI only", async () => {
    await page.getByTestId("naskah-file").setInputFiles({ name: "LKjIP.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") });
    expect(await page.getByTestId("naskah-input-error").textContent()).toContain("PDF belum dapat dibaca di panel");
  });

  it("shows in English", async () => {
    await page.getByTestId("lang-en").click();
    await page.getByRole("heading", { name: "Check the report text" }).waitFor();
    expect(await page.locator('[data-testid="naskah-finding"][data-code="narrative.mismatch"]').getByTestId("naskah-finding-go").textContent()).toContain(
      "The text gives realisasi of ILK as 3.12; table cell Capaian Kinerja!E10 holds 3.21",
    );
    await shot("25-naskah-english");
    await page.getByTestId("lang-id").click();
  });

  it("raised no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});
