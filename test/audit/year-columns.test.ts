// Year columns whatever way the header is typed: 2022 as a number, "2022" as text, "Tahun 2022",
// "TA 2022". Each column's Jumlah is checked; a plain "Tahun" column is still never summed.
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";

function perbandingan(h: (string | number)[], c5: number) {
  return book({
    name: "Perbandingan",
    rows: [["Uraian", ...h], ["Retribusi Pelayanan Kesehatan", 1250, 1410, 1532], ["Retribusi Parkir", 86, 74, 91], ["Retribusi Pasar", 320, 355, 412], ["Jumlah", 1656, c5, 2035]],
  });
}

describe.each([
  ["numbers", [2022, 2023, 2024]],
  ["text", ["2022", "2023", "2024"]],
  ["Tahun YYYY", ["Tahun 2022", "Tahun 2023", "Tahun 2024"]],
  ["TA YYYY", ["TA 2022", "TA 2023", "TA 2024"]],
])("year headers as %s", (_what, h) => {
  it("consistent: no finding", () => {
    expect(audit(perbandingan(h, 1839)).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
  it("a wrong 2023 Jumlah is found at C5", () => {
    expect(audit(perbandingan(h, 1829)).findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(["C5"]);
  });
});

it("indicators named 'Jumlah …' in every row of a yearly comparison are not total rows", () => {
  const wb = book({
    name: "Perbandingan",
    rows: [
      ["Perbandingan Capaian Tiga Tahun"],
      ["Uraian", "2022", "2023", "2024", "Kenaikan (%)"],
      ["Jumlah dokumen perizinan terbit", 1250, 1410, 1532, 8.65],
      ["Jumlah pengaduan ditangani", 86, 74, 91, 22.97],
      ["Jumlah UMKM dibina", 320, 355, 412, 16.06],
      ["Jumlah investor baru", 14, 19, 17, -10.53],
    ],
  });
  expect(audit(wb).findings.filter((f) => f.severity !== "info")).toEqual([]);
});
