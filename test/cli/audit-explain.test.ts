// `lkjip audit --explain`: the user sees which table, header, hierarchy and relations the audit
// read, and why a row was taken as a total (the path a user's command takes, on a real .xlsx).
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/cli";

const run = (args: string[]) => runCli(["audit", ...args]);

describe("lkjip audit --explain", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-explain-"));
  const file = path.join(dir, "lra.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("LRA");
    ws.addRow(["Laporan Realisasi Anggaran 2024"]);
    ws.addRow(["Kode", "Uraian", "Anggaran", "Realisasi"]);
    ws.addRow(["1", "2", "3", "4"]);
    ws.addRow(["1.02", "Urusan Kesehatan", 300, 270]);
    ws.addRow(["1.02.01", "Program Penunjang", 100, 90]);
    ws.addRow(["1.02.02", "Program Pelayanan", 200, 180]);
    ws.addRow([null, "Jumlah", 300, 270]);
    await wb.xlsx.writeFile(file);
  });

  it("prints the table, the skipped column-number row, the code hierarchy and the accepted total", async () => {
    const r = await run([file, "--explain"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("LRA!A2");
    expect(r.out).toMatch(/baris nomor kolom dilewati: 3/);
    expect(r.out).toMatch(/hierarki: dari kode, 1 baris induk/);
    expect(r.out).toMatch(/DITERIMA Jumlah = Σ baris tingkat teratas .*: 2\/2 cocok/);
    expect(r.out).toContain("Jumlah temuan: 0 galat, 0 peringatan");
  });

  it("names column kinds in the user's words, not internal role tags", async () => {
    const r = await run([file, "--explain"]);
    expect(r.out).toContain('A "Kode" [kode], B "Uraian" [uraian], C "Anggaran" [pagu], D "Realisasi" [realisasi]');
  });

  it("in English, and to stderr when the report is JSON: relations, column kinds and row kinds all in English", async () => {
    const r = await run([file, "--explain", "--lang", "en", "--format", "json"]);
    expect(r.err).toMatch(/hierarchy: from codes, 1 parent rows; 7 total/);
    expect(r.err).toMatch(/ACCEPTED Jumlah = Σ of the top-level rows \(Anggaran, Realisasi\): 2\/2 hold/);
    expect(r.err).toContain('C "Anggaran" [budget ceiling (pagu)]');
    // The workbook's own words (headers, labels, title) stay as written; nothing else is Indonesian.
    const ours = r.err.replace(/"[^"]*"/g, "").replace(/\b(Jumlah|Anggaran|Realisasi|pagu|realisasi)\b/g, "");
    expect(ours).not.toMatch(/\b(baris|dari|kolom|judul|hierarki|datar|DITERIMA|ditolak|cocok|setiap|bloknya|semua|teratas|terbawah|kode|uraian|angka)\b/);
    expect(JSON.parse(r.out)).toBeDefined();
  });
});
