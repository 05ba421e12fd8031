// `lkjip init` end to end: the .xlsx it writes (read back with exceljs), bad years, languages.
import fs from "fs";
import os from "os";
import path from "path";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/index";
import { runCli } from "../support/cli";
import { supportedYears } from "../../src/templates";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-init-"));

const run = (args: string[]) => runCli(["init", ...args]);

/** Every text a workbook shows: cell values and cached formula results, sheet by sheet. */
async function texts(file: string): Promise<Map<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string[]>();
  wb.eachSheet((ws) => {
    if (ws.state !== "visible") return;
    const list: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => {
      const v = c.value;
      const shown = v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).result : v;
      if (typeof shown === "string" && shown.trim()) list.push(shown);
    }));
    out.set(ws.name, list);
  });
  return out;
}

describe("lkjip init --year", () => {
  it.each(["1999", "-5", "1e3", "2024.0", "2027", "20x4"])("refuses %s with exit 2 and one line naming the supported years", async (y) => {
    const file = path.join(dir, `y${y}.xlsx`);
    const r = await run([file, `--year=${y}`]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    // Every year with a known regulation, each with its regulation.
    for (const y of supportedYears()) expect(r.err).toContain(String(y).slice(0, 3));
    expect(r.err).toContain("2022–2023 (PER-5/PB/2022), 2024–2026 (PER-5/PB/2024)");
    expect(fs.existsSync(file)).toBe(false);
  });

  it.each(["2021", "2023", "2026"])("accepts %s", async (y) => {
    const r = await run([path.join(dir, `ok${y}.xlsx`), "--year", y]);
    expect(r.code).toBe(0);
  });
});

describe("lkjip init --lang", () => {
  it("writes Indonesian titles and headers by default and English with --lang en, never both on one line", async () => {
    const id = path.join(dir, "id.xlsx"), en = path.join(dir, "en.xlsx");
    expect((await run([id, "--satker", "Dinas Contoh"])).code).toBe(0);
    expect((await run([en, "--satker", "Dinas Contoh", "--lang", "en"])).code).toBe(0);
    const tid = [...(await texts(id)).values()].flat(), ten = [...(await texts(en)).values()].flat();
    expect(tid).toEqual(expect.arrayContaining(["Capaian Kinerja", "Realisasi anggaran per jenis belanja", "Pagu anggaran"]));
    expect(tid).not.toEqual(expect.arrayContaining(["Performance achievement"]));
    expect(ten).toEqual(expect.arrayContaining(["Performance achievement", "Budget realisation by spending type", "Budget ceiling (pagu)"]));
    expect(ten).not.toEqual(expect.arrayContaining(["Realisasi anggaran per jenis belanja"]));
    // The old "Indonesian / English" titles are gone.
    expect([...tid, ...ten].filter((s) => / \/ [A-Z]/.test(s) && /[a-z] \/ /.test(s))).toEqual([]);
  });

  it("refuses an unknown language", async () => {
    const r = await run([path.join(dir, "xx.xlsx"), "--lang", "fr"]);
    expect(r.code).toBe(2);
  });
});

/** Words of one office's report (Kantor Imigrasi Kerinci) that must not reach another satker's workbook. */
const IMMIGRATION = [
  /imigrasi/i, /keimigrasian/i, /izin tinggal/i, /deportasi/i, /penangkalan/i, /paspor/i, /affidavit/i, /alih status/i, /pro yustisia/i,
  /tindakan administratif/i, /perjalanan republik indonesia/i, /kesekretariatan/i, /\bUPT\b/, /\bTPI\b/, /\bDPRI\b/, /\bITAS\b/, /\bITAP\b/, /\bITK\b/,
  /\bSKIM\b/, /\bTAK\b/, /BF\.5254/, /WA\.6232/, /\bBF\b/, /\bWA\b/, /425211|425213|425214/, /penegakan hukum/i, /Kerinci/i,
];

describe("lkjip init for any satker", () => {
  it("a Dinas's workbook holds no immigration term, only neutral sasaran, indicators and kegiatan to fill", async () => {
    const file = path.join(dir, "dinas.xlsx");
    const r = await run([file, "--satker", "Dinas Pendidikan Kabupaten Contoh"]);
    expect(r.code).toBe(0);
    const all = [...(await texts(file)).entries()].flatMap(([sheet, list]) => list.map((t) => `${sheet}: ${t}`));
    expect(all.filter((t) => IMMIGRATION.some((re) => re.test(t)))).toEqual([]);
    expect(all).toEqual(expect.arrayContaining(["Perjanjian Kinerja: Sasaran Kegiatan 1", "Perjanjian Kinerja: Indikator 3.2", "Realisasi Anggaran: Kegiatan 2"]));
    // The published sample keeps its office's own content.
    const sample = path.join(dir, "sample.xlsx");
    expect((await run([sample, "--sample", "kerinci-2024"])).code).toBe(0);
    expect([...(await texts(sample)).values()].flat().some((t) => /Keimigrasian/.test(t))).toBe(true);
  });

  it("the structure is chosen at install: sasaran, indicators per sasaran, kegiatan", async () => {
    const file = path.join(dir, "shape.xlsx");
    expect((await run([file, "--sasaran", "2", "--indikator", "3", "--kegiatan", "4"])).code).toBe(0);
    const pk = (await texts(file)).get("Perjanjian Kinerja")!;
    expect(pk).toEqual(expect.arrayContaining(["Indikator 2.3", "Kegiatan 4"]));
    expect(pk).not.toContain("Sasaran Kegiatan 3");
    expect((await run([path.join(dir, "bad.xlsx"), "--sasaran", "0"])).code).toBe(2);
    expect((await run([path.join(dir, "bad2.xlsx"), "--indikator", "x"])).code).toBe(2);
  });

  it("--from-pk builds capaian and data dukung rows from a Perjanjian Kinerja typed in the user's own layout", async () => {
    // A layout nobody designed for us: title rows, a column-number row, columns in another order,
    // the sasaran merged over its indicators, targets as "85%", 90 under "%", and an index.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("PK 2024");
    ws.addRow(["PERJANJIAN KINERJA TAHUN 2024"]);
    ws.addRow(["Dinas Pendidikan Kabupaten Contoh"]);
    ws.addRow([]);
    ws.addRow(["No", "Indikator Kinerja", "Target", "Satuan", "Sasaran Strategis", "Arah"]);
    ws.addRow(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
    ws.addRow([1, "Angka Partisipasi Kasar SD", "85%", "", "Meningkatnya akses pendidikan dasar", "naik"]);
    ws.addRow([2, "Persentase sekolah terakreditasi B", 90, "%", null, ""]);
    ws.addRow([3, "Angka putus sekolah", 0.02, "%", "Menurunnya angka putus sekolah", "negatif"]);
    ws.addRow([4, "Indeks kepuasan layanan pendidikan", 3.5, "Indeks", "Meningkatnya mutu layanan", ""]);
    ws.mergeCells("E6:E7");
    const pkFile = path.join(dir, "pk-own.xlsx");
    await wb.xlsx.writeFile(pkFile);

    const out = path.join(dir, "from-pk.xlsx");
    const r = await run([out, "--from-pk", pkFile, "--satker", "Dinas Pendidikan Kabupaten Contoh"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("3 sasaran, 4 indikator");
    const t = await texts(out);
    for (const sheet of ["Perjanjian Kinerja", "Capaian Kinerja", "Data Dukung"]) {
      expect(t.get(sheet)).toEqual(expect.arrayContaining(["Angka Partisipasi Kasar SD", "Persentase sekolah terakreditasi B", "Angka putus sekolah", "Indeks kepuasan layanan pendidikan"]));
    }
    expect(t.get("Capaian Kinerja")).toEqual(expect.arrayContaining(["Meningkatnya akses pendidikan dasar", "Menurunnya angka putus sekolah", "Meningkatnya mutu layanan", "negatif"]));
    // Targets as fractions for "%" and as typed for the index; polaritas carried over.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const pk = book.getWorksheet("Perjanjian Kinerja")!;
    const rows: unknown[][] = [];
    pk.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const byName = (n: string) => rows.find((x) => x.includes(n))!;
    expect(byName("Angka Partisipasi Kasar SD")).toEqual(expect.arrayContaining([0.85, "%", "positif"]));
    expect(byName("Persentase sekolah terakreditasi B")).toEqual(expect.arrayContaining([0.9, "%"]));
    expect(byName("Angka putus sekolah")).toEqual(expect.arrayContaining([0.02, "negatif"]));
    expect(byName("Indeks kepuasan layanan pendidikan")).toEqual(expect.arrayContaining([3.5, "Indeks"]));
    // The written workbook audits clean.
    const a = await main(["node", "lkjip", "audit", out], new PassThrough(), new PassThrough());
    expect(a).toBe(0);
  });

  it.each([
    [["--sample", "kerinci-2024", "--sasaran", "4"], "--sasaran", "--sample"],
    [["--sample", "kerinci-2024", "--kegiatan", "5", "--indikator", "1"], "--indikator, --kegiatan", "--sample"],
    [["--from-pk", "pk.xlsx", "--sasaran", "2", "--kegiatan", "3"], "--sasaran", "--from-pk"],
  ])("counts the chosen source would override (%j) are refused with one line naming them, and no file is written", async (args, named, source) => {
    const out = path.join(dir, `counts-${source.slice(2)}-${args.length}.xlsx`);
    const r = await run([out, ...args]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(`${named} tidak berlaku dengan ${source}`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("--from-pk on a file without a PK table exits 2 with one line", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Data").addRow(["Bulan", "Jumlah"]);
    const f = path.join(dir, "nopk.xlsx");
    await wb.xlsx.writeFile(f);
    const r = await run([path.join(dir, "x.xlsx"), "--from-pk", f]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("Perjanjian Kinerja");
  });
});

describe("what init reports after writing", () => {
  it("speaks the chosen language, and gives the structure's counts only when an installed sheet is built from them", async () => {
    const all = await run([path.join(dir, "report-id.xlsx"), "--sasaran", "2"]);
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/^Ditulis: .*report-id\.xlsx\n {2}tahun 2024; \d+ lembar, \d+ tabel bernama\n/);
    expect(all.out).toContain("  2 sasaran, 4 indikator, 2 kegiatan\n");

    const fixed = await run([path.join(dir, "report-fixed.xlsx"), "--sheets", "ikpa,pnbp"]);
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain("  - IKPA\n");
    expect(fixed.out).not.toMatch(/sasaran|indikator|kegiatan/);

    const en = await run([path.join(dir, "report-en.xlsx"), "--lang", "en", "--sheets", "pk,ikpa"]);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/^Written: .*report-en\.xlsx\n {2}year 2024; 2 sheets, \d+ named tables\n/);
    expect(en.out).toContain("  3 goals (sasaran), 6 indicators, 2 activities (kegiatan)\n");
    expect(en.out).not.toMatch(/Ditulis|tahun|lembar|tabel bernama/);
  });
});
