// The audit engine on random workbook snapshots: it never throws, never changes the snapshot
// it reads, and every finding points at a cell that exists in the snapshot (a sheet of the
// snapshot, an address inside Excel's grid and inside that sheet's used range).
import fc from "fast-check";
import { parseRange } from "../../src/core/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import type { Relation, RelationKind } from "../../src/core/relations";
import { audit } from "../../src/audit";
import type { Finding } from "../../src/audit/types";

const LABELS = [
  "JUMLAH", "Jumlah", "TOTAL", "Total", "Grand Total", "Pagu", "PAGU", "Anggaran", "Alokasi", "Realisasi", "REALISASI", "%", "Persentase",
  "Capaian", "Target", "Sisa", "Triwulan I", "TW II", "Nilai", "Bobot", "Nilai Akhir", "Nilai Aspek", "Indeks", "Responden", "Total Responden",
  "Belanja Pegawai", "Belanja Barang", "Belanja Modal", "Rata-rata capaian", "IKPA", "NKA", "Kategori", "Sangat Baik", "Baik", "Nihil", "-",
  "Januari", "Desember", "Program", "Kegiatan", "Rupiah Murni", "PNBP", "Satker",
];
const TEXT_NUMBERS = ["9.933.860.000", "10,062,360,000", "99,79%", "99.79 %", "(98.67%)", "7.981.992,000", "Rp 5.436.769.900", "3,21", "1.234", "12,5", "-1", "0"];
const SHEET_NAMES = ["Capaian Kinerja", "LKD", "Jenis Belanja", "IKPA 2024", "Ringkasan", "Sheet1", "Data's", "A B", "ILK"];
const FORMATS = ["General", "#,##0", "#.##0", "0.00%", "0%", "0.00", '"Rp"#,##0', "@", "0.00 %"];
const ERRORS = ["#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?"];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.integer({ min: -1e10, max: 1e11 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.9979, 1.1111, 3.21, 100, 1e15, -0) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constantFrom(...TEXT_NUMBERS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
);

const formula = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("=SUM(B2:B4)", "=C5/B5", "=B2-C2", "=AVERAGE(D2:D9)", "=", "=SUM(ZZZ)", "=A1/0", "=LKJIP.CAPAIAN(C2,B2)", "='Jenis Belanja'!B5", "=SUM(B:B)") },
);

const sheetArb: fc.Arbitrary<Omit<SheetSnapshot, "name">> = fc
  .record({ rows: fc.integer({ min: 0, max: 14 }), cols: fc.integer({ min: 0, max: 9 }), row0: fc.integer({ min: 0, max: 5 }), col0: fc.integer({ min: 0, max: 3 }) })
  .chain(({ rows, cols, row0, col0 }) =>
    fc.record({
      origin: fc.constant({ row: row0, col: col0 }),
      values: fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      formulas: fc.option(fc.array(fc.array(formula, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }), { nil: undefined }),
      numberFormats: fc.option(fc.array(fc.array(fc.constantFrom(...FORMATS), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }), { nil: undefined }),
      visible: fc.option(fc.boolean(), { nil: undefined }),
      protected: fc.option(fc.boolean(), { nil: undefined }),
      merged: fc.option(fc.constant([`${"ABC"[col0 % 3]}${row0 + 1}:${"DEF"[col0 % 3]}${row0 + 1}`]), { nil: undefined }),
    }),
  );

const settingsArb = fc.oneof(
  fc.constant({}),
  fc.constant({ "lkjip.ignores": "not json" }),
  fc.constant({ "lkjip.ignores": JSON.stringify([{ rule: "*", sheet: "LKD", cell: "B5", reason: "sudah benar" }, { nope: 1 }]) }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

const snapshotArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    names: fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 }),
    sheets: fc.array(sheetArb, { minLength: 3, maxLength: 3 }),
    settings: settingsArb,
  })
  .map(({ names, sheets, settings }) => ({
    sheets: names.map((name, i) => ({ name, ...sheets[i] })),
    tables: [],
    settings,
  }));

const KINDS: RelationKind[] = ["sum", "ratio", "difference", "same", "capaian", "mean", "product", "constant", "category", "count"];

