// `lkjip init` end to end: the .xlsx it writes (read back with exceljs), bad years, languages.
import fs from "fs";
import os from "os";
import path from "path";
import { PassThrough } from "stream";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/index";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-init-"));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = "";
  let e = "";
  out.on("data", (d) => (o += String(d)));
  err.on("data", (d) => (e += String(d)));
  const code = await main(["node", "lkjip", "init", ...args], out, err);
  return { code, out: o, err: e };
}

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
    expect(r.err).toContain("2021 (PER-4/PB/2021), 2022–2023 (PER-5/PB/2022), 2024–2026 (PER-5/PB/2024)");
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
