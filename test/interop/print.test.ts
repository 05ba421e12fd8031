// Print: the blank workbook (a Dinas, not an immigration office) and the kerinci-2024 sample are
// written by the CLI's own path (planInstall → writeWorkbook), printed to PDF by LibreOffice
// headless, and the PDF is read back with poppler (pdfinfo, pdftotext -bbox):
//  - every page is A4;
//  - no sheet is split by columns: row 1 (the sheet title, first column) repeats on every page,
//    so a page holding only right-hand columns would lack it;
//  - pages per sheet stay within a bound (below);
//  - no "###" anywhere (a figure wider than its column);
//  - every header cell's words appear whole on its sheet's pages (a word broken
//    mid-word would appear as two fragments), and no two words overprint each other (a wrapped
//    header without row height prints over the first data row).
// Needs soffice and poppler-utils (.ci/run installs both).

import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { planInstall } from "../../src/templates";
import { writeWorkbook } from "../../src/host/xlsx/write";

function findSoffice(): string | null {
  for (const p of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (p && existsSync(p)) return p;
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} not runnable (${r.error.message}); install poppler-utils / LibreOffice`);
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

interface Word { text: string; x0: number; y0: number; x1: number; y1: number }
interface Page { width: number; height: number; words: Word[]; sheet: string | null }

function readPdf(pdf: string): Page[] {
  const html = run("pdftotext", ["-bbox", pdf, "-"]);
  const pages: Page[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  for (const m of html.matchAll(pageRe)) {
    const words = [...m[3].matchAll(wordRe)].map((w) => ({ x0: +w[1], y0: +w[2], x1: +w[3], y1: +w[4], text: unescape(w[5]) }));
    pages.push({ width: +m[1], height: +m[2], words, sheet: null });
  }
  return pages;
}

/** Header texts per sheet: the first row of every table's defined name. */
async function headersBySheet(xlsx: string): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const out = new Map<string, string[]>();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.name.includes(".")) continue; // per-figure names of the Ringkasan, single cells
    const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(n.ranges[0] ?? "");
    if (!m) continue;
    const ws = wb.getWorksheet(m[1])!;
    const first = ws.getColumn(m[2]).number, last = ws.getColumn(m[4]).number;
    const list = out.get(m[1]) ?? [];
    ws.findRow(Number(m[3]))?.eachCell((cell, c) => {
      if (c >= first && c <= last && cell.text.trim()) list.push(cell.text.trim());
    });
    out.set(m[1], list);
  }
  return out;
}

const overlaps = (a: Word, b: Word): boolean => {
  // Boxes span the font's ascent to descent, so consecutive lines of one wrapped cell overlap
  // a little; text printed over other text overlaps by more than half its height.
  const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return ox > 1 && oy > 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
};

/**
 * Most pages a sheet may take, from its own geometry: the sheets print fit-to-width on A4, so
 * the scale is the printable width over the sheet's width (a character of column width is
 * about 5.25 pt plus 3.75 pt of cell padding), and the pages are the rows' total height at that
 * scale over the printable height. Allowed: 30 % more (fallback fonts, page breaks between
 * rows), plus one page for the last partial one. A column split (the failure this issue
 * started from) multiplies the count and fails, and so does any row height run wild.
 */
function pageBound(ws: ExcelJS.Worksheet): number {
  const landscape = ws.pageSetup.orientation === "landscape";
  const m = ws.pageSetup.margins ?? { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75 };
  const pageW = (landscape ? 841.9 : 595.3) - (m.left + m.right) * 72;
  const pageH = (landscape ? 595.3 : 841.9) - (m.top + m.bottom) * 72;
  let width = 0;
  for (let c = 1; c <= ws.columnCount; c++) width += (ws.getColumn(c).width ?? 9) * 5.25 + 3.75;
  let height = 0;
  for (let r = 1; r <= ws.rowCount; r++) height += ws.getRow(r).height ?? 15;
  const scale = Math.min(1, pageW / width);
  return Math.ceil(((height * scale) / pageH) * 1.3) + 1;
}

const soffice = findSoffice();

describe("printing the workbooks (LibreOffice → PDF)", () => {
  const work = mkdtempSync(join(tmpdir(), "lkjip-print-"));
  const files = { blank: join(work, "blank.xlsx"), sample: join(work, "sample.xlsx") };
  const result: Record<string, { pages: Page[]; headers: Map<string, string[]>; bounds: Map<string, number>; sheets: string[] }> = {};

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice not found: install LibreOffice (apt-get install -y --no-install-recommends libreoffice-calc-nogui)");
    await writeWorkbook(planInstall({ year: 2024, satker: "Dinas Pendidikan Kabupaten Contoh" }).actions, files.blank);
    await writeWorkbook(planInstall({ year: 2024, sample: "kerinci-2024" }).actions, files.sample);
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry"/>');
    run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, files.blank, files.sample]);
    for (const [k, xlsx] of Object.entries(files)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsx);
      const sheets = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
      const bounds = new Map(wb.worksheets.map((w) => [w.name, pageBound(w)]));
      const pages = readPdf(xlsx.replace(/\.xlsx$/, ".pdf"));
      for (const p of pages) {
        // Row 1 ends "— <sheet name>": which sheet the page prints (longest name first: "IKPA" vs "Realisasi ...").
        const top = p.words.filter((w) => Math.abs(w.y0 - Math.min(...p.words.map((x) => x.y0))) < 2).map((w) => w.text).join(" ");
        p.sheet = [...sheets].sort((a, b) => b.length - a.length).find((s) => top.endsWith(`— ${s}`)) ?? null;
      }
      result[k] = { pages, headers: await headersBySheet(xlsx), bounds, sheets };
    }
  }, 300_000);

  it.each(["blank", "sample"])("%s: every page is A4 and starts with its sheet's title row (no sheet split by columns)", (k) => {
    const { pages, sheets } = result[k];
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const [w, h] = [p.width, p.height].sort((a, b) => a - b);
      expect(Math.abs(w - 595.3)).toBeLessThan(1);
      expect(Math.abs(h - 841.9)).toBeLessThan(1);
    }
    expect(pages.filter((p) => p.sheet === null).map((p) => pages.indexOf(p) + 1)).toEqual([]);
    // Every sheet printed, in order.
    expect([...new Set(pages.map((p) => p.sheet))]).toEqual(sheets);
  });

  it.each(["blank", "sample"])("%s: pages per sheet within the bound, far under the 71 / 41 pages before", (k) => {
    const { pages, bounds, sheets } = result[k];
    const over = sheets
      .map((s) => ({ s, n: pages.filter((p) => p.sheet === s).length, bound: bounds.get(s)! }))
      .filter((x) => x.n > x.bound)
      .map((x) => `${x.s}: ${x.n} pages > ${x.bound}`);
    expect(over).toEqual([]);
    expect(pages.length).toBeLessThanOrEqual(k === "sample" ? 30 : 20);
  });

  it.each(["blank", "sample"])("%s: no figure printed as ###", (k) => {
    const text = result[k].pages.flatMap((p) => p.words.map((w) => w.text)).join(" ");
    expect(text).not.toContain("###");
  });

  it.each(["blank", "sample"])("%s: every header cell prints whole, and no text overprints other text", (k) => {
    const { pages, headers } = result[k];
    const broken: string[] = [];
    for (const [sheet, hs] of headers) {
      // pdftotext reads across the page line by line, so a wrapped header's words interleave
      // with its neighbours': each word must be there whole (a mid-word break leaves fragments).
      const words = new Set(pages.filter((p) => p.sheet === sheet).flatMap((p) => p.words.map((w) => w.text)));
      for (const h of hs) {
        const missing = h.split(/\s+/).filter((w) => !words.has(w));
        if (missing.length) broken.push(`${sheet}: "${h}" lacks ${missing.join(", ")}`);
      }
    }
    expect(broken).toEqual([]);
    const clashes: string[] = [];
    pages.forEach((p, i) => {
      const ws = [...p.words].sort((a, b) => a.y0 - b.y0);
      for (let a = 0; a < ws.length; a++) {
        for (let b = a + 1; b < ws.length && ws[b].y0 < ws[a].y1; b++) if (overlaps(ws[a], ws[b])) clashes.push(`page ${i + 1} (${p.sheet}): "${ws[a].text}" over "${ws[b].text}"`);
      }
    });
    expect(clashes).toEqual([]);
  });
});
