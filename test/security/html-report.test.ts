// End to end: workbook strings that are HTML (a sheet name, cell text, the file name) come out
// of `lkjip audit --format html` as text, never as markup. The report writer's own unit tests
// are in test/audit/; this one goes through the real CLI and the real .xlsx reader.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureBuilt, lkjip } from "../reliability/cli";
import { wrapSheetData, xlsx } from "../reliability/fixtures";

const EVIL_SHEET = '"><img src=x onerror=alert(1)>';
const EVIL_CELL = '<script>alert("sel")</script>';
const EVIL_FILE = "<svg onload=alert(3)>.xlsx";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-html-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function evilWorkbook(): string {
  // Findings that need no table recognition: an error value and a number typed as text, on a
  // sheet whose name is markup, next to a label that is a script.
  const body =
    `<row r="1"><c r="A1" t="inlineStr"><is><t>${esc(EVIL_CELL)}</t></is></c><c r="B1" t="inlineStr"><is><t>PAGU</t></is></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>${esc(EVIL_CELL)}</t></is></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>` +
    `<row r="3"><c r="A3" t="inlineStr"><is><t>Belanja Barang</t></is></c><c r="B3" t="inlineStr"><is><t>9.933.860.000</t></is></c></row>`;
  const file = path.join(dir, EVIL_FILE);
  fs.writeFileSync(file, xlsx([{ name: EVIL_SHEET, xml: wrapSheetData(body) }]));
  return file;
}

describe("the HTML report escapes every workbook string", () => {
  it("renders markup in a sheet name, a cell and a file name as text", () => {
    const file = evilWorkbook();
    const out = path.join(dir, "laporan.html");
    const r = lkjip(["audit", file, "--format", "html", "--out", out]);
    expect([0, 1]).toContain(r.status);
    const html = fs.readFileSync(out, "utf8");
    // The findings are there (the sheet is reported) …
    expect(html).toContain("img src=x onerror=alert(1)");
    // … but never as markup.
    for (const raw of ["<img src=x", "<script>alert", "<svg onload"]) expect(html.toLowerCase()).not.toContain(raw.toLowerCase());
    expect(html).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;/);
  });
});
