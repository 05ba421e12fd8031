// The field corpus (test/audit/corpus/field.ts: layouts the recogniser was not designed on) as a
// user meets it: each workbook written to .xlsx by exceljs (values, cached formula results, number
// formats, merges, leading spaces), audited by `lkjip audit FOLDER --format json`. The consistent
// twins give no error or warning (but their standing defects); the planted twins give exactly the
// planted findings on the named cells — the same as the engine on the in-memory snapshot.
import fs from "fs";
import os from "os";
import path from "path";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/index";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { toA1 } from "../../src/core/address";
import type { Finding } from "../../src/audit/types";
import { FIELD } from "../audit/corpus/field";

async function writeXlsx(snap: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of snap.sheets) {
    const ws = wb.addWorksheet(s.name, s.visible === false ? { state: "hidden" } : {});
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(toA1(r, c));
        const f = s.formulas?.[r]?.[c];
        if (f) cell.value = { formula: f.replace(/^=/, ""), result: v as number } as ExcelJS.CellFormulaValue;
        else cell.value = v as ExcelJS.CellValue;
        const fmt = s.numberFormats?.[r]?.[c];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      }),
    );
    for (const m of s.merged ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}

async function auditFolder(dir: string): Promise<{ path: string; findings: Finding[] }[]> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = "";
  out.on("data", (d) => (o += String(d)));
  err.on("data", () => undefined);
  const code = await main(["node", "lkjip", "audit", dir, "--format", "json", "--lang", "en"], out, err);
  expect(code).not.toBe(2);
  return (JSON.parse(o) as { files: { path: string; findings: Finding[] }[] }).files;
}

const flat = (fs: Finding[]) => fs.flatMap((f) => [f, ...(f.consequences ?? [])]);
const bad = (f: Finding) => f.severity !== "info" && !f.ignored;
const at = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

describe("lkjip audit on the field corpus written as .xlsx", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-field-"));
  let files: { path: string; findings: Finding[] }[] = [];
  beforeAll(async () => {
    for (const e of FIELD) {
      await writeXlsx(e.build(false), path.join(dir, `${e.name}.clean.xlsx`));
      await writeXlsx(e.build(true), path.join(dir, `${e.name}.planted.xlsx`));
    }
    files = await auditFolder(dir);
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads every file", () => {
    expect(files).toHaveLength(FIELD.length * 2);
  });

  describe.each(FIELD.map((e) => [e.name, e] as const))("%s", (name, entry) => {
    const standing = (entry.standing ?? []).map((p) => `${p.at} ${p.rule}`);
    const report = (kind: string) => files.find((f) => path.basename(f.path) === `${name}.${kind}.xlsx`)!;
    it("consistent twin: no error or warning but the standing ones", () => {
      const found = flat(report("clean").findings).filter(bad).map(at);
      expect(found.filter((f) => !standing.includes(f))).toEqual([]);
    });
    it("planted twin: every planted finding on its cell, nothing else (root-cause summaries aside)", () => {
      const found = flat(report("planted").findings).filter(bad);
      const planted = [...entry.planted.map((p) => `${p.at} ${p.rule}`), ...standing].sort();
      expect(planted.filter((p) => !found.some((f) => at(f) === p))).toEqual([]);
      expect(found.filter((f) => !planted.includes(at(f)) && !f.cause).map(at)).toEqual([]);
      for (const p of entry.planted.filter((x) => x.expected !== undefined)) {
        const f = found.find((x) => at(x) === `${p.at} ${p.rule}`)!;
        expect([p.at, Number(f.expected)]).toEqual([p.at, expect.closeTo(p.expected!, 4)]);
      }
    });
  });
});

// Excel's row grouping as hierarchy evidence: kegiatan rows grouped (outline level 1) under their
// program row, the summary row BELOW its group as Excel puts it by default, no codes, no level
// words, no indentation — only the outline says which rows a program row adds up.
describe("lkjip audit reads Excel's row grouping (outline levels) as the hierarchy", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-outline-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  async function write(file: string, slip: boolean, summaryAbove: boolean): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rekap", summaryAbove ? { properties: { outlineProperties: { summaryBelow: false, summaryRight: true } } as ExcelJS.WorksheetProperties } : {});
    ws.addRow(["Rekap Anggaran Dukungan Manajemen 2024"]);
    ws.addRow(["Uraian", "Pagu", "Realisasi"]);
    const groups: [string, [string, number, number][]][] = [
      ["Layanan Perkantoran", [["Gaji dan Tunjangan", 3200, 3150], ["Operasional Kantor", 800, 790]]],
      ["Sarana Prasarana", [["Kendaraan", 300, 280], ["Peralatan", 115, 110]]],
    ];
    for (const [name, items] of groups) {
      const p = items.reduce((a, x) => a + x[1], 0);
      const r = items.reduce((a, x) => a + x[2], 0);
      const head = [name, p, slip && name === "Sarana Prasarana" ? r + 10 : r];
      if (summaryAbove) ws.addRow(head);
      for (const it of items) ws.addRow(it).outlineLevel = 1;
      if (!summaryAbove) ws.addRow(head);
    }
    ws.addRow(["Jumlah", 4415, 4330]);
    await wb.xlsx.writeFile(file);
  }
  it.each([false, true])("summary rows %s: consistent → nothing; a slip in a group row → found on it with Σ of its group", async (above) => {
    await write(path.join(dir, `ok-${above}.xlsx`), false, above);
    await write(path.join(dir, `slip-${above}.xlsx`), true, above);
    const files = await auditFolder(dir);
    const of = (n: string) => flat(files.find((f) => path.basename(f.path) === n)!.findings).filter(bad);
    expect(of(`ok-${above}.xlsx`).map(at)).toEqual([]);
    const row = above ? 6 : 8;
    expect(of(`slip-${above}.xlsx`).map((f) => `${at(f)} ${f.expected}`)).toEqual([`Rekap!C${row} total-sum 390`]);
  });
});
