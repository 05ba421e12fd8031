// Counting layouts (no finance words), monthly plans, capaian per sasaran, code columns, sheet
// copies and hidden sheets, and columns of formulas.
import type { CellValue } from "../../../src/core/snapshot";
import { book, sum, type CorpusEntry } from "./build";

export const ikuHeadcount: CorpusEntry = {
  name: "iku-headcount",
  layout: "graduates per programme: Jumlah Pendaftar / Diterima / Lulusan / Bekerja, a Jumlah row, no finance words",
  build(planted) {
    const prodi: [string, number, number, number, number][] = [
      ["D3 Administrasi Keimigrasian", 420, 160, 152, 131],
      ["D4 Manajemen Keimigrasian", 515, 190, 181, 150],
      ["D3 Hukum Keimigrasian", 388, 140, 133, 118],
      ["D4 Teknologi Keimigrasian", 296, 140, 134, 101],
    ];
    const rows: CellValue[][] = [["Data Lulusan Politeknik 2024"], ["Program Studi", "Jumlah Pendaftar", "Jumlah Diterima", "Jumlah Lulusan", "Bekerja"]];
    for (const p of prodi) rows.push([...p]);
    const t = [1, 2, 3, 4].map((k) => sum(prodi.map((p) => p[k] as number)));
    if (planted) t[2] = 699; // 152 + 181 + 133 + 134 = 600
    rows.push(["Jumlah", ...t]);
    return book({ name: "IKU Lulusan", rows });
  },
  planted: [{ at: "IKU Lulusan!D7", rule: "total-sum", what: "Jumlah Lulusan 699 over 600" }],
};

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export const rak: CorpusEntry = {
  name: "rak-monthly",
  layout: "Rencana Anggaran Kas: akun code, Total RAK = Januari … Desember per row, Jumlah row",
  build(planted) {
    const lines: [string, string, number[]][] = [
      ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor", [0, 2500000, 2500000, 2500000, 0, 2500000, 2500000, 0, 2500000, 2500000, 2500000, 0]],
      ["5.1.02.01.01.0026", "Belanja Bahan Cetak", [1200000, 0, 0, 1200000, 0, 0, 1200000, 0, 0, 1200000, 0, 0]],
      ["5.1.02.02.01.0003", "Honorarium Narasumber", [0, 0, 3600000, 0, 0, 3600000, 0, 0, 3600000, 0, 0, 3600000]],
      ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", [4250000, 4250000, 4250000, 4250000, 4250000, 4250000, 4250000, 4250000, 4250000, 4250000, 4250000, 4250000]],
      ["5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan", [750000, 750000, 750000, 750000, 750000, 750000, 750000, 750000, 750000, 750000, 750000, 750000]],
    ];
    const rows: CellValue[][] = [["RENCANA ANGGARAN KAS TAHUN 2024"], ["Kode Rekening", "Uraian", "Total RAK", ...MONTHS]];
    const totals = lines.map((l) => sum(l[2]));
    if (planted) {
      totals[1] = 6000000; // stale after a month was moved: 4 × 1.200.000 = 4.800.000
      totals[3] = 50000000; // 12 × 4.250.000 = 51.000.000
    }
    lines.forEach((l, i) => rows.push([l[0], l[1], totals[i], ...l[2]]));
    rows.push([null, "Jumlah", sum(totals), ...MONTHS.map((_m, k) => sum(lines.map((l) => l[2][k])))]);
    return book({ name: "RAK", rows });
  },
  planted: [
    { at: "RAK!C4", rule: "total-sum", what: "Total RAK stale (Bahan Cetak)" },
    { at: "RAK!C6", rule: "total-sum", what: "Total RAK stale (Perjalanan Dinas)" },
    { at: "RAK!C8", rule: "total-sum", what: "Jumlah Total RAK = Σ stale rows ≠ Σ its months" },
  ],
};

export const capaianSasaran: CorpusEntry = {
  name: "capaian-per-sasaran",
  layout: "capaian table: a sasaran with one indicator and no average row, a sasaran of two indicators and its Rata-rata row, merged sasaran cells",
  build(planted) {
    const rows: CellValue[][] = [
      ["Capaian Kinerja 2024"],
      ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
      ["Meningkatnya kualitas layanan", "Indeks kepuasan masyarakat", 3.2, 3.36, 1.05],
      ["Terwujudnya tata kelola yang baik", "Nilai SAKIP", 80, 84, 1.05],
      [null, "Persentase rekomendasi BPK ditindaklanjuti", 1, 0.9, planted ? 0.95 : 0.9],
      [null, "Rata-rata capaian sasaran", null, null, planted ? 0.99 : 0.975],
    ];
    return book({ name: "Capaian", rows, merged: ["A4:A6"], formats: { E: "0.00%" } });
  },
  planted: [
    { at: "Capaian!E5", rule: "capaian", what: "90 / 100 is 90%, typed 95%" },
    { at: "Capaian!E6", rule: "mean", what: "average of the sasaran's two indicators (105% and 95% as typed) is 100%, typed 99%" },
  ],
};

