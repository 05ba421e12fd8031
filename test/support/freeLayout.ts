// The free-layout workbook: typed by hand (not from the templates), with the seed's
// contradictions, or corrected. Used by the recognition test and the pane/CLI parity test.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";

type Block = { at: [number, number]; rows: CellValue[][]; formats?: Record<number, string> };

/** Builds one sheet from blocks placed at 0-based [row, col]; formats by block column index. */
function build(name: string, blocks: Block[]): SheetSnapshot {
  const h = Math.max(...blocks.map((b) => b.at[0] + b.rows.length));
  const w = Math.max(...blocks.map((b) => b.at[1] + Math.max(...b.rows.map((r) => r.length))));
  const values: CellValue[][] = Array.from({ length: h }, () => new Array<CellValue>(w).fill(null));
  const numberFormats: string[][] = Array.from({ length: h }, () => new Array<string>(w).fill("General"));
  for (const b of blocks)
    b.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        values[b.at[0] + i][b.at[1] + j] = v;
        if (b.formats?.[j] && typeof v === "number" && (b.formats[j] !== P || Math.abs(v) <= 2)) numberFormats[b.at[0] + i][b.at[1] + j] = b.formats[j];
      }),
    );
  return { name, origin: { row: 0, col: 0 }, values, numberFormats };
}

const P = "0.00%";
const M = "#,##0";