/** Relations like a template resolver's: over cells of the snapshot's sheets. */
function relationsArb(snapshot: WorkbookSnapshot): fc.Arbitrary<Relation[]> {
  const cellRef = fc.record({
    sheet: fc.constantFrom(...snapshot.sheets.map((s) => s.name)),
    address: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 6 })).map(([r, c]) => `${String.fromCharCode(65 + c)}${r + 1}`),
  });
  const relation = fc.record({
    kind: fc.constantFrom(...KINDS),
    target: cellRef,
    operands: fc.array(cellRef, { minLength: 0, maxLength: 4 }),
    scale: fc.constantFrom(undefined, 1, 100),
    polarity: fc.constantFrom(undefined, "positif" as const, "negatif" as const),
    expected: fc.constantFrom(undefined, 10, 15, "Baik"),
    scheme: fc.constantFrom(undefined, "ikpa" as const, "nka" as const, "ikm" as const, "sakip" as const),
  });
  return fc.array(relation, { maxLength: 6 }).map((rs) =>
    rs.map((r, i) => ({
      id: `fuzz.${i}`,
      kind: r.kind,
      target: r.target,
      operands: r.operands,
      params: { scale: r.scale, polarity: r.polarity, expected: r.expected, scheme: r.scheme },
      label: { id: "Nilai", en: "Value" },
      origin: "template" as const,
    })),
  );
}

function inside(snapshot: WorkbookSnapshot, sheetName: string, a1: string): boolean {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return false;
  let r;
  try {
    r = parseRange(a1);
  } catch {
    return false;
  }
  if (r.end.row >= 1_048_576 || r.end.col >= 16_384) return false;
  const rows = sheet.values.length;
  const cols = Math.max(0, ...sheet.values.map((v) => v.length));
  return r.start.row >= sheet.origin.row && r.start.col >= sheet.origin.col && r.end.row < sheet.origin.row + rows && r.end.col < sheet.origin.col + cols;
}

function checkFinding(snapshot: WorkbookSnapshot, f: Finding): void {
  if (!inside(snapshot, f.sheet, f.cell)) throw new Error(`finding ${f.rule}/${f.code} points at ${f.sheet}!${f.cell}, not a cell of the snapshot`);
  for (const r of f.related ?? []) if (!inside(snapshot, r.sheet, r.cell)) throw new Error(`finding ${f.rule}/${f.code} relates to ${r.sheet}!${r.cell}, not a cell of the snapshot`);
  if (!["error", "warning", "info"].includes(f.severity)) throw new Error(`bad severity ${f.severity}`);
  if (!f.message || !f.message_en) throw new Error(`finding ${f.code} without a message`);
}

describe("audit engine on random snapshots", () => {
  // The properties only mean something if the random workbooks produce findings.
  let seen = 0;
  afterAll(() => expect(seen).toBeGreaterThan(50));

  it("never throws, never mutates the snapshot, findings point at existing cells (recognition only)", () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const before = JSON.stringify(snapshot);
        const result = audit(snapshot);
        expect(JSON.stringify(snapshot)).toBe(before);
        for (const f of result.findings) checkFinding(snapshot, f);
        seen += result.findings.length;
        const s = result.summary;
        expect(s.error + s.warning + s.info + s.ignored).toBe(result.findings.length);
      }),
      { numRuns: 300 },
    );
  });

  it("the same with template-style relations over the snapshot's cells", () => {
    fc.assert(
      fc.property(
        snapshotArb.chain((s) => fc.tuple(fc.constant(s), relationsArb(s))),
        ([snapshot, relations]) => {
          const before = JSON.stringify(snapshot);
          // Findings may point at a relation's own cells, which may lie outside the used range:
          // extend each sheet to cover A1:G11 so "exists" means "inside the sheet".
          const result = audit(snapshot, { relations });
          expect(JSON.stringify(snapshot)).toBe(before);
          const covered: WorkbookSnapshot = {
            ...snapshot,
            sheets: snapshot.sheets.map((s) => ({ ...s, origin: { row: 0, col: 0 }, values: Array.from({ length: Math.max(11, s.origin.row + s.values.length) }, () => new Array(Math.max(7, s.origin.col + Math.max(0, ...s.values.map((v) => v.length)))).fill(null)) })),
          };
          for (const f of result.findings) checkFinding(covered, f);
          seen += result.findings.length;
        },
      ),
      { numRuns: 300 },
    );
  });
});