export const codesAsText: CorpusEntry = {
  name: "codes-and-ids",
  layout: "Kodepemda as text ids (\"00,08\"), dotted bidang codes, years, population as numbers; Jumlah row",
  build(planted) {
    const rows: CellValue[][] = [
      ["Jumlah Penduduk per Kecamatan"],
      ["Kodepemda", "Kode Bidang", "Kecamatan", "Tahun", "Laki-laki", "Perempuan", "Jumlah"],
      ["00,08", "1.02", "Gunung Kerinci", 2024, 12450, 12012, 24462],
      ["00,09", "1.02.01", "Kayu Aro", 2024, 18233, 17956, 36189],
      ["00,10", "24.05", "Siulak", 2024, 10987, 11102, 22089],
      ["00,11", "2.08", "Air Hangat", 2024, 9876, 9950, 19826],
      ["00,12", "2.08.02", "Depati Tujuh", 2024, 8450, 8512, 16962],
    ];
    rows.push(["Jumlah", null, null, null, sum(rows.slice(2).map((r) => r[4] as number)), sum(rows.slice(2).map((r) => r[5] as number)), sum(rows.slice(2).map((r) => r[6] as number))]);
    // Planted: Perempuan typed as text in four rows (one grouped warning for the column).
    if (planted) for (const k of [2, 3, 4, 5]) rows[k][5] = (rows[k][5] as number).toLocaleString("id-ID");
    return book({ name: "Penduduk", rows });
  },
  planted: [{ at: "Penduduk!F3", rule: "number-as-text", what: "4 numbers stored as text in F3:F6, one grouped warning" }],
};

export const twoIndicators: CorpusEntry = {
  name: "two-iku-sheets",
  layout: "two sheets, each a monthly table of a different indicator with its own TOTAL (never compared)",
  build(planted) {
    const t = (a: number[], b: number[], head: [string, string]): CellValue[][] => [["Bulan", ...head], ...MONTHS.slice(0, 4).map((m, i) => [m, a[i], b[i]]), ["TOTAL", sum(a), sum(b)]];
    const one = t([120, 98, 143, 110], [118, 97, 140, 110], ["Permohonan paspor", "Paspor diterbitkan"]);
    const two = t([12, 9, 15, 7], [12, 8, 15, 7], ["Pengaduan masuk", "Pengaduan ditindaklanjuti"]);
    if (planted) two[5][2] = 43; // 12 + 8 + 15 + 7 = 42
    return book({ name: "IKU 1", rows: one }, { name: "IKU 2", rows: two });
  },
  planted: [{ at: "IKU 2!C6", rule: "total-sum", what: "TOTAL ditindaklanjuti 43 over 42" }],
};

export const copiesAndHidden: CorpusEntry = {
  name: "sheet-copy-and-hidden",
  layout: "a sheet, its identical copy, and a hidden older sheet",
  build(planted) {
    const rekap = (j: number): CellValue[][] => [["Unit", "Pegawai"], ["Sekretariat", 24], ["Pelayanan", 31], ["Pengawasan", 18], ["Jumlah", j]];
    return book({ name: "Rekap", rows: rekap(planted ? 74 : 73) }, { name: "Rekap (2)", rows: rekap(planted ? 74 : 73) }, { name: "Rekap 2023", rows: [["Unit", "Pegawai"], ["Sekretariat", 22], ["Pelayanan", 30], ["Jumlah", planted ? 51 : 52]], hidden: true });
  },
  planted: [
    { at: "Rekap!B5", rule: "total-sum", what: "Jumlah 74 over 73 (reported once, not again on the copy)" },
    { at: "Rekap 2023!B4", rule: "total-sum", what: "hidden sheet audited and marked" },
  ],
};

