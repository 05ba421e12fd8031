// False alarms on consistent workbooks in layouts from the field (red-team kinds), each as a pair
// of small workbooks in a shape of our own: a consistent one that must stay clean, and a twin
// with a real contradiction of the same layout that must still be found (cell and value).
import { audit } from "../../src/audit/engine";
import type { CellValue } from "../../src/core/snapshot";
import type { Finding } from "../../src/audit/types";
import { book, sum } from "./corpus/build";

const flat = (fs: Finding[]) => fs.flatMap((f) => [f, ...(f.consequences ?? [])]);
/** Errors and warnings, as "Sheet!A1 rule", with the expected value when there is one. */
function bad(snap: ReturnType<typeof book>): string[] {
  return flat(audit(snap).findings)
    .filter((f) => f.severity !== "info" && !f.ignored && f.rule !== "diagnosis")
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}${f.expected !== undefined ? ` ${typeof f.expected === "number" ? Math.round(f.expected * 10000) / 10000 : f.expected}` : ""}`)
    .sort();
}

describe("an 'Akumulasi' column over quarters is a running figure, not a column to add", () => {
  const tw = [1820, 2450, 2830, 2812];
  const t = (plant?: number) => {
    const rows: CellValue[][] = [["Periode", "Realisasi Triwulan", "Realisasi Akumulatif", "Sisa Pagu"]];
    let cum = 0;
    tw.forEach((v, i) => {
      cum += v;
      rows.push([`Triwulan ${i + 1}`, v, i === 1 && plant !== undefined ? plant : cum, 10000 - cum]);
    });
    rows.push(["Jumlah", cum, cum, 10000 - cum]);
    return book({ name: "TW", rows });
  };
  it("must not trigger: its Jumlah shows the last quarter's figure", () => expect(bad(t())).toEqual([]));
  it("must trigger: a quarter's running figure that is not the previous one plus the quarter", () => expect(bad(t(4370))).toEqual(["TW!C3 total-sum 4270", "TW!C4 total-sum 7200"]));
});

describe("a category written with its grade letter ('Baik (B)', 'B - Baik', 'B (Baik)')", () => {
  const t = (labels: string[]) => book({ name: "IKM", rows: [["Tahun", "Nilai IKM", "Predikat"], [2022, 80.4, labels[0]], [2023, 85.9, labels[1]], [2024, 90.2, labels[2]]] });
  it("must not trigger: the words and the letter both name the score's category", () => {
    expect(bad(t(["Baik (B)", "Baik (B)", "Sangat Baik (A)"]))).toEqual([]);
    expect(bad(t(["B - Baik", "B - BAIK", "A - Sangat Baik"]))).toEqual([]);
    expect(bad(t(["B (Baik)", "B (Baik)", "A (Sangat Baik)"]))).toEqual([]);
  });
  it("must trigger: a higher category, told in the label's own style", () => expect(bad(t(["Baik (B)", "Sangat Baik (A)", "Sangat Baik (A)"]))).toEqual(["IKM!C3 category-label Baik (B)"]));
  it("must trigger: the right words with another grade letter", () => expect(bad(t(["B - Baik", "A - Baik", "A - Sangat Baik"]))).toEqual(["IKM!C3 category-label B - Baik"]));
});

describe("a table of part of the year (s.d. Juni, Triwulan III, Semester I) is not the year's realisasi", () => {
  const table = (title: string, real: number[]): CellValue[][] => [[title], ["Jenis Belanja", "Pagu", "Realisasi"], ["Belanja Pegawai", 2200, real[0]], ["Belanja Barang", 5100, real[1]], ["Jumlah", 7300, sum(real)]];
  const t = (summary: number) =>
    book(
      { name: "Semester", rows: table("Realisasi Anggaran Semester I TA 2024", [1000, 2000]) },
      { name: "Juni", rows: table("Realisasi Anggaran s.d. 30 Juni 2024", [1000, 2000]) },
      { name: "Tahunan", rows: table("Realisasi Anggaran TA 2024", [2150, 5000]) },
      { name: "Ringkasan", rows: [["Uraian", "Nilai"], ["Pagu 2024", 7300], ["Realisasi 2024", summary]] },
    );
  it("must not trigger: the summary's realisasi is the annual table's", () => expect(bad(t(7150))).toEqual([]));
  it("must trigger: a summary realisasi the annual table contradicts", () => expect(bad(t(7100))).toEqual(["Ringkasan!B3 same-quantity 7150"]));
});
