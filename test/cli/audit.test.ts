// `lkjip audit` end to end on real .xlsx files: exit codes, formats, escaping, bad input.
import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/index";
import { runCli } from "../support/cli";
import { readWorkbook, readWorkbookBuffer, WorkbookReadError } from "../../src/host/xlsx/read";
import { legacyXls } from "../reliability/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-audit-"));

async function writeBook(file: string, jumlah: number | string, label = "Belanja Pegawai"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Jenis Belanja");
  ws.addRow(["Realisasi per jenis belanja tahun 2024"]);
  ws.addRow(["Jenis Belanja", "Pagu", "Realisasi", "%"]);
  ws.addRow([label, 2242327000, 2241548521, 0.9997]);
  ws.addRow(["Belanja Barang", 5147457000, 5002887280, 0.9719]);
  ws.addRow(["JUMLAH", jumlah, 7244435801, typeof jumlah === "number" ? Math.round((7244435801 / jumlah) * 10000) / 10000 : null]);
  ws.getColumn(4).numFmt = "0.00%";
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

const run = (args: string[]) => runCli(["audit", ...args]);

const sha = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");

describe("lkjip audit", () => {
  let bad: string;
  let good: string;
  beforeAll(async () => {
    bad = await writeBook("bad.xlsx", 7400000000, "<script>alert(1)</script> Pegawai");
    good = await writeBook("good.xlsx", 7389784000);
  });

  it("text report: finding grouped by sheet, cell first; exit 1; the file is not changed", async () => {
    const before = sha(bad);
    const mtime = fs.statSync(bad).mtimeMs;
    const r = await run([bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("-- Jenis Belanja");
    expect(r.out).toMatch(/^B5\s+galat\s+Total pagu per jenis belanja 7\.400\.000\.000 tidak sama dengan jumlah rinciannya 7\.389\.784\.000/m);
    expect(sha(bad)).toBe(before);
    expect(fs.statSync(bad).mtimeMs).toBe(mtime);
  });

  it("a consistent workbook: exit 0; --fail-on info still 0 when there is nothing", async () => {
    const r = await run([good, "--fail-on", "info"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("JSON follows the contract", async () => {
    const r = await run([bad, "--format", "json", "--lang", "en"]);
    const j = JSON.parse(r.out);
    expect(j.files[0].path).toBe(bad);
    expect(j.files[0].summary).toEqual({ error: 1, warning: 0, info: 0, ignored: 0 });
    expect(j.files[0].findings[0]).toMatchObject({ rule: "total-sum", severity: "error", sheet: "Jenis Belanja", cell: "B5", expected: 7389784000, actual: 7400000000 });
    expect(j.files[0].findings[0].related).toContainEqual({ sheet: "Jenis Belanja", cell: "B3" });
  });

  it("HTML escapes workbook text and writes to --out", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("<b>Lembar");
    ws.addRow(["Bulan", "Jumlah <script>x</script>"]);
    ws.addRow(["Januari", 1]);
    ws.addRow(["Total <script>alert('x')</script>", 5]);
    ws.addRow(["#DIV/0!", "9.933.860.000"]);
    const p = path.join(dir, "xss.xlsx");
    await wb.xlsx.writeFile(p);
    const out = path.join(dir, "r.html");
    const r = await run([p, "--format", "html", "--out", out]);
    expect(r.code).toBe(1);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("Jumlah &lt;script&gt;x&lt;/script&gt;");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("<b>Lembar");
    expect(html).toContain("&lt;b&gt;Lembar");
  });

  it("SARIF 2.1.0", async () => {
    const r = await run([bad, "--format", "sarif"]);
    const s = JSON.parse(r.out);
    expect(s.version).toBe("2.1.0");
    expect(s.runs[0].results[0]).toMatchObject({ ruleId: "total-sum", level: "error" });
    expect(s.runs[0].results[0].locations[0].logicalLocations[0].fullyQualifiedName).toBe("Jenis Belanja!B5");
  });

  it("walks directories for .xlsx and audits every file", async () => {
    const sub = path.join(dir, "walk");
    fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(bad, path.join(sub, "a.xlsx"));
    fs.copyFileSync(good, path.join(sub, "b.xlsx"));
    fs.writeFileSync(path.join(sub, "notes.txt"), "x");
    const r = await run([sub, "--format", "json"]);
    const j = JSON.parse(r.out);
    expect(j.files.map((f: { path: string }) => path.basename(f.path))).toEqual(["a.xlsx", "b.xlsx"]);
    expect(r.code).toBe(1);
  });

  it.each([
    ["empty", Buffer.alloc(0), /berkas kosong \/ the file is empty|berkas kosong/],
    ["text", Buffer.from("Pagu,Realisasi\n1,2\n"), /bukan berkas Excel \.xlsx/],
    ["corrupt", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), /rusak/],
    ["password", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from("EncryptedPackage", "utf16le")]), /kata sandi/],
  ])("bad input (%s): exit 2 and one line, no stack trace", async (name, bytes, pattern) => {
    const p = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(p, bytes);
    const r = await run([p]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\bat \S+:\d+/);
  });

  it("a missing file: exit 2, one line", async () => {
    const r = await run([path.join(dir, "nope.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/file not found$/);
  });

  it("refuses archives that unpack beyond the limit (zip-bomb guard)", async () => {
    const buf = fs.readFileSync(good);
    await expect(readWorkbookBuffer(buf, good, { maxUncompressedBytes: 1000 })).rejects.toMatchObject({ kind: "too-large" });
    await expect(readWorkbookBuffer(buf, good)).resolves.toBeDefined();
    expect(new WorkbookReadError("too-large", "x", { limit: 512 }).render("en")).toContain("512 MB");
  });

  it("reads values, formulas, number formats and settings", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 5 };
    ws.getCell("A3").numFmt = "#,##0";
    const st = wb.addWorksheet("_lkjip_settings", { state: "veryHidden" });
    st.addRow(["lkjip.ignores", JSON.stringify([{ rule: "total-sum", sheet: "S", cell: "A3", reason: "ok" }])]);
    const p = path.join(dir, "f.xlsx");
    await wb.xlsx.writeFile(p);
    const snap = await readWorkbook(p);
    expect(snap.sheets.map((s) => s.name)).toEqual(["S"]);
    expect(snap.sheets[0].values).toEqual([[2], [3], [5]]);
    expect(snap.sheets[0].formulas?.[2][0]).toBe("=SUM(A1:A2)");
    expect(snap.sheets[0].numberFormats?.[2][0]).toBe("#,##0");
    expect(JSON.parse(snap.settings["lkjip.ignores"])[0].reason).toBe("ok");
  });
});

describe("progress on a terminal", () => {
  /** A stderr that says it is a terminal, as a user's shell gives. */
  function terminal(): { stream: PassThrough; text: () => string } {
    const s = new PassThrough() as PassThrough & { isTTY: boolean; columns: number };
    s.isTTY = true;
    s.columns = 60;
    let t = "";
    s.on("data", (d) => (t += String(d)));
    return { stream: s, text: () => t };
  }

  it("a folder: one bar redrawn in place per file, cleared before the report; nothing when stderr is not a terminal", async () => {
    const folder = path.join(dir, "kemajuan");
    fs.mkdirSync(folder, { recursive: true });
    for (const n of ["a.xlsx", "b.xlsx", "c.xlsx"]) fs.copyFileSync(await writeBook(n, 7389784000), path.join(folder, n));
    const out = new PassThrough();
    out.resume();
    const tty = terminal();
    const code = await main(["node", "lkjip", "audit", folder], out, tty.stream);
    expect(code).toBe(0);
    const drawn = tty.text().split("\r\x1b[K").filter(Boolean);
    expect(drawn).toEqual([`[${"#".repeat(10)}${".".repeat(20)}] 1/3`, `[${"#".repeat(20)}${".".repeat(10)}] 2/3`, `[${"#".repeat(30)}] 3/3`]);
    expect(tty.text().endsWith("\r\x1b[K")).toBe(true);
    const plain = await run([folder]);
    expect(plain.err).toBe("");
  });
});

describe("folders with other spreadsheet files", () => {
  it(".xlsm is audited like .xlsx; an old .xls is named on stderr as not audited, never skipped in silence", async () => {
    const folder = path.join(dir, "campur");
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(await writeBook("x1.xlsx", 7389784000), path.join(folder, "rekap.xlsx"));
    fs.copyFileSync(await writeBook("x2.xlsx", 7389784000), path.join(folder, "makro.xlsm"));
    fs.writeFileSync(path.join(folder, "lama.xls"), legacyXls());
    const r = await run([folder]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(path.join(folder, "rekap.xlsx"));
    expect(r.out).toContain(path.join(folder, "makro.xlsm"));
    expect(r.out).not.toContain("lama.xls");
    expect(r.err.trim().split("\n")).toEqual(["lkjip: 1 berkas di folder tidak diaudit karena formatnya bukan .xlsx/.xlsm (mis. .xls lama; simpan ulang sebagai .xlsx): lama.xls"]);
  });
});