export const formulaColumns: CorpusEntry = {
  name: "formula-columns",
  layout: "a column of =C*D formulas, a merged cell, a parent row =E8 over typed children, a column of literal arithmetic",
  build(planted) {
    const rows: CellValue[][] = [
      ["Rincian Belanja 2024"],
      ["Uraian", "Satuan", "Volume", "Harga Satuan", "Nilai Rincian", "Keterangan"],
      ["Kertas HVS", "rim", 40, 55000, 2200000, "6000"],
      ["Tinta printer", "botol", 12, 95000, 1140000, "6000"],
      ["Map arsip", "buah", 200, 7500, planted ? 1600000 : 1500000, "6000"],
      ["Amplop", "dus", 10, 42000, 420000, "6000"],
      ["Perjalanan dinas", null, null, null, 8500000, null],
      ["Tiket", "orang", 2, 2500000, 5000000, null],
      ["Uang harian", "hari", 7, 500000, 3500000, null],
    ];
    const formulas: Record<string, string> = { E3: "=C3*D3", E4: "=C4*D4", E6: "=C6*D6", E7: "=E8+E9", E8: "=C8*D8", E9: "=C9*D9", F3: "=10000-4000", F4: "=10000-4000", F6: "=10000-4000" };
    if (!planted) formulas.E5 = "=C5*D5";
    // Literal arithmetic above and below a typed text: never "a constant among formulas".
    rows[4][5] = "6000";
    formulas.F5 = "=10000-4000";
    return book({ name: "Rincian", rows, formulas, merged: ["F7:F9"] });
  },
  // Since the volume × harga product is recognised from the numbers, the typed 1.600.000 is an
  // error with the value it should hold (the constant-among-formulas warning on that cell gives way to it).
  planted: [{ at: "Rincian!E5", rule: "product", what: "1.600.000 typed among =C*D formulas (and 200 × 7.500 is 1.500.000)", expected: 1500000 }],
};

export const averageAndGap: CorpusEntry = {
  name: "average-row-and-sum-gap",
  layout: "a Rata-rata row between items and a SUM Jumlah; a second table whose SUM stops one row short",
  build(planted) {
    const rows: CellValue[][] = [
      ["Pegawai per unit"],
      ["Unit", "Pegawai"],
      ["Sekretariat", 24],
      ["Pelayanan", 31],
      ["Pengawasan", 18],
      ["Rata-rata", 24.33],
      ["Jumlah", 73],
      [],
      ["Kendaraan per unit"],
      ["Unit", "Kendaraan"],
      ["Sekretariat", 3],
      ["Pelayanan", 2],
      ["Pengawasan", 4],
      ["Jumlah", planted ? 5 : 9],
    ];
    const formulas: Record<string, string> = { B6: "=AVERAGE(B3:B5)", B7: "=SUM(B3:B5)", B14: planted ? "=SUM(B11:B12)" : "=SUM(B11:B13)" };
    return book({ name: "Unit", rows, formulas });
  },
  planted: [
    { at: "Unit!B14", rule: "sum-range-gap", what: "SUM(B11:B12) leaves out B13" },
    { at: "Unit!B14", rule: "total-sum", what: "Jumlah 5 over 9" },
  ],
};

export const parallelBreakdowns: CorpusEntry = {
  name: "parallel-breakdowns",
  layout: "respondents by waiting time and again by workplace, each adding up to the Jumlah column (a SUM over the first)",
  build(planted) {
    const data: [string, number, number, number, number, number][] = [
      ["Januari", 40, 25, 10, 50, 25],
      ["Februari", 38, 30, 7, 45, 30],
      ["Maret", 52, 21, 12, 60, 25],
    ];
    const rows: CellValue[][] = [["Responden survei layanan 2024"], ["Bulan", "Menunggu < 1 jam", "Menunggu 1-2 jam", "Menunggu > 2 jam", "Kantor", "Layanan online", "Jumlah Responden"]];
    const formulas: Record<string, string> = {};
    data.forEach((d, i) => {
      rows.push([...d, d[1] + d[2] + d[3]]);
      formulas[`G${i + 3}`] = `=SUM(B${i + 3}:D${i + 3})`;
    });
    if (planted) {
      rows[3][6] = 85; // Februari: 38 + 30 + 7 = 75, typed over the formula
      delete formulas.G4;
    }
    rows.push(["Jumlah", ...[1, 2, 3, 4, 5, 6].map((k) => sum(rows.slice(2).map((r) => r[k] as number)))]);
    return book({ name: "Survei", rows, formulas });
  },
  planted: [
    { at: "Survei!G4", rule: "total-sum", what: "85 typed over the SUM: 38 + 30 + 7 = 75 (and 45 + 30)" },
    { at: "Survei!G6", rule: "total-sum", what: "the Jumlah row's Jumlah Responden carries the 85: ≠ Σ its own breakdown" },
  ],
};
