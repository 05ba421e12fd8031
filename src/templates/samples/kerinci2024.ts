// The sample "kerinci-2024": every table of the seed report (LKjIP 2024, Kantor Imigrasi Kelas II
// Non TPI Kerinci) with the figures AS PUBLISHED — including computed figures (totals,
// percentages, averages). planInstall keeps a formula where the published figure equals its
// result at display precision and a typed value where it does not. Percentages are fractions.
// Line numbers (l.) refer to the text of the published Kerinci 2024 report (docs/domain.md)
// as converted from its PDF; they are kept to find each figure in the source.

import type { CellValue } from "../../core/snapshot";
import type { SampleData } from "../types";
import { MONTHS } from "../schemas";
import { ILK_ROWS, ILK_SURVEY_ROWS, RB_ROWS } from "./kerinci2024.lists";

const monthly = (cols: string[], data: (number | string)[][], total: (number | string)[]): Record<string, Record<string, CellValue>> => {
  const out: Record<string, Record<string, CellValue>> = {};
  MONTHS.forEach((m, i) => (out[m] = Object.fromEntries(cols.map((c, j) => [c, data[i][j]]))));
  out.TOTAL = Object.fromEntries(cols.map((c, j) => [c, total[j]]));
  return out;
};

const ikpaValues = (keys: string[], nilai: number[], bobot: (number | null)[], akhir: number[], aspek: Record<string, number>, total: number, konversi: number, final: number, dispensasi?: number) => {
  const v: Record<string, Record<string, CellValue>> = { NILAI: {}, BOBOT: {}, AKHIR: {}, ASPEK: {} };
  keys.forEach((k, i) => {
    v.NILAI[k] = nilai[i];
    v.BOBOT[k] = bobot[i];
    v.AKHIR[k] = akhir[i];
  });
  Object.assign(v.ASPEK, aspek);
  Object.assign(v.NILAI, { total, konversi, akhir: final });
  if (dispensasi !== undefined) v.NILAI.dispensasi = dispensasi;
  return { values: v };
};

const K2021 = ["revisi_dipa", "deviasi_hal3", "pagu_minus", "data_kontrak", "up_tup", "lpj_bendahara", "dispensasi_spm", "penyerapan", "tagihan", "capaian_output", "retur_sp2d", "renkas", "kesalahan_spm"];
const K2022 = ["revisi_dipa", "deviasi_hal3", "penyerapan", "kontraktual", "tagihan", "up_tup", "dispensasi_spm", "capaian_output"];
const K2024 = ["revisi_dipa", "deviasi_hal3", "penyerapan", "kontraktual", "tagihan", "up_tup", "capaian_output"];

const pnbpRows = (rows: [string, CellValue, CellValue, CellValue][]) => rows.map(([akun, target, realisasi, persen], i) => ({ key: `A${i + 1}`, values: { akun, target, realisasi, persen } }));

