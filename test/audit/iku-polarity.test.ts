// IKU capaian polarity: a Polaritas column decides; otherwise the reading the row's own figures
// confirm (r ÷ t; 2 − r ÷ t or t ÷ r for negative), decrease words only breaking a tie.
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";

const problems = (wb: ReturnType<typeof book>) =>
  audit(wb)
    .findings.flatMap((f) => [f, ...(f.consequences ?? [])])
    .filter((f) => f.severity !== "info")
    .map((f) => [`${f.sheet}!${f.cell}`, f.expected]);

const header = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"];

describe("IKU capaian polarity", () => {
  it("'Persentase penurunan …' and '… menurunkan …' are positive indicators when their figures say r ÷ t", () => {
    const wb = book({
      name: "IKU",
      rows: [header, [1, "Persentase penurunan kasus stunting dibanding tahun sebelumnya", 10, 12, 120], [2, "Persentase desa yang berhasil menurunkan angka kemiskinan", 40, 44, 110], [3, "Indeks Kepuasan Masyarakat", 82, 85.4, 104.15], [4, "Nilai SAKIP", 70, 68.5, 97.86]],
    });
    expect(problems(wb)).toEqual([]);
  });

  it("a Polaritas column saying Negatif, capaian as t ÷ r: consistent; a wrong one gets the t ÷ r value its siblings use", () => {
    const rows = (g5: number) => [
      ["No", "Indikator", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian (%)"],
      [1, "Prevalensi stunting", "%", "Negatif", 14, 15.2, g5],
      [2, "Angka kematian bayi", "per 1000", "Negatif", 12, 10, 120],
      [3, "Jumlah temuan BPK", "temuan", "Negatif", 5, 4, 125],
      [4, "Nilai SAKIP", "nilai", "Positif", 70, 68.5, 97.86],
    ];
    expect(problems(book({ name: "IKU", rows: rows(92.11) }))).toEqual([]);
    const found = problems(book({ name: "IKU", rows: rows(108.57) }));
    expect(found.map((f) => f[0])).toEqual(["IKU!G2"]);
    expect(found[0][1]).toBeCloseTo(92.11, 2);
  });

  it("mostly negative indicators without words or column: each row's capaian is still checked", () => {
    const rows = (f3: number) => [header, [1, "Angka pengangguran terbuka", 6, 5.5, 109.09], [2, "Rasio gini", 0.38, 0.36, 105.56], [3, "Cakupan imunisasi dasar lengkap", 95, 96.2, f3], [4, "Tingkat kemiskinan", 9.5, 9.1, 104.4]];
    expect(problems(book({ name: "IKU", rows: rows(101.26) }))).toEqual([]);
    expect(problems(book({ name: "IKU", rows: rows(110.2) })).map((f) => f[0])).toEqual(["IKU!E4"]);
  });

  it("numbered indicators whose names start with 'Jumlah' are indicators, not total rows: their capaian is checked", () => {
    const rows = (f3: number) => [
      ["No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase penyelesaian pengaduan masyarakat", "%", 90, 93.5, 103.89],
      [2, "Jumlah wisatawan yang berkunjung", "orang", 150000, 162000, f3],
      [3, "Indeks Kepuasan Masyarakat", "indeks", 82, 85.4, 104.15],
      [4, "Jumlah UMKM naik kelas", "unit", 40, 38, 95],
    ];
    expect(problems(book({ name: "IKU", rows: rows(108) }))).toEqual([]);
    expect(problems(book({ name: "IKU", rows: rows(118) }))).toEqual([["IKU!F3", 108]]);
  });

  it("a Polaritas column written '(+)' / '(-)' (or '−'): a wrong negative capaian gets the 2 − r ÷ t value, not r ÷ t (red team 56)", () => {
    for (const [pos, neg] of [["(+)", "(-)"], ["+", "−"], ["[+]", "[-]"]]) {
      const rows = (f5: number) => [
        ["No", "Indikator Kinerja", "Polaritas", "Target", "Realisasi", "Capaian (%)"],
        [1, "Persentase layanan tepat waktu", pos, 90, 98.77, 109.74],
        [2, "Persentase pengaduan tidak terselesaikan", neg, 10, 6, 140],
        [3, "Indeks kepuasan masyarakat", pos, 3.1, 3.21, 103.55],
        [4, "Rata-rata waktu penyelesaian paspor (hari)", neg, 4, 3.5, f5],
        [5, "Nilai SAKIP", pos, 72, 76.02, 105.58],
      ];
      expect(problems(book({ name: "IKU", rows: rows(112.5) }))).toEqual([]);
      const found = audit(book({ name: "IKU", rows: rows(122.5) })).findings.filter((f) => f.severity === "error");
      expect(found).toHaveLength(1);
      const cands = found[0].cause?.candidates ?? [{ sheet: found[0].sheet, cell: found[0].cell, value: found[0].expected }];
      const f5 = cands.find((c) => c.cell === "F5");
      expect(f5?.value).toBeCloseTo(112.5, 2);
      // Realisasi that gives 122,5 % for a negative indicator: 4 × (2 − 1,225) = 3,10, never r ÷ t's 4,90.
      const e5 = cands.find((c) => c.cell === "E5");
      if (e5) expect(e5.value).toBeCloseTo(3.1, 2);
    }
  });
});
