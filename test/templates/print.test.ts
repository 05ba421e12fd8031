// Print setup and empty-input behaviour of the install plan (the PDF itself: test/interop/print.test.ts).
import { planInstall } from "../../src/templates";
import { snapshotFromActions } from "../support/snapshotFromActions";
import { formatBudget, shownLength, wrappedLines } from "../../src/templates/print";
import type { Action } from "../../src/core/actions";
import { cellAt, getSheet } from "../../src/core/snapshot";
import { parseA1 } from "../../src/core/address";

const blank = planInstall({ year: 2024, satker: "Dinas P&K Kabupaten Contoh" });

describe("print setup", () => {
  it("every sheet gets A4 fit-to-width setup with a footer naming satker, sheet and 'Halaman &P dari &N'", () => {
    const setups = blank.actions.filter((a): a is Extract<Action, { kind: "pageSetup" }> => a.kind === "pageSetup");
    expect(setups.map((s) => s.sheet)).toEqual(blank.sheets.map((s) => s.name));
    for (const s of setups) {
      expect(s.footer).toEqual({ left: "Dinas P&&K Kabupaten Contoh", center: s.sheet, right: "Halaman &P dari &N" });
      expect(s.printTitleRows).toMatch(/^1:\d+$/);
    }
    // Narrow sheets print portrait, the wide budget tables landscape.
    expect(setups.find((s) => s.sheet === "Ringkasan")!.orientation).toBe("portrait");
    expect(setups.find((s) => s.sheet === "Realisasi Anggaran")!.orientation).toBe("landscape");
  });

  it("rupiah columns hold 999 miliar in bold; counts, percentages and scores their own widest figure", () => {
    expect(formatBudget("#,##0", "rupiah")).toBe("-999.999.999.999".length);
    expect(shownLength(999_999_999_999, "#,##0")).toBe(15);
    expect(shownLength(0.99785, "0.00%")).toBe("99,79%".length);
    expect(formatBudget("0.00%", "percent")).toBeGreaterThanOrEqual("-999,99%".length);
    const widths = blank.actions.filter((a): a is Extract<Action, { kind: "columnWidth" }> => a.kind === "columnWidth");
    // Capaian Kinerja: the Anggaran row puts rupiah in the Target and Realisasi columns.
    for (const col of ["D", "E"]) expect(widths.find((w) => w.sheet === "Capaian Kinerja" && w.column === col)!.width).toBeGreaterThanOrEqual(Math.ceil(16 * 1.1));
  });

  it("wraps at word boundaries and counts the lines", () => {
    expect(wrappedLines("Deviasi Halaman III DIPA", 14, true)).toBeGreaterThanOrEqual(2);
    expect(wrappedLines("Nilai", 14, true)).toBe(1);
    const heights = blank.actions.filter((a): a is Extract<Action, { kind: "rowHeight" }> => a.kind === "rowHeight");
    expect(heights.filter((h) => h.sheet === "IKPA").length).toBeGreaterThan(0);
  });
});

describe("no verdict from empty input", () => {
  it("the blank workbook's scores and categories stay blank until something is typed", () => {
    const snap = snapshotFromActions(blank.actions);
    const named = (n: string) => {
      const a = blank.actions.find((x) => x.kind === "addName" && x.name === n) as Extract<Action, { kind: "addName" }>;
      const s = getSheet(snap, a.sheet)!;
      const p = parseA1(a.address);
      return cellAt(s, p.row, p.col).value;
    };
    for (const n of ["Ringkasan.IKPA", "Ringkasan.IKPA_KATEGORI", "Ringkasan.NKA", "Ringkasan.NKA_KATEGORI"]) expect([n, named(n)]).toEqual([n, ""]);
  });

  it("a typed score gets its category", () => {
    const sample = planInstall({ year: 2024, sample: "kerinci-2024" });
    const snap = snapshotFromActions(sample.actions);
    const a = sample.actions.find((x) => x.kind === "addName" && x.name === "Ringkasan.IKPA_KATEGORI") as Extract<Action, { kind: "addName" }>;
    const p = parseA1(a.address);
    expect(cellAt(getSheet(snap, a.sheet)!, p.row, p.col).value).toBe("Sangat Baik");
  });
});
