// Ignores and settings travel inside the workbook: written to an .xlsx, read back, they are the
// same, the audit of the reopened file still marks the ignored finding (and still lists it),
// and the settings never show up as a sheet to audit.
import * as fs from "fs";
import * as path from "path";
import type { Action } from "../../src/core/actions";
import { audit, addIgnoreAction, IGNORES_KEY } from "../../src/audit";
import { readWorkbook } from "../../src/host/xlsx/read";
import { writeWorkbook } from "../../src/host/xlsx/write";
import { tmpDir } from "./fixtures";

let dir: string;
beforeAll(() => (dir = tmpDir("lkjip-settings-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SHEET = "Jenis Belanja";

function budgetActions(jumlah: number): Action[] {
  return [
    { kind: "addSheet", sheet: SHEET },
    {
      kind: "write",
      sheet: SHEET,
      address: "A1",
      values: [
        ["Realisasi per jenis belanja tahun 2024", null, null],
        ["Jenis Belanja", "Pagu", "Realisasi"],
        ["Belanja Pegawai", 2242327000, 2241548521],
        ["Belanja Barang", 5147457000, 5002887280],
        ["JUMLAH", jumlah, 7244435801],
      ],
    },
  ];
}

describe("settings survive save and reopen", () => {
  it("an ignore written to the file is read back and still applied by the audit", async () => {
    const base = budgetActions(7_400_000_000);
    const file0 = path.join(dir, "tanpa-abaikan.xlsx");
    await writeWorkbook(base, file0);
    const first = audit(await readWorkbook(file0));
    const target = first.findings.find((f) => f.severity === "error");
    expect(target).toBeDefined();
    expect(first.summary.ignored).toBe(0);

    const ignore = { rule: target!.rule, sheet: target!.sheet, cell: target!.cell, reason: "angka resmi dari OM-SPAN; koreksi di revisi" };
    const ignoreAction = addIgnoreAction({ settings: {} }, ignore);
    const other: Action = { kind: "setSetting", key: "lkjip.lang", value: JSON.stringify({ lang: "en", "catatan \"kutip\"": "ü ✓ <b>" }) };
    const file = path.join(dir, "dengan-abaikan.xlsx");
    await writeWorkbook([...base, ignoreAction, other], file);

    const reopened = await readWorkbook(file);
    expect(reopened.settings[IGNORES_KEY]).toBe((ignoreAction as { value: string }).value);
    expect(reopened.settings["lkjip.lang"]).toBe((other as { value: string }).value);
    expect(reopened.sheets.map((s) => s.name)).toEqual([SHEET]);

    const again = audit(reopened);
    const same = again.findings.find((f) => f.rule === ignore.rule && f.sheet === ignore.sheet && f.cell === ignore.cell);
    expect(same?.ignored).toEqual({ reason: ignore.reason });
    expect(again.summary.ignored).toBe(1);
    expect(again.summary.error).toBe(first.summary.error - 1);
  });

  it("a file without settings reads back with none", async () => {
    const file = path.join(dir, "polos.xlsx");
    await writeWorkbook(budgetActions(7_389_784_000), file);
    expect((await readWorkbook(file)).settings).toEqual({});
  });
});
