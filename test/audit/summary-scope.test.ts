// Label/value summary sheets: a label repeated on another sheet names the same figure only when
// the sheets are about the same year and most of their shared labels agree (parallel summaries
// per year or per unit hold different figures under the same labels).
import { audit } from "../../src/audit/engine";
import { book, type SheetSpec } from "./corpus/build";

const summary = (name: string, title: string, pagu: number, realisasi: number, pegawai = 45): SheetSpec => ({
  name,
  rows: [[title], [], ["Pagu", pagu], ["Realisasi", realisasi], ["Jumlah pegawai", pegawai], ["Persentase realisasi", Math.round((realisasi / pagu) * 10000) / 100]],
  formats: { B: "#,##0" },
});

const problems = (wb: ReturnType<typeof book>) =>
  audit(wb)
    .findings.flatMap((f) => [f, ...(f.consequences ?? [])])
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}`);

describe("summary sheets compared by label", () => {
  it("one summary per year (year in the title or only in the sheet name): no finding", () => {
    expect(problems(book(summary("Ringkasan 2023", "RINGKASAN ANGGARAN TAHUN 2023", 8_400_000_000, 8_190_000_000, 41), summary("Ringkasan 2024", "RINGKASAN ANGGARAN TAHUN 2024", 9_200_000_000, 8_776_535_000)))).toEqual([]);
    expect(problems(book(summary("2023", "RINGKASAN ANGGARAN", 8_400_000_000, 8_190_000_000, 41), summary("2024", "RINGKASAN ANGGARAN", 9_200_000_000, 8_776_535_000)))).toEqual([]);
  });

  it("one summary per unit (every shared label differs): no finding", () => {
    expect(problems(book(summary("Sekretariat", "RINGKASAN SEKRETARIAT", 2_400_000_000, 2_290_000_000, 30), summary("Bidang Aptika", "RINGKASAN BIDANG APTIKA", 1_800_000_000, 1_712_000_000, 12)))).toEqual([]);
  });

  it("the same summary repeated on a second sheet with one figure retyped wrong: that figure is found", () => {
    const found = problems(book(summary("Ringkasan", "RINGKASAN 2024", 9_200_000_000, 8_776_535_000), summary("Ikhtisar", "IKHTISAR 2024", 9_200_000_000, 8_776_535_000, 54)));
    expect(found).toEqual(["Ikhtisar!B5 same-quantity"]);
  });

  it("a summary with a 'Uraian | Nilai' header is still compared with the detail table", () => {
    const detail: SheetSpec = {
      name: "Rekap",
      rows: [["Jenis Belanja", "Pagu", "Realisasi"], ["Belanja Pegawai", 5_200_000_000, 5_012_345_000], ["Belanja Barang", 3_100_000_000, 2_876_540_000], ["Belanja Modal", 900_000_000, 887_650_000], ["Jumlah", 9_200_000_000, 8_776_535_000]],
      formats: { B: "#,##0", C: "#,##0" },
    };
    const ring = (realisasi: number): SheetSpec => ({
      name: "Ringkasan",
      rows: [["Ringkasan Kinerja 2024"], ["Uraian", "Nilai"], ["Total Pagu", 9_200_000_000], ["Total Realisasi", realisasi]],
      formats: { B: "#,##0" },
    });
    expect(problems(book(ring(8_776_535_000), detail))).toEqual([]);
    expect(problems(book(ring(8_766_535_000), detail))).toEqual(["Ringkasan!B4 same-quantity"]);
  });
});

