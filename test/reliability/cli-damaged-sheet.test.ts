// `lkjip audit` on a workbook whose one sheet is damaged or beyond Excel's limits: exit 2 with
// one line naming the sheet, or a report of the readable rest naming it; never a stack trace.
import * as fs from "fs";
import * as path from "path";
import { ensureBuilt, lines, lkjip, STACK } from "./cli";
import { BUDGET_ROWS, sheetXml, tmpDir, wrapSheetData, xlsx } from "./fixtures";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir("lkjip-damaged-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function put(name: string, data: Buffer | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

describe("lkjip audit on a damaged sheet", () => {
  /** Either exit 2 with one line naming the sheet, or a report of the readable rest that names it. */
  function expectSheetNamed(file: string, sheet: string): void {
    const r = lkjip(["audit", file, "--format", "json"]);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
    expect([0, 1, 2]).toContain(r.status);
    if (r.status === 2) {
      const ls = lines(r.stderr);
      expect(ls).toHaveLength(1);
      expect(ls[0]).toContain(path.basename(file));
      expect(ls[0]).toContain(`'${sheet}'`);
    } else {
      expect(r.stderr + r.stdout).toContain(sheet);
      const report = JSON.parse(r.stdout) as { files: { path: string }[] };
      expect(report.files).toHaveLength(1);
    }
  }

  it("a workbook with one damaged sheet", () => {
    const broken = wrapSheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>Pagu</t></is></c><c r="B1"><v>12</v></row></sheetData><sheetData>').replace("</sheetData></worksheet>", "");
    const file = put("rusak.xlsx", xlsx([{ name: "Jenis Belanja", xml: sheetXml(BUDGET_ROWS) }, { name: "Lembar Rusak", xml: broken }]));
    expectSheetNamed(file, "Lembar Rusak");
  });

  it("a sheet beyond Excel's grid (row 1 048 577, column XFE)", () => {
    const over = wrapSheetData('<row r="1048577"><c r="A1048577"><v>1</v></c><c r="XFE1048577"><v>2</v></c></row>');
    const file = put("raksasa.xlsx", xlsx([{ name: "Jenis Belanja", xml: sheetXml(BUDGET_ROWS) }, { name: "Lembar Raksasa", xml: over }]));
    expectSheetNamed(file, "Lembar Raksasa");
    const en = lkjip(["audit", file, "--lang", "en"]);
    if (en.status === 2) expect(lines(en.stderr)[0]).toMatch(/Lembar Raksasa.*(limit|1,048,576|XFD)/i);
  });
});
