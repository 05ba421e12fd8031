// End to end in a real browser: Debian's Chromium (never a downloaded one) opens the BUILT task
// pane at 320 px on the in-memory Excel, and a person's path through it is checked against the
// workbook: install, sample, audit, go to a finding, highlight and restore, ignore, export,
// insert a function, ribbon commands, language and theme. Screenshots go to artifacts/screenshots/.
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { Browser, Page } from "playwright-core";
import "./harness/api";

import { launchHarness, openPane as openHarnessPane, root, shots, type HarnessServer } from "./harness/launch";

let browser: Browser;
let server: HarnessServer;
let page: Page;
const pageErrors: string[] = [];

/** What the user sees in a 320 × 720 pane (the viewport, not the whole scrolled page). */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

function openPane(query = ""): Promise<Page> {
  return openHarnessPane(browser, server, pageErrors, query);
}

beforeAll(async () => {
  ({ server, browser } = await launchHarness(["dist/taskpane.js", "dist/commands.js", "artifacts/e2e-harness/harness.js"]));
  page = await openPane();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane on the in-memory Excel (320 px, Chromium)", () => {
  it("starts on Beranda in Indonesian with an empty workbook", async () => {
    await page.getByTestId("no-sheets").waitFor();
    await page.getByRole("tab", { name: "Beranda" }).waitFor();
    expect(await page.getByTestId("last-audit").textContent()).toContain("Belum pernah diaudit");
    // Nothing is wider than the pane.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot("01-beranda-kosong");
  });

  it("installs the templates with the kerinci-2024 sample, and a second install only adds renamed sheets", async () => {
    await page.getByTestId("tab-templat").click();
    await page.getByTestId("install").waitFor();
    await page.getByTestId("satker").fill("Kantor Imigrasi Kelas II Non TPI Kerinci");
    await page.getByTestId("year").fill("2024");
    await page.getByTestId("sample").click();
    await shot("02-templat");
    const planned = await page.getByTestId("preview").locator("li").count();
    expect(planned).toBeGreaterThan(0);
    await page.getByTestId("install").click();
    await page.getByTestId("installed").waitFor();
    const names = await page.evaluate(() => window.__harness.sheetNames());
    expect(names.length).toBeGreaterThanOrEqual(planned);
    // Installing again never overwrites: the preview now offers "(2)" names.
    await page.getByTestId("preview").getByText("(2)").first().waitFor();
    await shot("03-templat-terpasang");
    await page.getByTestId("tab-beranda").click();
    await page.getByTestId("lkjip-sheets").waitFor();
    await shot("04-beranda-terpasang");
  });

  it("runs the audit and lists the sample's contradictions by sheet", async () => {
    await page.getByTestId("tab-audit").click();
    await page.getByTestId("run-audit").click();
    await page.getByTestId("counts").waitFor();
    const errors = Number(await page.getByTestId("count-error").getAttribute("data-count"));
    expect(errors).toBeGreaterThan(0);
    expect(await page.getByTestId("finding").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot("05-audit");
  });

  it("moves Excel's selection to a finding's cell when the finding is clicked", async () => {
    const finding = page.getByTestId("finding").nth(1);
    const sheet = (await finding.getAttribute("data-sheet"))!;
    const address = (await finding.getAttribute("data-address"))!;
    await page.evaluate(() => window.__harness.select(window.__harness.sheetNames()[0], "A1"));
    await finding.getByTestId("finding-go").click();
    await page.waitForFunction(([s, a]) => {
      const sel = window.__harness.selection();
      return sel.sheet === s && sel.address === a;
    }, [sheet, address] as const);
    expect(await page.evaluate(() => window.__harness.activeSheet())).toBe(sheet);
  });

  it("explains an Excel error in the pane's language: a finding whose sheet was renamed since the audit", async () => {
    const finding = page.getByTestId("finding").nth(1);
    const sheet = (await finding.getAttribute("data-sheet"))!;
    await page.evaluate((s) => window.__harness.renameSheet(s, "Diganti"), sheet);
    await finding.getByTestId("finding-go").click();
    const error = page.getByTestId("error");
    await error.getByText("tidak ditemukan", { exact: false }).waitFor();
    expect(await error.textContent()).toContain(`Lembar "${sheet}" tidak ditemukan`);
    await page.getByTestId("lang-en").click();
    await error.getByText("was not found", { exact: false }).waitFor();
    expect(await error.textContent()).toContain(`The sheet "${sheet}" was not found`);
    await page.getByTestId("lang-id").click();
    await page.evaluate((s) => window.__harness.renameSheet("Diganti", s), sheet);
    await page.getByRole("button", { name: "Tutup pesan" }).click();
    expect(await page.getByTestId("error").count()).toBe(0);
  });

  it("highlights every finding cell and restores the exact fills, including cells that had one", async () => {
    const cells = await page.getByTestId("finding").evaluateAll((els) => els.map((e) => ({ sheet: e.getAttribute("data-sheet")!, address: e.getAttribute("data-address")! })));
    const first = cells[0];
    await page.evaluate(({ sheet, address }) => window.__harness.setFill(sheet, address.split(":")[0], "#00B050"), first);
    const single = cells.filter((c) => !c.address.includes(":"));
    const before = await page.evaluate((list) => list.map((c) => window.__harness.fill(c.sheet, c.address)), single);
    expect(before).toContain("#00B050");
    expect(before).toContain(null);
    await page.getByTestId("highlight").click();
    await page.getByText("Hapus sorotan").waitFor();
    const lit = await page.evaluate((list) => list.map((c) => window.__harness.fill(c.sheet, c.address)), single);
    expect(lit.every((f) => f === "#FFC7CE")).toBe(true);
    await shot("06-audit-sorot");
    await page.getByTestId("highlight").click();
    await page.getByText("Sorot", { exact: true }).waitFor();
    const after = await page.evaluate((list) => list.map((c) => window.__harness.fill(c.sheet, c.address)), single);
    expect(after).toEqual(before);
  });

  it("ignores a finding with a reason stored in the workbook, and exports a report sheet", async () => {
    const finding = page.getByTestId("finding").first();
    await finding.getByTestId("ignore").click();
    await finding.getByTestId("ignore-reason").fill("Sudah dikonfirmasi bagian keuangan");
    await finding.getByRole("button", { name: "Simpan" }).click();
    await finding.getByText("Diabaikan: Sudah dikonfirmasi bagian keuangan").waitFor();
    const settings = await page.evaluate(() => window.__harness.settings());
    expect(Object.values(settings).join()).toContain("Sudah dikonfirmasi bagian keuangan");
    await page.getByTestId("export").click();
    await page.getByTestId("notice").getByText("Laporan Audit").waitFor();
    const names = await page.evaluate(() => window.__harness.sheetNames());
    expect(names).toContain("Laporan Audit");
    expect(await page.evaluate(() => window.__harness.formula("Laporan Audit", "C2"))).toMatch(/^=HYPERLINK\("#/);
    await shot("07-audit-abaikan-ekspor");
  });

  it("Terapkan writes a root cause's value only after confirmation and re-audits; Batalkan restores the cells byte for byte", async () => {
    const dumps = await page.evaluate(() => ["IKPA", "Realisasi Anggaran"].map((s) => window.__harness.sheetDump(s)));
    const card = (sheet: string, address: string) => page.locator(`[data-testid="finding"][data-sheet="${sheet}"][data-address="${address}"]`);
    const value = (sheet: string, address: string) => page.evaluate(([s, a]) => window.__harness.value(s, a), [sheet, address] as const);
    // One candidate: the mistyped Belanja Kontraktual 84,40; its two consequences are folded under it.
    const e29 = card("IKPA", "E29");
    expect(await e29.getAttribute("data-root")).toBe("true");
    expect(await e29.getByTestId("consequence").count()).toBe(2);
    await e29.getByTestId("apply").click();
    expect(await e29.getByTestId("apply-question").textContent()).toBe("Tulis 94,40 ke IKPA!E29?");
    await e29.scrollIntoViewIfNeeded();
    await shot("11-audit-terapkan");
    // Nothing is written before the confirmation; Batal writes nothing either.
    expect(await value("IKPA", "E29")).toBe(84.4);
    await e29.getByTestId("apply-cancel").click();
    expect(await value("IKPA", "E29")).toBe(84.4);
    await e29.getByTestId("apply").click();
    await e29.getByTestId("apply-confirm").click();
    await page.locator('[data-testid="applied-fix"][data-address="E29"]').waitFor();
    await e29.waitFor({ state: "detached" });
    expect(await value("IKPA", "E29")).toBe(94.4);
    // Its consequences went with it (the audit ran again): no error left on the IKPA 2024 rows.
    for (const a of ["E29", "E31", "D32"]) expect([a, await card("IKPA", a).and(page.locator('[data-severity="error"]')).count()]).toEqual([a, 0]);

    // Three equally good candidates: the user picks one before anything can be written.
    const n20 = card("Realisasi Anggaran", "N20");
    await n20.getByTestId("apply").click();
    expect(await n20.getByTestId("apply-choice").count()).toBe(3);
    expect(await n20.getByTestId("apply-confirm").isDisabled()).toBe(true);
    await n20.getByRole("radio", { name: /^N18 → 5\.018\.957\.000$/ }).check();
    expect(await n20.getByTestId("apply-question").textContent()).toBe("Tulis 5.018.957.000 ke Realisasi Anggaran!N18?");
    await n20.scrollIntoViewIfNeeded();
    await shot("12-audit-pilih-sel");
    await n20.getByTestId("apply-confirm").click();
    await n20.waitFor({ state: "detached" });
    expect(await value("Realisasi Anggaran", "N18")).toBe(5018957000);
    expect(await value("Realisasi Anggaran", "N17")).toBe(2242327000);
    // Batalkan survives in the workbook settings (it is what a reopened pane reads).
    expect(JSON.parse((await page.evaluate(() => window.__harness.settings()))["lkjip.fixes"]).length).toBe(2);
    await page.getByTestId("applied").scrollIntoViewIfNeeded();
    await shot("13-audit-diterapkan");

    await page.locator('[data-testid="applied-fix"][data-address="N18"]').getByTestId("undo").click();
    await n20.waitFor();
    await page.locator('[data-testid="applied-fix"][data-address="E29"]').getByTestId("undo").click();
    await e29.waitFor();
    await page.getByTestId("applied").waitFor({ state: "detached" });
    expect(await value("IKPA", "E29")).toBe(84.4);
    expect(await value("Realisasi Anggaran", "N18")).toBe(5147457000);
    expect(await page.evaluate(() => ["IKPA", "Realisasi Anggaran"].map((s) => window.__harness.sheetDump(s)))).toEqual(dumps);
    expect((await page.evaluate(() => window.__harness.settings()))["lkjip.fixes"]).toBeUndefined();
    await shot("14-audit-batalkan");
  });

  it("shows the function reference from functions.json and inserts a formula into the selected cell", async () => {
    await page.getByTestId("tab-fungsi").click();
    await page.getByRole("button", { name: "LKJIP.CAPAIAN", exact: true }).click();
    await page.getByTestId("arg-CAPAIAN-realisasi").fill("B2");
    await page.getByTestId("arg-CAPAIAN-target").fill("C2");
    await page.evaluate(() => window.__harness.select(window.__harness.sheetNames()[0], "Z10"));
    await shot("08-fungsi");
    await page.getByTestId("insert-CAPAIAN").click();
    await page.getByTestId("notice").waitFor();
    const sheet = await page.evaluate(() => window.__harness.sheetNames()[0]);
    expect(await page.evaluate((s) => window.__harness.formula(s, "Z10"), sheet)).toBe("=LKJIP.CAPAIAN(B2,C2)");
  });

  it("is usable by keyboard: arrow keys move between tabs and Enter activates a button", async () => {
    await page.getByTestId("tab-fungsi").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByTestId("run-audit").waitFor();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    expect(focused).toBe("run-audit");
    // Keyboard focus is visible (Fluent marks it for its focus outline).
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-fui-focus-visible"))).toBe(true);
    // Every button and input has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, [role=tab]")]
        .filter((el) => !(el.getAttribute("aria-label") || el.textContent?.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`))))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  it("switches to English and remembers the choice after a reload", async () => {
    await page.getByTestId("lang-en").click();
    await page.getByRole("tab", { name: "Home" }).waitFor();
    expect(await page.getByTestId("run-audit").textContent()).toBe("Run audit");
    await shot("09-audit-english");
    await page.reload();
    await page.getByRole("tab", { name: "Home" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByTestId("lang-id").click();
    await page.getByRole("tab", { name: "Beranda" }).waitFor();
  });

  it("ribbon: Pasang Templat opens the pane on Templat, Audit audits and opens it on the results", async () => {
    const p = await openPane();
    await p.evaluate(() => window.__harness.invokeCommand("openTemplates"));
    await p.getByTestId("install").waitFor();
    await p.evaluate(() => window.__harness.invokeCommand("runAudit"));
    await p.getByTestId("counts").waitFor();
    expect(await p.evaluate(() => window.__harness.showAsTaskpaneCount())).toBe(2);
    await p.close();
  });

  it("follows a dark Office theme", async () => {
    const p = await openPane("?theme=dark");
    const bg = await p.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider > div")!).backgroundColor);
    expect(bg).not.toBe("rgb(255, 255, 255)");
    await p.screenshot({ path: path.join(shots, "10-beranda-gelap.png") });
    await p.close();
  });

  it("tells the user when Excel is too old for the pane", async () => {
    const p = await openPane("?excelApi=8");
    expect(await p.getByTestId("too-old").textContent()).toContain("ExcelApi 1.9");
    await p.close();
    expect(await page.getByTestId("too-old").count()).toBe(0);
  });

  it("raised no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});

describe("built bundles", () => {
  const gz = (f: string): number => zlib.gzipSync(fs.readFileSync(path.join(root, "dist", f))).length;

  it("keep the task pane under 400 KiB gzipped", () => {
    expect(gz("taskpane.js")).toBeLessThan(400 * 1024);
  });

  it("keep React, Fluent and the audit out of the custom functions bundle", () => {
    const text = fs.readFileSync(path.join(root, "dist", "functions.js"), "utf8");
    expect(text).not.toMatch(/react\.production|fui-FluentProvider|__lkjipPaneStore/);
    expect(gz("functions.js")).toBeLessThan(30 * 1024);
  });

  it("never ship the in-memory Excel or HyperFormula in dist/", () => {
    for (const f of fs.readdirSync(path.join(root, "dist")).filter((n) => n.endsWith(".js"))) {
      expect([f, /HyperFormula/.test(fs.readFileSync(path.join(root, "dist", f), "utf8"))]).toEqual([f, false]);
    }
  });
});
