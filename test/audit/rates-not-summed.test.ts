// Realisasi given as a rate ("Realisasi Fisik (%)", "Realisasi Kinerja (%)", "Realisasi Fisik")
// is never added into the Jumlah row, which holds their mean; the money columns still are.
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";

const ROWS: [string, number, number, number][] = [
  ["Penyusunan Dokumen Perencanaan", 125_000_000, 118_750_000, 100],
  ["Evaluasi Kinerja", 87_500_000, 80_125_000, 100],
  ["Pengadaan Alat Kesehatan", 1_320_000_000, 1_254_000_000, 95],
  ["Rehabilitasi Puskesmas", 960_000_000, 912_500_000, 97.5],
  ["Pengadaan Obat", 745_000_000, 745_000_000, 100],
];

function monev(header: string, realisasiTotal = 3_110_375_000) {
  return book({
    name: "Monev",
    rows: [["Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", header], ...ROWS, ["Jumlah", 3_237_500_000, realisasiTotal, 98.5]],
    formats: { B: "#,##0", C: "#,##0" },
  });
}

const problems = (wb: ReturnType<typeof book>) =>
  audit(wb)
    .findings.flatMap((f) => [f, ...(f.consequences ?? [])])
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell}`);

describe.each(["Realisasi Fisik (%)", "Realisasi Kinerja (%)", "Realisasi Fisik", "Fisik (%)", "Realisasi Fisik %"])("%s", (header) => {
  it("its Jumlah (the mean) is not a wrong total", () => {
    expect(problems(monev(header))).toEqual([]);
  });
  it("a wrong realisasi total beside it is still found", () => {
    expect(problems(monev(header, 3_110_475_000))).toEqual(["Monev!C7"]);
  });
});
