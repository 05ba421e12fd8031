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
});
