// Recognition units: header vocabulary, parent/child rows, PNBP, IKPA 2021, template sheets left alone.
import { audit } from "../../src/audit/engine";
import { recognizeRelations, roleOf } from "../../src/audit/recognize";
import { planInstall } from "../../src/templates";
import { snapshotFromActions } from "../support/snapshotFromActions";
import { sheet, wb } from "./helpers";

describe("header vocabulary (Indonesian and OM-SPAN)", () => {
  it.each([
    ["Pagu", "pagu"], ["PAGU", "pagu"], ["Anggaran", "pagu"], ["Alokasi", "pagu"], ["Pagu Revisi", "pagu"],
    ["Realisasi", "realisasi"], ["REALISASI", "realisasi"], ["%", "persen"], ["Persentase", "persen"],
    ["Capaian", "capaian"], ["Target", "target"], ["Sisa Anggaran", "sisa"], ["SISA ANGGARAN", "sisa"],
    ["Periode Lalu", "lalu"], ["Periode Ini", "ini"], ["s.d. Periode", "sd"], ["Layanan yang diterima", "den"], ["Layanan yang diselesaikan", "num"],
  ])("%s → %s", (h, role) => expect(roleOf(h)).toBe(role));
  it("labels are not roles", () => {
    for (const h of ["Uraian", "Kegiatan", "Bulan", "No", "Lock Pagu"]) expect(roleOf(h)).toBeNull();
  });
});

