// Permendagri 77 LRA of a Pemda: coded accounts, then uncoded section results in capitals
// (SURPLUS/(DEFISIT), PEMBIAYAAN NETTO, SILPA) that are not lines under the last account.
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";

function lra(silpa = 45_000_000_000) {
  return book({
    name: "LRA",
    rows: [
      ["LAPORAN REALISASI ANGGARAN PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2024"],
      [],
      ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],
      ["4", "PENDAPATAN DAERAH", 1_000_000_000_000, 980_000_000_000],
      ["4.1", "PENDAPATAN ASLI DAERAH", 200_000_000_000, 190_000_000_000],
      ["4.2", "PENDAPATAN TRANSFER", 800_000_000_000, 790_000_000_000],
      ["5", "BELANJA DAERAH", 1_040_000_000_000, 950_000_000_000],
      ["5.1", "BELANJA OPERASI", 840_000_000_000, 780_000_000_000],
      ["5.2", "BELANJA MODAL", 200_000_000_000, 170_000_000_000],
      ["", "SURPLUS/(DEFISIT)", -40_000_000_000, 30_000_000_000],
      ["6", "PEMBIAYAAN DAERAH"],
      ["6.1", "PENERIMAAN PEMBIAYAAN", 45_000_000_000, 20_000_000_000],
      ["6.2", "PENGELUARAN PEMBIAYAAN", 5_000_000_000, 5_000_000_000],
      ["6.2.02", "Penyertaan Modal Daerah", 5_000_000_000, 5_000_000_000],
      ["", "PEMBIAYAAN NETTO", 40_000_000_000, 15_000_000_000],
      ["", "SISA LEBIH PEMBIAYAAN ANGGARAN (SILPA)", 0, silpa],
    ],
    formats: { C: "#,##0", D: "#,##0" },
  });
}

const problems = (wb: ReturnType<typeof book>) =>
  audit(wb)
    .findings.flatMap((f) => [f, ...(f.consequences ?? [])])
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell}`);

describe("Pemda LRA with uncoded section results", () => {
  it("PEMBIAYAAN NETTO and SILPA are not parts of 6.2.02 Penyertaan Modal Daerah: no finding", () => {
    expect(problems(lra())).toEqual([]);
  });
  it("a wrong account under 4 is still found", () => {
    const wb = lra();
    wb.sheets[0].values[4][3] = 191_000_000_000;
    const found = audit(wb).findings.filter((f) => f.severity === "error");
    expect(found).toHaveLength(1);
    expect([found[0].cell, ...(found[0].cause?.candidates.map((c) => c.cell) ?? [])]).toContain("D5");
  });
});

describe("Lebih/(Kurang) = realisasi − anggaran", () => {
  const ITEMS: [string, number, number][] = [
    ["Belanja Pegawai", 5_200_000_000, 5_012_345_000],
    ["Belanja Barang dan Jasa", 3_100_000_000, 2_876_540_000],
    ["Belanja Modal", 900_000_000, 887_650_000],
  ];
  function lk(typo?: number) {
    const rows: (string | number)[][] = [["Jenis Belanja", "Anggaran", "Realisasi", "Lebih/(Kurang)"], ...ITEMS.map(([n, a, r]) => [n, a, r, r - a])];
    rows.push(["Jumlah", ITEMS.reduce((s, x) => s + x[1], 0), ITEMS.reduce((s, x) => s + x[2], 0), ITEMS.reduce((s, x) => s + x[2] - x[1], 0)]);
    if (typo !== undefined) rows[2][2] = typo;
    return book({ name: "LRA", rows, formats: { B: "#,##0", C: "#,##0", D: "#,##0" } });
  }
  it("consistent: no finding", () => {
    expect(problems(lk())).toEqual([]);
  });
  it("a transposed realisasi is the one root cause, with its original value (the difference column pins it)", () => {
    const errors = audit(lk(2_876_450_000)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(["C3"]);
    expect(errors[0].cause?.candidates.map((c) => c.value)).toEqual([2_876_540_000]);
  });
});
