// A formula that refers to a sheet the workbook does not hold (deleted, or another file's)
// names no cell here: diagnosis never follows it nor blames a cell there. The workbook is the
// counterexample the audit fuzz (test/reliability/audit.fuzz.test.ts) found.
import { audit } from "../../../src/audit/engine";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

const SNAPSHOT = {
  sheets: [
    {
      name: "Capaian Kinerja",
      origin: { row: 2, col: 2 },
      values: [
        ["9.933.860.000", "9.933.860.000", 0, null, 0, { error: "#DIV/0!" }],
        [{ error: "#DIV/0!" }, false, "JUMLAH", ":", null, null],
        ["JUMLAH", "JUMLAH", false, { error: "#DIV/0!" }, 0, 0],
        [0, 0, "JUMLAH", null, 0, { error: "#DIV/0!" }],
        ["9.933.860.000", 0, "9.933.860.000", 0, 0, false],
        ["9.933.860.000", { error: "#DIV/0!" }, 0, 0, "", "9.933.860.000"],
        ["9.933.860.000", 0, 0, { error: "#DIV/0!" }, 0, { error: "#DIV/0!" }],
        [null, "JUMLAH", 0, null, 0, null],
        [{ error: "#DIV/0!" }, 0, null, 0, null, "JUMLAH"],
        ["", 0, null, 1111100000, { error: "#DIV/0!" }, null],
        [null, null, "JUMLAH", 2, false, { error: "#DIV/0!" }],
        [0, "JUMLAH", "9.933.860.000", 1.1111, { error: "#DIV/0!" }, ""],
      ],
      formulas: [
        [null, null, null, null, "=SUM(B2:B4)", null],
        [null, null, null, null, null, null],
        [null, null, null, "=SUM(B2:B4)", null, "=SUM(B2:B4)"],
        [null, null, null, null, "=SUM(B2:B4)", null],
        [null, null, null, null, null, "=SUM(B2:B4)"],
        [null, null, null, null, null, "=SUM(B2:B4)"],
        [null, null, null, null, null, null],
        [null, null, null, null, null, null],
        [null, null, null, null, "=SUM(B2:B4)", null],
        [null, null, "=SUM(B2:B4)", null, null, null],
        [null, "=SUM(B2:B4)", null, null, null, null],
        [null, "=SUM(B2:B4)", null, "='Jenis Belanja'!B5", null, null],
      ],
    },
  ],
  tables: [],
  settings: { "lkjip.ignores": "not json" },
} as unknown as WorkbookSnapshot;

it("a part computed from ='Jenis Belanja'!B5 on a missing sheet: every cell named is in the workbook", () => {
  const sheets = new Set(SNAPSHOT.sheets.map((s) => s.name));
  const all = audit(SNAPSHOT).findings.flatMap((f) => [
    f,
    ...(f.consequences ?? []),
  ]);
  expect(all.length).toBeGreaterThan(0);
  for (const f of all) {
    expect(sheets.has(f.sheet)).toBe(true);
    for (const c of f.cause?.candidates ?? [])
      expect(sheets.has(c.sheet)).toBe(true);
    for (const r of f.related ?? []) expect(sheets.has(r.sheet)).toBe(true);
  }
});
