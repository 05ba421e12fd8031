import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Writable } from "stream";
import ExcelJS from "exceljs";
import { planInstall } from "../../src/templates";
import { writeWorkbook } from "../../src/host/xlsx/write";
import { main } from "../../src/cli/index";

const dir = mkdtempSync(join(tmpdir(), "lkjip-write-"));

function sink(): { stream: Writable; text: () => string } {
  let buf = "";
  const stream = new Writable({ write(chunk, _enc, cb) { buf += String(chunk); cb(); } });
  return { stream, text: () => buf };
}

describe("writeWorkbook", () => {
  test("writes sheets, formulas with cached results, formats, fills, names and validation", async () => {
    const plan = planInstall({ year: 2024, sample: "kerinci-2024" });
    const path = join(dir, "sample.xlsx");
    await writeWorkbook(plan.actions, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
    const names = wb.definedNames.model.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(["PK_Indikator", "Capaian_Kinerja", "Anggaran_JenisBelanja", "LKD", "PNBP_2024", "IKPA_2024", "Ringkasan"]));
    const lkd = wb.definedNames.model.find((n) => n.name === "LKD")!;
    expect(lkd.ranges[0]).toMatch(/^'Lampiran OM-SPAN'!\$A\$\d+:\$I\$\d+$/);
    // LKD JUMLAH row: s.d. = lalu + ini, with the cached value; percent formatted as %.
    const ws = wb.getWorksheet("Lampiran OM-SPAN")!;
    const top = Number(/\$A\$(\d+)/.exec(lkd.ranges[0])![1]);
    const sd = ws.findCell(top + 1, 7)!;
    expect(sd.formula).toBe(`SUM(E${top + 1}:F${top + 1})`);
    expect(sd.result).toBe(9912780806);
    expect(sd.numFmt).toBe("#,##0");
    expect(ws.getCell(top + 1, 8).numFmt).toBe("0.00%");
    expect(ws.getCell(top + 3, 3).fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell(top + 1, 7).fill?.type === "pattern" && (ws.getCell(top + 1, 7).fill as ExcelJS.FillPattern).pattern === "solid").toBe(false);
    const pk = wb.getWorksheet("Perjanjian Kinerja")!;
    const validations: string[] = [];
    pk.eachRow((row) => row.eachCell((c) => { if (c.dataValidation?.type === "list") validations.push(String(c.dataValidation.formulae?.[0])); }));
    expect(validations).toContain('"positif,negatif"');
  });
});

describe("lkjip init", () => {
  test("writes the sample, prints what it wrote, refuses to overwrite without --force", async () => {
    const out = join(dir, "k.xlsx");
    const o = sink(), e = sink();
    expect(await main(["node", "lkjip", "init", "--sample", "kerinci-2024", out], o.stream, e.stream)).toBe(0);
    expect(o.text()).toContain(out);
    expect(o.text()).toContain("Ringkasan");
    const size = readFileSync(out).length;
    expect(size).toBeGreaterThan(10000);

    const o2 = sink(), e2 = sink();
    expect(await main(["node", "lkjip", "init", out], o2.stream, e2.stream)).toBe(2);
    expect(e2.text().trim().split("\n")).toHaveLength(1);
    expect(e2.text()).toMatch(/--force/);
    expect(readFileSync(out).length).toBe(size);

    const o3 = sink(), e3 = sink();
    expect(await main(["node", "lkjip", "init", "--force", "--year", "2023", "--satker", "Kanim Uji", "--sheets", "ikpa,pnbp", out], o3.stream, e3.stream)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.filter((w) => w.state !== "veryHidden").map((w) => w.name)).toEqual(["PNBP", "IKPA"]);
    expect(String(wb.getWorksheet("IKPA")!.getCell("A1").value)).toContain("Kanim Uji");
    expect(wb.definedNames.model.map((n) => n.name)).toEqual(expect.arrayContaining(["IKPA_2021", "IKPA_2022", "IKPA_2023", "PNBP_2020"]));
  });

  test("rejects a sample of another year and unknown sheets with exit 2", async () => {
    const e = sink();
    expect(await main(["node", "lkjip", "init", "--sample", "kerinci-2024", "--year", "2023", join(dir, "x.xlsx")], sink().stream, e.stream)).toBe(2);
    const e2 = sink();
    expect(await main(["node", "lkjip", "init", "--sheets", "nope", join(dir, "y.xlsx")], sink().stream, e2.stream)).toBe(2);
    expect(e2.text()).toMatch(/lembar tidak dikenal: 'nope'; pilih dari 'ringkasan', 'pk'/);
  });
});
