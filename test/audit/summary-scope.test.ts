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
});
