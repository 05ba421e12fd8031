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

  it("in English, and to stderr when the report is JSON", async () => {
    const r = await run([file, "--explain", "--lang", "en", "--format", "json"]);
    expect(r.err).toMatch(/hierarchy: from codes/);
    expect(JSON.parse(r.out)).toBeDefined();
  });
});