describe("recognised tables", () => {
  it("PNBP per akun: TOTAL = sum, % = realisasi / target in percent points, '-' target gives no %", () => {
    const s = wb(
      sheet("PNBP", [
        ["TAHUN 2024"],
        ["AKUN", "TARGET", "REALISASI", "%"],
        ["425211 - Pendapatan Paspor", "Rp.2.130.000.000", "Rp.5.001.150.000", "234,80"],
        ["425213 - Izin Keimigrasian", 157000000, 78750000, 50.16],
        ["425214 - Pelayanan Lainnya", 60400000, 354600000, 587.09],
        ["425912 - Penerimaan kembali", "Rp -", 2269900, 0],
        ["TOTAL", 2347400000, 5436769900, 231.61],
      ]),
    );
    const r = audit(s, { rules: ["total-sum", "ratio"] });
    expect(r.findings).toEqual([]);
    const rels = recognizeRelations(s, []);
    expect(rels.filter((x) => x.kind === "ratio").map((x) => x.target.address).sort()).toEqual(["D3", "D4", "D5", "D7"]);
    expect(rels.filter((x) => x.kind === "sum").map((x) => x.target.address).sort()).toEqual(["B7", "C7"]);
    s.sheets[0].values[6][3] = 232.61;
    expect(audit(s, { rules: ["ratio"] }).findings.map((f) => f.cell)).toEqual(["D7"]);
  });

  it("a flat monthly table with equal neighbours is not mistaken for parent/child rows", () => {
    const s = wb(sheet("B", [["Bulan", "Selesai"], ["Januari", 3], ["Februari", 3], ["Maret", 3], ["Total", 9]]));
    expect(audit(s).findings).toEqual([]);
    s.sheets[0].values[4][1] = 6;
    expect(audit(s).findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(["B5 total-sum"]);
  });

  it("IKPA 2021 (13 indicators, Renkas weight 0, konversi 95%) is consistent", () => {
    const names = ["Revisi DIPA", "Deviasi Halaman III DIPA", "Pagu Minus", "Data Kontrak", "Pengelolaan UP dan TUP", "LPJ Bendahara", "Dispensasi SPM", "Penyerapan Anggaran", "Penyelesaian Tagihan", "Capaian Output", "Retur SP2D", "Renkas", "Kesalahan SPM"];
    const s = wb(
      sheet("IKPA 2021", [
        ["Tabel IKPA Tahun Anggaran 2021"],
        ["Keterangan", ...names, "Nilai Total", "Konversi Bobot", "Nilai Akhir (Nilai Total/Konversi Bobot)"],
        ["Nilai", 100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, 0, 90, 93.13, "95%", 98.03],
        ["Bobot", 5, 5, 5, 10, 8, 5, 5, 15, 10, 17, 5, 0, 5],
        ["Nilai Akhir", 5, 3.72, 5, 10, 8, 5, 5, 14.95, 10, 17, 4.96, 0, 4.5],
        ["Nilai Aspek", 91.49, null, null, 100, null, null, null, 99.71, null, null, null, 90],
      ]),
    );
    const rels = recognizeRelations(s, []);
    expect(rels.filter((r) => r.kind === "product")).toHaveLength(13);
    expect(rels.filter((r) => r.kind === "mean")).toHaveLength(4);
    expect(rels.some((r) => r.kind === "ratio" && r.target.address === "Q3")).toBe(true);
    expect(audit(s).findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.rule} ${f.message}`)).toEqual(["P3 number-as-text Angka disimpan sebagai teks: \"95%\" (dibaca 95%)"]);
  });

  it("sheets that carry template relations are left to the template (no double reporting)", () => {
    const snap = snapshotFromActions(planInstall({ year: 2024, sample: "kerinci-2024" }).actions);
    const r = audit(snap);
    expect(r.findings.filter((f) => f.origin === "recognized")).toEqual([]);
    const keys = r.findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}|${f.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("category labels in a free layout", () => {
  const book = (nka: string, ikpa: string) =>
    wb(
      sheet("Skor", [
        ["Tahun", "NK Perencanaan Anggaran", "NK Pelaksanaan Anggaran", "Nilai Kinerja Anggaran", "Kategori"],
        [2024, 83, 96.12, 89.56, nka],
        [],
        ["Tahun", "Nilai IKPA", "Kategori"],
        [2024, 96.12, ikpa],
      ]),
    );
  it("must trigger: NKA 89,56 'Sangat Baik', IKPA 96,12 'Baik'", () => {
    const r = audit(book("Sangat Baik", "Baik"), { rules: ["category-label"] });
    expect(r.findings.map((f) => `${f.cell} ${f.expected}`)).toEqual(["E2 Baik", "C5 Sangat Baik"]);
  });
  it("must not trigger: the right labels", () => {
    expect(audit(book("Baik", "Sangat Baik")).findings).toEqual([]);
  });
});

describe("multi-unit workbooks and month columns", () => {
  const unit = (name: string, pagu: number[]) => [
    [name],
    ["BELANJA", "PAGU", "REALISASI", "%"],
    ["Belanja Pegawai", pagu[0], pagu[0], 1],
    ["Belanja Barang", pagu[1], pagu[1], 1],
    ["JUMLAH", pagu[0] + pagu[1], pagu[0] + pagu[1], 1],
    [],
  ];
  it("one table per satker: totals of different satker are never compared", () => {
    const s = wb(sheet("Jenis Belanja", [...unit("Satker 400001", [100, 200]), ...unit("Satker 400002", [300, 400])]));
    expect(audit(s).findings).toEqual([]);
  });
  it("a rekap per satker is not compared with the report's own budget", () => {
    const s = wb(
      sheet("A", [...unit("Belanja per jenis belanja 2024", [100, 200]), ["No", "Satker", "Pagu", "Realisasi", "%"], [1, "Satker A", 1000, 900, 0.9], [2, "Satker B", 500, 500, 1], ["JUMLAH", null, 1500, 1400, 0.9333]]),
    );
    expect(audit(s).findings).toEqual([]);
  });
  it("must trigger: Total Responden ≠ Σ Responden Januari … Desember", () => {
    const months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    const row = (total: number) => ["Layanan BMN", ...months.map(() => 2), total];
    const s = wb(sheet("Survei", [["Layanan", ...months.map((m) => `Responden ${m}`), "Total Responden"], row(24), row(27)]));
    expect(audit(s).findings.map((f) => `${f.cell} ${f.rule} ${f.expected} ${f.actual}`)).toEqual(["N3 total-sum 24 27"]);
  });
});
