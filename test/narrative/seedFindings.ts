// What a close reading of the seed report (LKjIP 2024, Kantor Imigrasi Kerinci) finds wrong in its
// narrative: shared by the .txt test (seed.test.ts) and the .docx/PDF interop test.
import path from "path";

export const SEED = path.join(__dirname, "..", "fixtures", "narrative", "kerinci-2024.txt");

/** The narrative's own arithmetic that does not add up (no workbook needed). [code, words of the quote, stated, computed] */
export const SEED_ARITHMETIC: [string, string, number, number][] = [
  // Ikhtisar: ILK "3,12 atau 103,54% dari target 3,1" — 3,12 ÷ 3,1 = 100,65% (the tables have 3,21)
  ["narrative.ratio", "dengan capaian 3,12 atau 103,54% dari target 3,1", 103.54, 100.645],
  // BAB II: DIPA after ABT "Rp.9.933.860.000 dengan rincian": each breakdown adds up to something else
  ["narrative.list-total", "naik menjadi Rp.9.933.860.000", 9933860000, 10062360000], // per jenis belanja
  ["narrative.list-total", "naik menjadi Rp.9.933.860.000", 9933860000, 2088349992], // per kegiatan ("7.981.992,000" misprinted)
  ["narrative.list-total", "naik menjadi Rp.9.933.860.000", 9933860000, 10062360000], // per sumber dana
  // BAB III: "sebanyak 6.098 layanan dengan rincian" — the table below holds 10.696 received, 10.565 finished
  ["narrative.table-total", "sebanyak 6.098 layanan", 6098, NaN],
  // BAB III ILK: "103,54%, lebih tinggi 10,35% dari … 3,1" — 3,21 is 3,55% above 3,1
  ["narrative.difference", "lebih tinggi 10,35% dari nilai yang ditetapkan", 10.35, 3.548],
];

/** Figures the text gives that contradict the Kerinci sample workbook (the tables as published). [words, stated, sheet!cell] */
export const SEED_VS_TABLES: [string, number, string][] = [
  // Ikhtisar: "rata-rata capaian kinerja sebesar 112,47%" — the table's overall average is 112,81% (its Rata-rata row printed 112,24%)
  ["nilai rata-rata capaian kinerja sebesar 112,47%", 112.47, "Capaian Kinerja!F12"],
  // Ikhtisar: ILK "3,12" — every table has 3,21
  ["dengan capaian 3,12 atau 103,54%", 3.12, "Capaian Kinerja!E10"],
  // Ikhtisar: 2023 absorption "98,78%" — 2023 realisasi ÷ pagu per jenis belanja is 98,70% (98,78 is the 2023 NKA)
  ["penyerapannya di angka 98,78%", 98.78, "Realisasi Anggaran!L20"],
  // BAB II: "Permohonan Izin Tinggal sebanyak 82 layanan" — the layanan table (and BAB III's) has 59 received, 59 finished
  ["Permohonan Izin Tinggal sebanyak 82 layanan", 82, "Data Dukung!B70"],
  // BAB III TAK: "diperoleh capaian … dengan capaian 100%" right after computing y = 111,11%
  ["diperoleh capaian indikator kinerja Persentase Tindakan Administratif", 100, "Capaian Kinerja!F5"],
  // BAB III LYN: "realisasi … sebesar 109,73%" — 109,73% is the capaian; realisasi is 98,76%
  ["realisasi yang diperoleh pada tahun 2024 adalah sebesar 109,73%", 109.73, "Capaian Kinerja!E7"],
  // BAB III ILK: "realisasi … sebesar 103,54%" — the realisasi is the index 3,21
  ["realisasi yang diperoleh pada tahun 2024 adalah sebesar 103,54%", 103.54, "Capaian Kinerja!E10"],
  // BAB III PNBP: "target PNBPN … tahun 2024 sebesar Rp.5.436.769.900" — that is the realisasi; the target is Rp2.347.400.000
  ["target PNBPN pada Kantor Imigrasi", 5436769900, "PNBP!B32"],
  // Kesimpulan: the same 112,47% average
  ["rata-rata capaian seluruh capaian dari setiap sasaran kegiatan sebesar 112,47", 112.47, "Capaian Kinerja!F12"],
];

/** Without a workbook: counts the report's own tables contradict. [words of the quote, stated, table value, table!cell] */
export const SEED_VS_OWN_TABLES: [string, number, number, string][] = [
  // BAB II list item "Permohonan Izin Tinggal sebanyak 82 layanan" — BAB III's layanan table: 59 received (C3), 59 finished
  ["Permohonan Izin Tinggal sebanyak 82 layanan", 82, 59, "Tabel setelah par. 315!C3"],
];
