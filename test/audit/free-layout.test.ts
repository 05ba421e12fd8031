// A workbook typed in a free layout (not from the templates), with the seed's contradictions:
// recognition must find them, and the corrected copy must give no error or warning.
import { audit, cellViewer } from "../../src/audit/engine";
import { parseA1 } from "../../src/core/address";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { Finding } from "../../src/audit/types";
import { freeLayout } from "../support/freeLayout";

const key = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`;

describe("free-layout recognition", () => {
  const seeded = audit(freeLayout(false), { now: "2025-01-01T00:00:00Z" });
  const keys = seeded.findings.map(key);

  it.each([
    ["Anggaran!E26 same-quantity error", 9933860000, 10062360000], // 1: pagu per jenis belanja vs LKD
    ["Anggaran!F26 same-quantity error", 9912780806, 9912289801], // 2: realisasi per jenis belanja vs LKD
    ["Anggaran!B32 same-quantity error", 9933860000, 10062360000], // 14: per jenis kegiatan
    ["Anggaran!B38 same-quantity error", 9933860000, 10062360000], // 15: per sumber dana
    ["Kinerja!E12 ratio error", 99.79, 99.76], // 3: Anggaran row 99.76 (root cause: the value to type)
    ["Kinerja!E4 capaian error", 1.2346, 1.1111], // 10: TAK capaian 111,11 vs 111,11/90
    ["Kinerja!E6 capaian error", 1.2346, 1.1111], // 11: Layanan
    ["Kinerja!E10 mean error", 1.1451, 1.1224], // 12: sasaran 3 average
    ["Kinerja!E11 mean error", 1.1281, 1.1247], // 13: overall average vs the table
    ["Kinerja!D17 ratio error", 0.9985, 0.9986], // 20: 2020 99,86
    ["Kinerja!D20 ratio error", 0.9629, 0.963], // 20: 2023 96,30
    ["Kinerja!D28 total-sum error", 0, 1], // 16: ITAP all "-" but Total 1
    ["IKPA!E5 product error", 8.44, 9.44], // 5: Kontraktual 84,40 × 10 / 100
    ["IKPA!G4 regime-weight error", 10, undefined], // 7: UP/TUP weight missing
    ["IKPA!B6 mean error", 86.84, 98.84], // 6: Nilai aspek perencanaan (root cause: the value to type)
    ["IKPA!D6 mean error", 95.615, 96.12], // 6: Nilai aspek pelaksanaan (with the 84,40 typed)
  ])("finds %s", (k, expected, actual) => {
    // Root causes are top-level; what they explain is folded under them (issue 12).
    const f = seeded.findings.flatMap((x) => [x, ...(x.consequences ?? [])]).find((x) => key(x) === k);
    expect(f).toBeDefined();
    if (typeof expected === "number") expect(Number(f!.expected)).toBeCloseTo(expected, 3);
    if (actual !== undefined) expect(Number(f!.actual)).toBeCloseTo(actual, 4);
  });

  it("reports the malformed '7.981.992,000' as a warning", () => {
    expect(keys).toContain("Anggaran!B31 number-as-text warning");
  });

  it("ILK capaian 103,54 (truncated) is info at most", () => {
    expect(keys).toContain("Kinerja!E9 capaian info");
  });

  it("consistent cases are not flagged: LKD, per sasaran (parent rows not counted twice), jenis belanja 2023, NKA", () => {
    const bad = seeded.findings.filter((f) => f.severity !== "info");
    for (const f of bad) {
      expect([f.sheet, f.cell]).not.toEqual(["Anggaran", "B4"]);
      expect(`${f.sheet}!${f.cell}`).not.toMatch(/^Anggaran!([A-H][3-8]|[A-D](1[1-9]))$/);
      expect(`${f.sheet}!${f.cell}`).not.toMatch(/^Anggaran![B-D](2[2-6])$/);
      expect(`${f.sheet}!${f.cell}`).not.toMatch(/^IKPA![A-C]10$/);
    }
  });

  it("a message a finance officer understands", () => {
    const f = seeded.findings.find((x) => key(x) === "Anggaran!E26 same-quantity error")!;
    expect(f.message).toBe("Total pagu per jenis belanja 10.062.360.000 tidak sama dengan pagu LKD 9.933.860.000");
    expect(f.related).toEqual([{ sheet: "Anggaran", cell: "B4" }]);
  });

  it("the corrected copy gives no error and no warning", () => {
    const fixed = audit(freeLayout(true));
    expect(fixed.findings.filter((f) => f.severity !== "info").map((f) => `${key(f)}: ${f.message}`)).toEqual([]);
    expect(fixed.summary.error + fixed.summary.warning).toBe(0);
  });
});

describe("free-layout: applying every root cause's fix (issue 12)", () => {
  /** Writes one value into a snapshot copy as Terapkan would (rows may be shared: copy first). */
  function put(snap: WorkbookSnapshot, sheetName: string, cell: string, value: number | string): void {
    const s = snap.sheets.find((x) => x.name === sheetName)!;
    const p = parseA1(cell);
    const r = p.row - s.origin.row;
    while (s.values.length <= r) s.values.push([]);
    s.values[r] = [...s.values[r]];
    s.values[r][p.col - s.origin.col] = value;
  }
  const LKD = ["Anggaran!B32", "Anggaran!B38", "Anggaran!E26", "Anggaran!F26"];

  it("leaves only the four LKD totals, whose fix says no single cell can be fixed — and that is true", () => {
    const snap = freeLayout(false);
    const first = audit(snap);
    const roots = first.findings.filter((f) => f.cause);
    expect(roots.length).toBeGreaterThan(8);
    const corrected = freeLayout(true);
    const view = cellViewer(corrected);
    for (const f of roots) {
      const c = f.cause!.candidates[0];
      put(snap, c.sheet, c.cell, c.value);
      // A single candidate's value is what the corrected copy holds (within its shown precision),
      // except the two averages: the copy also corrects the RB row's realisasi and capaian (1,2548
      // typed in both, consistent with each other; only the report's data dukung shows they are
      // wrong), so the mean of the figures as typed is the best the workbook supports.
      if (f.cause!.candidates.length === 1 && !["Kinerja!E10", "Kinerja!E11"].includes(`${c.sheet}!${c.cell}`)) {
        const want = view({ sheet: c.sheet, address: c.cell }).value;
        expect([`${c.sheet}!${c.cell}`, Math.abs(Number(c.value) - Number(want)) < 0.006]).toEqual([`${c.sheet}!${c.cell}`, true]);
      }
    }
    const again = audit(snap);
    const errors = again.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(LKD);
    for (const f of errors) {
      expect(f.cause).toBeUndefined();
      expect(f.fix_en).toMatch(/^No single cell can be fixed on its own: changing [A-Z]+\d+ alone/);
      expect(f.fix).toMatch(/^Tidak ada satu sel yang dapat diperbaiki sendiri/);
      // True: typing the LKD figure into the total alone makes another relation fail.
      const trial = structuredClone(snap);
      put(trial, f.sheet, f.cell, f.expected as number);
      const broken = audit(trial)
        .findings.flatMap((x) => [x, ...(x.consequences ?? [])])
        .filter((x) => x.severity === "error" && !errors.some((e) => e.relation === x.relation));
      expect([f.cell, broken.length > 0]).toEqual([f.cell, true]);
    }
  });
});