export function freeLayout(fixed: boolean): WorkbookSnapshot {
  const anggaran = build("Anggaran", [
    { at: [0, 0], rows: [["Laporan Ketersediaan Dana TA 2024"]] },
    {
      at: [2, 0],
      formats: { 1: M, 2: M, 3: M, 4: M, 5: M, 6: P, 7: M },
      rows: [
        ["Uraian", "Pagu Revisi", "Lock Pagu", "Periode Lalu", "Periode Ini", "s.d. Periode", "%", "Sisa Anggaran"],
        ["JUMLAH SELURUHNYA", 9933860000, 0, 8725580614, 1187200192, 9912780806, 0.9979, 21079194],
        ["BF Program Penegakan dan Pelayanan Hukum", 1992627000, 0, 1911958906, 76945062, 1988903968, 0.9981, 3723032],
        ["BF.5254 Penyelenggaraan Fungsi Keimigrasian", 1992627000, 0, 1911958906, 76945062, 1988903968, 0.9981, 3723032],
        ["WA Program Dukungan Manajemen", 7941233000, 0, 6813621708, 1110255130, 7923876838, 0.9978, 17356162],
        ["WA.6232 Dukungan Manajemen UPT Imigrasi", 7941233000, 0, 6813621708, 1110255130, 7923876838, 0.9978, 17356162],
      ],
    },
    { at: [9, 0], rows: [["Realisasi Anggaran per Sasaran Tahun 2024"]] },
    {
      at: [10, 0],
      formats: { 1: M, 2: M, 3: P },
      rows: [
        ["Kegiatan", "Anggaran", "Realisasi", "Persentase"],
        ["Optimalnya penegakan hukum", 1471550000, 1470043772, 0.999],
        ["Persentase TAK yang ditangani", 1471550000, 1470043772, 0.999],
        ["Meningkatnya Layanan Keimigrasian", 521077000, 518860196, 0.9957],
        ["Rasio Layanan Keimigrasian", 521077000, 518860196, 0.9957],
        ["Meningkatnya Reformasi Birokrasi", 7941233000, 7923876838, 0.9978],
        ["Persentase Rencana Aksi RB", 123867000, 123506438, 0.9971],
        ["Indeks Kepuasan Layanan Kesekretariatan", 7817366000, 7800370400, 0.9978],
        ["Total", 9933860000, 9912780806, 0.9979],
      ],
    },
    { at: [20, 0], rows: [["BELANJA", 2023, null, null, 2024]] },
    {
      at: [21, 0],
      formats: { 1: M, 2: M, 3: P, 4: M, 5: M, 6: P },
      rows: [
        [null, "PAGU", "REALISASI", "%", "PAGU", "REALISASI", "%"],
        ["Belanja Pegawai", 1914866000, 1908046306, 0.9964, 2242327000, 2241548521, 0.9997],
        ["Belanja Barang", 3555210000, 3486078807, 0.9806, fixed ? 5018957000 : 5147457000, fixed ? 5003378285 : 5002887280, fixed ? 0.9969 : 0.9719],
        ["Belanja Modal", 520658000, 518540000, 0.9959, 2672576000, 2667854000, 0.9982],
        ["JUMLAH", 5990734000, 5912665113, 0.987, fixed ? 9933860000 : 10062360000, fixed ? 9912780806 : 9912289801, fixed ? 0.9979 : 0.9851],
      ],
    },
    { at: [27, 0], rows: [["Belanja per jenis kegiatan tahun 2024"]] },
    {
      at: [28, 0],
      formats: { 1: M },
      rows: [
        ["Jenis Kegiatan", "Pagu"],
        ["Penyelenggaraan Fungsi Keimigrasian di Wilayah", fixed ? 1992627000 : 2080368000],
        ["Dukungan Manajemen dan Teknis Lainnya", fixed ? 7941233000 : "7.981.992,000"],
        ["Jumlah", fixed ? 9933860000 : 10062360000],
      ],
    },
    { at: [33, 0], rows: [["Belanja per sumber dana tahun 2024"]] },
    {
      at: [34, 0],
      formats: { 1: M },
      rows: [
        ["Sumber Dana", "Pagu"],
        ["Rupiah Murni", 3573092000],
        ["PNBP", fixed ? 6360768000 : 6489268000],
        ["Jumlah", fixed ? 9933860000 : 10062360000],
      ],
    },
  ]);
  const kinerja = build("Kinerja", [
    { at: [0, 0], rows: [["Capaian Kinerja Tahun 2024"]] },
    {
      at: [1, 0],
      formats: { 2: P, 3: P, 4: P },
      rows: [
        ["Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["Optimalnya penegakan hukum", "Persentase TAK yang ditangani", 0.9, fixed ? 1 : 1.1111, 1.1111],
        [null, "Rata-rata capaian Sasaran Kegiatan", null, null, 1.1111],
        ["Meningkatnya Layanan", "Rasio Layanan Keimigrasian", 0.9, fixed ? 0.9877 : 1.1111, fixed ? 1.0974 : 1.1111],
        [null, "Rata-rata capaian Sasaran Kegiatan", null, null, fixed ? 1.0974 : 1.1111],
        ["Meningkatnya Reformasi Birokrasi", "Persentase Rencana Aksi RB", 1, fixed ? 1 : 1.2548, fixed ? 1 : 1.2548],
        [null, "Indeks Kepuasan Layanan Kesekretariatan", 3.1, 3.21, 1.0354],
        [null, "Rata-rata capaian Sasaran Kegiatan", null, null, fixed ? 1.0177 : 1.1224],
        [null, "Rata-rata capaian keseluruhan", null, null, fixed ? 1.061 : 1.1247],
        ["Anggaran", null, 9933860000, 9912780806, fixed ? 99.79 : 99.76],
      ],
    },
    { at: [14, 0], rows: [["Perbandingan layanan keimigrasian antar tahun"]] },
    {
      at: [15, 0],
      formats: { 3: P },
      rows: [
        ["Tahun", "Layanan yang diterima", "Layanan yang diselesaikan", "Capaian"],
        [2020, 2027, 2024, fixed ? 0.9985 : 0.9986],
        [2021, 524, 522, 0.9962],
        [2022, 10275, 9613, 0.9356],
        [2023, 10865, 10462, fixed ? 0.9629 : 0.963],
        [2024, 10633, 10502, 0.9877],
      ],
    },
    { at: [22, 0], rows: [["Izin tinggal per bulan"]] },
    {
      at: [23, 0],
      rows: [
        ["Bulan", "Perpanjangan ITK", "Perpanjangan ITAS", "Perpanjangan ITAP"],
        ["Januari", 3, 2, "-"],
        ["Februari", 3, 5, "-"],
        ["Maret", 32, 12, fixed ? 1 : "-"],
        ["TOTAL", 38, 19, 1],
      ],
    },
  ]);
  const ikpa = build("IKPA", [
    { at: [0, 0], rows: [["Tabel IKPA Tahun Anggaran 2024"]] },
    {
      at: [1, 0],
      formats: { 9: P },
      rows: [
        ["Keterangan", "Revisi DIPA", "Deviasi Halaman III DIPA", "Penyerapan Anggaran", "Belanja Kontraktual", "Penyelesaian Tagihan", "Pengelolaan UP dan TUP", "Capaian Output", "Nilai Total", "Konversi Bobot", "Dispensasi SPM (Pengurang)", "Nilai Akhir (Nilai Total/Konversi Bobot)"],
        ["Nilai", 80, 93.67, 98.23, fixed ? 94.4 : 84.4, 100, 99.83, 100, 96.12, 1, 0, 96.12],
        ["Bobot", 10, 15, 20, 10, 10, fixed ? 10 : null, 25],
        ["Nilai Akhir", 8, 14.05, 19.65, 9.44, 10, 9.98, 25],
        ["Nilai Aspek", fixed ? 86.84 : 98.84, null, fixed ? 98.12 : 96.12, null, null, null, 100],
      ],
    },
    { at: [8, 0], rows: [["NK Perencanaan Anggaran", "NK Pelaksanaan Anggaran", "Nilai Kinerja Anggaran"], [83, 96.12, 89.56]] },
  ]);
  return { sheets: [anggaran, kinerja, ikpa], tables: [], settings: {} };
}