export const KERINCI_2024: SampleData = {
  PK_Indikator: {
    values: {
      PY: { target: 0.9, satuan: "%" }, TAK: { target: 0.9, satuan: "%" }, LYN: { target: 0.9, satuan: "%" },
      RB: { target: 1, satuan: "%" }, ILK: { target: 3.1, satuan: "Indeks" },
    },
  },
  // l.432-437
  PK_Anggaran: { values: { BF: { anggaran: 2080368000 }, "BF.5254": { anggaran: 2080368000 }, WA: { anggaran: 5899025000 }, "WA.6232": { anggaran: 5899025000 }, TOTAL: { anggaran: 7979393000 } } },
  // l.470-478 (Pro Yustisia is not in the published table)
  Capaian_Kinerja: {
    values: {
      TAK: { target: 0.9, realisasi: 1.1111, capaian: 1.1111 },
      RATA1: { capaian: 1.1111 },
      LYN: { target: 0.9, realisasi: 1.1111, capaian: 1.1111 },
      RB: { target: 1, realisasi: 1.2548, capaian: 1.2548 },
      ILK: { target: 3.1, realisasi: 3.21, capaian: 1.0354 },
      RATA3: { capaian: 1.1224 },
      ANGGARAN: { target: 9933860000, realisasi: 9912780806, capaian: 0.9976 },
    },
  },
  // l.602-609
  DD_TAK: { values: { DEP: { jumlah: 2 }, DEP_TANGKAL: { jumlah: 4 }, TINGGAL: { jumlah: 0 }, IZIN: { jumlah: 0 }, LARANGAN: { jumlah: 0 }, BEBAN: { jumlah: 0 }, DITANGANI: { jumlah: 6 }, DISELESAIKAN: { jumlah: 6 }, REALISASI: { jumlah: 1 } } },
  // l.687-700
  DD_DPRI: {
    values: monthly(["selesai", "ditolak"], [[857, 15], [485, 12], [552, 8], [504, 17], [846, 16], [568, 12], [1464, 14], [768, 13], [944, 11], [843, 5], [1307, 3], [1364, 5]], [10502, 131]),
  },
  // l.702-715
  DD_IzinTinggal: {
    values: monthly(["itk", "itas", "itap"], [[3, 2, "-"], [3, 5, "-"], [3, 1, "-"], [11, 1, "-"], [1, 1, "-"], [3, 2, "-"], [3, 2, "-"], ["-", "-", "-"], [1, "-", "-"], [2, 3, "-"], [1, 2, "-"], [7, "-", "-"]], [38, 19, 1]),
  },
  // l.717-730
  DD_AlihStatus: {
    values: monthly(["itk_itas", "itas_itap", "affidavit"], [["-", "-", "-"], ["-", "-", "-"], ["-", "-", "-"], ["-", "-", 1], [1, "-", "-"], ["-", "-", "-"], ["-", "-", "-"], ["-", 1, 1], ["-", "-", "-"], ["-", "-", "-"], ["-", "-", 1], ["-", "-", "-"]], [1, 1, 3]),
  },
  // l.740-744
  DD_Layanan: { values: { DPRI: { diterima: 10633, diselesaikan: 10502 }, IZIN: { diterima: 59, diselesaikan: 59 }, AFFIDAVIT: { diterima: 3, diselesaikan: 3 }, SKIM: { diterima: 1, diselesaikan: 1 } } },
  // l.624-630, 771-775, 1010-1012, 1128-1129
  Banding_TAK: { values: { "2020": { ditangani: 4, ditindaklanjuti: 4, capaian: 1 }, "2021": { ditangani: 2, ditindaklanjuti: 2, capaian: 1 }, "2022": { ditangani: 4, ditindaklanjuti: 4, capaian: 1 }, "2023": { ditangani: 4, ditindaklanjuti: 4, capaian: 1 }, "2024": { ditangani: 6, ditindaklanjuti: 6, capaian: 1 } } },
  Banding_Layanan: {
    values: {
      "2020": { diterima: 2027, diselesaikan: 2024, capaian: 0.9986 }, "2021": { diterima: 524, diselesaikan: 522, capaian: 0.9962 },
      "2022": { diterima: 10275, diselesaikan: 9613, capaian: 0.9356 }, "2023": { diterima: 10865, diselesaikan: 10462, capaian: 0.963 },
      "2024": { diterima: 10633, diselesaikan: 10502, capaian: 0.9877 },
    },
  },
  Banding_RB: { values: { "2023": { jumlah: 75, terselesaikan: 75, capaian: 1 }, "2024": { jumlah: 114, terselesaikan: 114, capaian: 1 } } },
  Banding_ILK: { values: { "2024": { target: 3.1, realisasi: 3.21, capaian: 1.0354 } } },
  // l.640-641, 784-785, 1021-1022, 1137-1139
  StandarNasional: {
    values: {
      TAK: { capaian: 1.1111, nasional: 1.1111, z: 1 }, LYN: { capaian: 1.0973, nasional: 1.1111, z: 0.9875 },
      RB: { capaian: 1, nasional: 1, z: 1 }, ILK: { capaian: 1.0354, nasional: 1.1645, z: 0.8861 },
    },
  },
  RB_RencanaAksi: { rows: RB_ROWS.map(([tw, no, sasaran, kegiatan, indikator], i) => ({ key: `RA${i + 1}`, values: { tw, no, sasaran, kegiatan, indikator, capaian: 1 } })) },
  // l.875, 913, 951, 989 ("Jumlah Indikator", "Total Capaian")
  RB_Rekap: { values: { I: { jumlah: 32, terlaksana: 32, persen: 1 }, II: { jumlah: 29, terlaksana: 29, persen: 1 }, III: { jumlah: 25, terlaksana: 25, persen: 1 }, IV: { jumlah: 28, terlaksana: 28, persen: 1 }, TOTAL: { jumlah: 114, terlaksana: 114, persen: 1 } } },
  ILK_Rekap: { rows: ILK_ROWS.map(([kode, nama, nilai, responden], i) => ({ key: `S${i + 1}`, values: { kode, nama, nilai, responden } })), values: { NASIONAL: { nilai: 3.61, responden: 1264 } } },
  ILK_Survei: {
    rows: ILK_SURVEY_ROWS.map(([, indikator, indeks, responden], i) => ({ key: `Q${i + 1}`, values: { indikator, sep: indeks, resp_sep: responden } })),
    values: { INDEKS: { nilai: 3.21, resp_total: 16 } },
  },
  // l.1200-1207
  Anggaran_Sasaran: {
    values: {
      S1: { pagu: 1471550000, realisasi: 1470043772, persen: 0.999 }, "S1.TAK": { pagu: 1471550000, realisasi: 1470043772, persen: 0.999 },
      S2: { pagu: 521077000, realisasi: 518860196, persen: 0.9957 }, "S2.LYN": { pagu: 521077000, realisasi: 518860196, persen: 0.9957 },
      S3: { pagu: 7941233000, realisasi: 7923876838, persen: 0.9978 }, "S3.RB": { pagu: 123867000, realisasi: 123506438, persen: 0.9971 },
      "S3.ILK": { pagu: 7817366000, realisasi: 7800370400, persen: 0.9978 }, TOTAL: { pagu: 9933860000, realisasi: 9912780806, persen: 0.9979 },
    },
  },
  // l.1210-1223
  Anggaran_JenisBelanja: {
    values: {
      PEGAWAI: { pagu_2021: 2057654000, real_2021: 2030240106, pct_2021: 0.9867, pagu_2022: 1984863000, real_2022: 1973632502, pct_2022: 0.9943, pagu_2023: 1914866000, real_2023: 1908046306, pct_2023: 0.9964, pagu_2024: 2242327000, real_2024: 2241548521, pct_2024: 0.9997, sisa_2024: 778479 },
      BARANG: { pagu_2021: 3231149000, real_2021: 2652383665, pct_2021: 0.8209, pagu_2022: 3381936000, real_2022: 3155075055, pct_2022: 0.9329, pagu_2023: 3555210000, real_2023: 3486078807, pct_2023: 0.9806, pagu_2024: 5147457000, real_2024: 5002887280, pct_2024: 0.9719, sisa_2024: 144569720 },
      MODAL: { pagu_2021: 88450000, real_2021: 88341000, pct_2021: 0.9988, pagu_2022: 153070000, real_2022: 153050000, pct_2022: 0.9999, pagu_2023: 520658000, real_2023: 518540000, pct_2023: 0.9959, pagu_2024: 2672576000, real_2024: 2667854000, pct_2024: 0.9982, sisa_2024: 4722000 },
      JUMLAH: { pagu_2021: 5377253000, real_2021: 4770964771, pct_2021: 0.8872, pagu_2022: 5519869000, real_2022: 5281757557, pct_2022: 0.9569, pagu_2023: 5990734000, real_2023: 5912665113, pct_2023: 0.987, pagu_2024: 10062360000, real_2024: 9912289801, pct_2024: 0.9851, sisa_2024: 150070199 },
    },
  },
  // l.446-447 (the second figure is printed "7.981.992,000")
  Anggaran_JenisKegiatan: { values: { "BF.5254": { pagu: 2080368000 }, "WA.6232": { pagu: "7.981.992,000" } } },
  // l.451-452
  Anggaran_SumberDana: { values: { RM: { pagu: 3573092000 }, PNBP: { pagu: 6489268000 } } },
  // l.1588-1592
  LKD: {
    values: {
      JUMLAH: { pagu: 9933860000, lock: 0, lalu: 8725580614, ini: 1187200192, sd: 9912780806, pct: 0.9979, sisa: 21079194 },
      BF: { pagu: 1992627000, lock: 0, lalu: 1911958906, ini: 76945062, sd: 1988903968, pct: 0.9981, sisa: 3723032 },
      "BF.5254": { pagu: 1992627000, lock: 0, lalu: 1911958906, ini: 76945062, sd: 1988903968, pct: 0.9981, sisa: 3723032 },
      WA: { pagu: 7941233000, lock: 0, lalu: 6813621708, ini: 1110255130, sd: 7923876838, pct: 0.9978, sisa: 17356162 },
      "WA.6232": { pagu: 7941233000, lock: 0, lalu: 6813621708, ini: 1110255130, sd: 7923876838, pct: 0.9978, sisa: 17356162 },
    },
  },
  // l.1234-1259
  PNBP_2024: {
    rows: pnbpRows([
      ["425211 - Pendapatan Paspor", 2130000000, 5001150000, 2.348], ["425213 - Pendapatan Izin Keimigrasian dan Izin Masuk Kembali (Re-entry Permit)", 157000000, 78750000, 0.5016],
      ["425214 - Pendapatan Pelayanan Keimigrasian Lainnya", 60400000, 354600000, 5.8709], ["425912 - Penerimaan kembali Belanja barang Tahun Anggaran yang lalu", "-", 2269900, 0],
    ]),
    values: { TOTAL: { target: 2347400000, realisasi: 5436769900, persen: 2.3161 } },
  },
  PNBP_2023: {
    rows: pnbpRows([
      ["425211 - Pendapatan Paspor", 1850000000, 4160500000, 2.2489], ["425213 - Pendapatan Izin Keimigrasian dan Izin Masuk Kembali (Re-entry Permit)", 233500000, 118500000, 0.5075],
      ["425214 - Pendapatan Pelayanan Keimigrasian Lainnya", 57400000, 642500000, 11.1934], ["425912 - Penerimaan kembali Belanja barang Tahun Anggaran yang lalu", "-", 500500, 0],
    ]),
    values: { TOTAL: { target: 2140900000, realisasi: 4922000500, persen: 2.299 } },
  },
  PNBP_2022: {
    rows: pnbpRows([
      ["425211 - Pendapatan Paspor", 1625000000, 3845150000, 2.3662], ["425213 - Pendapatan Izin Keimigrasian dan Izin Masuk Kembali (Re-entry Permit)", 155000000, 136900000, 0.8832],
      ["425214 - Pendapatan Pelayanan Keimigrasian Lainnya", 40800000, 450400000, 11.0392],
    ]),
    values: { TOTAL: { target: 1820800000, realisasi: 4432450000, persen: 2.4343 } },
  },
  PNBP_2021: {
    rows: pnbpRows([["425131 - Pendapatan Sewa Tanah, Gedung dan Bangunan", "-", 700000, "-"]]),
    values: { TOTAL: { target: "-", realisasi: 700000, persen: "-" } },
  },
  // l.1355-1359
  IKPA_2021: ikpaValues(K2021,
    [100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, 0, 90],
    [5, 5, 5, 10, 8, 5, 5, 15, 10, 17, 5, 0, 5],
    [5, 3.72, 5, 10, 8, 5, 5, 14.95, 10, 17, 4.96, 0, 4.5],
    { revisi_dipa: 91.49, data_kontrak: 100, penyerapan: 99.71, renkas: 90 }, 93.13, 95, 98.03),
  // l.1366-1370 (seven weights printed for eight indicators: Pengelolaan UP dan TUP has none)
  IKPA_2022: ikpaValues(K2022,
    [100, 83.43, 98.19, 91.43, 100, 99.71, 100, 100],
    [10, 10, 20, 10, 10, null, 5, 25],
    [10, 8.34, 19.64, 9.14, 10, 9.97, 5, 25],
    { revisi_dipa: 91.72, penyerapan: 97.87, capaian_output: 100 }, 97.09, 100, 97.09),
  // l.1379-1383
  IKPA_2023: ikpaValues(K2022,
    [100, 74.7, 99.27, 97, 100, 100, 100, 100],
    [10, 10, 20, 10, 10, null, 5, 25],
    [10, 7.47, 19.85, 9.7, 10, 10, 5, 25],
    { revisi_dipa: 87.35, penyerapan: 99.25, capaian_output: 100 }, 97.02, 100, 97.02),
  // l.1386-1393 (BAB III copy)
  IKPA_2024: ikpaValues(K2024,
    [80, 93.67, 98.23, 84.4, 100, 99.83, 100],
    [10, 15, 20, 10, 10, null, 25],
    [8, 14.05, 19.65, 9.44, 10, 9.98, 25],
    { revisi_dipa: 86.84, penyerapan: 98.12, capaian_output: 100 }, 96.12, 100, 96.12, 0),
  // l.1321-1326 (NKA section copy)
  IKPA_2024_NKA: ikpaValues(K2024,
    [80, 93.67, 98.23, 94.4, 100, 99.83, 100],
    [10, 15, 20, 10, 10, null, 25],
    [8, 14.05, 19.65, 9.44, 10, 9.98, 25],
    { revisi_dipa: 98.84, penyerapan: 96.12, capaian_output: 100 }, 96.12, 100, 96.12, 0),
  // l.1600-1607 (lampiran OM-SPAN)
  IKPA_2024_OMSPAN: ikpaValues(K2024,
    [80, 93.67, 98.23, 94.4, 100, 99.83, 100],
    [10, 15, 20, 10, 10, 10, 25],
    [8, 14.05, 19.65, 9.44, 10, 9.98, 25],
    { revisi_dipa: 86.84, penyerapan: 98.12, capaian_output: 100 }, 96.12, 100, 96.12, 0),
  // l.1311-1317
  NKA_2024: {
    values: {
      CRO: { nilai: 100, bobot: 75 }, SBK: { nilai: 80, bobot: 10 }, EFISIENSI: { nilai: 0, bobot: 15 },
      NKPER: { nilai: 83 }, NKPEL: { nilai: 96.12 }, NKA: { nilai: 89.56 }, KATEGORI: { nilai: "Baik" },
    },
  },
  // l.1330-1335
  NKA_Riwayat: {
    values: {
      "2021": { smart: 95.84, ikpa: 98.03, nka: 88.72 }, "2022": { smart: 95.04, ikpa: 97.09, nka: 94.69 },
      "2023": { smart: 98.59, ikpa: 97.02, nka: 98.78 }, "2024": { ikpa: 96.12, nka: 89.56 },
    },
  },
  // l.73-79 (Ringkasan eksekutif), l.1431-1450 (Kesimpulan), l.738 (jumlah layanan)
  Ringkasan: {
    values: {
      CAPAIAN_RATA: { nilai: 1.1247 }, TARGET_TAK: { nilai: 0.9 }, CAPAIAN_TAK: { nilai: 1.1111 }, CAPAIAN_LYN: { nilai: 1.0973 },
      CAPAIAN_RB: { nilai: 1.2548 }, REALISASI_ILK: { nilai: 3.12 }, CAPAIAN_ILK: { nilai: 1.0354 }, TARGET_ILK: { nilai: 3.1 },
      PAGU: { nilai: 9933860000 }, REALISASI: { nilai: 9912780806 }, PENYERAPAN: { nilai: 0.9979 }, PENYERAPAN_LALU: { nilai: 0.9878 },
      PNBP_TARGET: { nilai: 2347400000 }, PNBP_REALISASI: { nilai: 5436769900 }, PNBP_PERSEN: { nilai: 2.3161 },
      JUMLAH_LAYANAN: { nilai: 6098 }, IKPA: { nilai: 96.12 }, IKPA_KATEGORI: { nilai: "Sangat Baik" }, NKA: { nilai: 89.56 }, NKA_KATEGORI: { nilai: "Baik" },
    },
  },
};
