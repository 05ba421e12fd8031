/* global CustomFunctions */
// Excel custom functions (namespace LKJIP). Thin wrappers over src/core/catalogue: the JSDoc
// here generates functions.json at build time, and src/functions/reference.json (the task
// pane's function reference) is generated from the same JSDoc — see docs/functions.md.
//
// Every parameter is typed any[][] (a "matrix" parameter) so that a range can be passed to any
// argument: Excel does not lift scalar parameters of custom functions over ranges in every host.
// A single value then arrives as a 1×1 matrix, which the catalogue treats as a single value.
// Every result is returned as a matrix (any[][]): a 1×1 result shows as one value, a larger one
// spills (dynamic arrays). The functions are synchronous and pure: no Excel API calls.

import { callFunction, type Arg, type Out } from "../core/catalogue";
import { isFormulaError } from "../core/result";
import type { FormulaError } from "../core/result";

function toExcelError(e: FormulaError): CustomFunctions.Error {
  const code =
    e.code === "#DIV/0!"
      ? CustomFunctions.ErrorCode.divisionByZero
      : e.code === "#N/A"
        ? CustomFunctions.ErrorCode.notAvailable
        : e.code === "#NUM!"
          ? CustomFunctions.ErrorCode.invalidNumber
          : CustomFunctions.ErrorCode.invalidValue;
  // Only #VALUE! and #N/A carry a message in Excel.
  const canCarry = code === CustomFunctions.ErrorCode.invalidValue || code === CustomFunctions.ErrorCode.notAvailable;
  return canCarry ? new CustomFunctions.Error(code, e.message) : new CustomFunctions.Error(code);
}

function cellToExcel(out: Out): any {
  if (isFormulaError(out)) return toExcelError(out);
  if (Array.isArray(out)) return toExcelError({ code: "#VALUE!", message: "hasil bersarang" } as FormulaError);
  return out;
}

/** Runs a catalogue function and shapes the result for Excel: always a matrix; a whole-result error is thrown. */
export function run(name: string, args: unknown[]): any[][] {
  const out = callFunction(name, args as Arg[]);
  if (isFormulaError(out)) throw toExcelError(out);
  if (Array.isArray(out)) return out.map((row) => row.map(cellToExcel));
  return [[out]];
}

/**
 * Capaian kinerja sebagai pecahan (1,1111 = 111,11%): positif R/T; negatif 2 − R/T (atau T/R dengan "rasio"), tidak di bawah 0; batas atas opsional. Contoh: =LKJIP.CAPAIAN(1; 0,9) → 111,11%
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/taskpane.html#fungsi-CAPAIAN
 * @param realisasi Realisasi indikator (angka, teks angka, atau rentang)
 * @param target Target indikator (angka, teks angka, atau rentang); target 0 → #DIV/0!
 * @param [polaritas] "positif" (bawaan) atau "negatif"
 * @param [metode_negatif] "selisih" (bawaan, 2 − R/T) atau "rasio" (T/R)
 * @param [batas] Batas atas capaian bila instansi membatasinya, mis. "120%" atau 1,2; kosong = tanpa batas
 * @param [batas_bawah] Batas bawah; kosong = 0 untuk polaritas negatif (tanpa batas untuk positif); "tanpa" = boleh negatif
 * @returns Capaian sebagai pecahan
 */
export function capaian(realisasi: any[][], target: any[][], polaritas?: any[][], metode_negatif?: any[][], batas?: any[][], batas_bawah?: any[][]): any[][] {
  return run("CAPAIAN", [realisasi, target, polaritas, metode_negatif, batas, batas_bawah]);
}

/**
 * Rata-rata capaian: rerata sel angka; sel kosong, "Nihil" dan "-" tidak dihitung. Contoh: =LKJIP.RATA_CAPAIAN(F5:F8) → 112,47%
 * @customfunction RATA_CAPAIAN
 * @helpurl https://localhost:3000/taskpane.html#fungsi-RATA_CAPAIAN
 * @param capaian Rentang capaian (bentuk apa saja)
 * @returns Rata-rata sebagai pecahan
 */
export function rataCapaian(capaian: any[][]): any[][] {
  return run("RATA_CAPAIAN", [capaian]);
}

/**
 * Rasio pembilang/penyebut sebagai pecahan; 0/0 → #N/A "Nihil". Contoh: =LKJIP.RASIO(10502; 10633) → 98,77%
 * @customfunction RASIO
 * @helpurl https://localhost:3000/taskpane.html#fungsi-RASIO
 * @param pembilang Pembilang (angka atau rentang)
 * @param penyebut Penyebut (angka atau rentang)
 * @returns Rasio sebagai pecahan
 */
export function rasio(pembilang: any[][], penyebut: any[][]): any[][] {
  return run("RASIO", [pembilang, penyebut]);
}

/**
 * Serapan anggaran = realisasi / pagu, sebagai pecahan. Contoh: =LKJIP.SERAPAN(9912780806; 9933860000) → 99,79%
 * @customfunction SERAPAN
 * @helpurl https://localhost:3000/taskpane.html#fungsi-SERAPAN
 * @param realisasi Realisasi anggaran (angka atau rentang)
 * @param pagu Pagu anggaran (angka atau rentang); pagu 0 → #DIV/0!
 * @returns Serapan sebagai pecahan
 */
export function serapan(realisasi: any[][], pagu: any[][]): any[][] {
  return run("SERAPAN", [realisasi, pagu]);
}

/**
 * Nilai IKPA = Σ nilai akhir (dibulatkan 2 desimal) / konversi bobot − dispensasi, seperti OM-SPAN. Indikator yang tidak dinilai ditandai "-" (teks); 0 berarti nilai nol. Contoh: =LKJIP.IKPA_SCORE(B2:H2; 2024) → 96,12
 * @customfunction IKPA_SCORE
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKPA_SCORE
 * @param nilai Baris nilai per indikator (poin; urutan LKJIP.IKPA_KOMPONEN); isi "-" untuk indikator yang tidak dinilai (sel kosong bisa terbaca 0 di sebagian Excel); 0 = nilai nol
 * @param bobot_atau_tahun Baris bobot (persen) atau tahun anggaran 2020–2026 (dengan tahun, Revisi DIPA 2024+ boleh sampai 110)
 * @param [dispensasi] Pengurang Dispensasi SPM (2024 ke atas), mis. hasil LKJIP.IKPA_DISPENSASI
 * @returns Nilai IKPA (poin 0–100, 2 desimal)
 */
export function ikpaScore(nilai: any[][], bobot_atau_tahun: any[][], dispensasi?: any[][]): any[][] {
  return run("IKPA_SCORE", [nilai, bobot_atau_tahun, dispensasi]);
}

/**
 * Baris bobot IKPA (persen) menurut peraturan tahun itu. Contoh: =LKJIP.IKPA_BOBOT(2024) → 10, 15, 20, 10, 10, 10, 25
 * @customfunction IKPA_BOBOT
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKPA_BOBOT
 * @param tahun Tahun anggaran 2020–2026
 * @returns Bobot per indikator (satu baris)
 */
export function ikpaBobot(tahun: any[][]): any[][] {
  return run("IKPA_BOBOT", [tahun]);
}

/**
 * Nama indikator IKPA tahun itu, dalam urutan OM-SPAN. Contoh: =LKJIP.IKPA_KOMPONEN(2024) → "Revisi DIPA", … "Capaian Output"
 * @customfunction IKPA_KOMPONEN
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKPA_KOMPONEN
 * @param tahun Tahun anggaran 2020–2026
 * @returns Nama indikator (satu baris)
 */
export function ikpaKomponen(tahun: any[][]): any[][] {
  return run("IKPA_KOMPONEN", [tahun]);
}

/**
 * Pengurang Dispensasi SPM (2024 ke atas) dari rasio per mil SPM dispensasi / SPM triwulan IV (pita belum terverifikasi). Contoh: =LKJIP.IKPA_DISPENSASI(1; 1000) → 0,75
 * @customfunction IKPA_DISPENSASI
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKPA_DISPENSASI
 * @param spm_dispensasi Jumlah SPM dengan dispensasi
 * @param spm_tw4 Jumlah SPM pada triwulan IV
 * @returns Pengurang nilai IKPA (0; 0,25; 0,5; 0,75; 1)
 */
export function ikpaDispensasi(spm_dispensasi: any[][], spm_tw4: any[][]): any[][] {
  return run("IKPA_DISPENSASI", [spm_dispensasi, spm_tw4]);
}

/**
 * Nilai indikator Revisi DIPA setahun (PER-5/PB/2024, tahun 2024 ke atas): tiap semester 0–1 revisi → 110, 2 revisi → 100, ≥ 3 revisi → 50; nilai tahun = rata-rata dua semester. Contoh: =LKJIP.IKPA_REVISI_DIPA(1; 3) → 80
 * @customfunction IKPA_REVISI_DIPA
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKPA_REVISI_DIPA
 * @param revisi_s1 Jumlah revisi DIPA yang dihitung indikator pada semester I (bilangan bulat ≥ 0)
 * @param revisi_s2 Jumlah revisi DIPA yang dihitung indikator pada semester II (bilangan bulat ≥ 0)
 * @returns Nilai Revisi DIPA (50–110)
 */
export function ikpaRevisiDipa(revisi_s1: any[][], revisi_s2: any[][]): any[][] {
  return run("IKPA_REVISI_DIPA", [revisi_s1, revisi_s2]);
}

/**
 * Kategori IKPA: ≥ 95 Sangat Baik; 89–< 95 Baik; 70–< 89 Cukup; < 70 Kurang. Contoh: =LKJIP.IKPA_KATEGORI(96,12) → "Sangat Baik"
 * @customfunction IKPA_KATEGORI
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKPA_KATEGORI
 * @param nilai Nilai IKPA dalam poin 0–100 ("96,12%" dibaca 96,12; pecahan 0,9612 ditolak)
 * @returns Kategori
 */
export function ikpaKategori(nilai: any[][]): any[][] {
  return run("IKPA_KATEGORI", [nilai]);
}

/**
 * NK Perencanaan = 0,75 × capaian RO + 0,10 × penggunaan SBK + 0,15 × efisiensi SBK (pembagian 10/15 belum terverifikasi). Contoh: =LKJIP.NK_PERENCANAAN(100; 80; 0) → 83
 * @customfunction NK_PERENCANAAN
 * @helpurl https://localhost:3000/taskpane.html#fungsi-NK_PERENCANAAN
 * @param capaian_ro Capaian RO (poin 0–100; "100%" dibaca 100)
 * @param penggunaan_sbk Penggunaan SBK (poin 0–100; "80%" dibaca 80)
 * @param efisiensi_sbk Efisiensi SBK (poin 0–100)
 * @returns NK Perencanaan (poin, 2 desimal)
 */
export function nkPerencanaan(capaian_ro: any[][], penggunaan_sbk: any[][], efisiensi_sbk: any[][]): any[][] {
  return run("NK_PERENCANAAN", [capaian_ro, penggunaan_sbk, efisiensi_sbk]);
}

/**
 * Nilai Kinerja Anggaran 2024 ke atas (PMK 62/2023 jo. PMK 107/2024) = (NK Perencanaan + NK Pelaksanaan) / 2, NK Pelaksanaan = IKPA; sebelum 2024 (SMART DJA) #N/A. Contoh: =LKJIP.NKA(83; 96,12) → 89,56
 * @customfunction NKA
 * @helpurl https://localhost:3000/taskpane.html#fungsi-NKA
 * @param nk_perencanaan NK Perencanaan (poin 0–100; "83%" dibaca 83)
 * @param nk_pelaksanaan NK Pelaksanaan = nilai IKPA (poin 0–100)
 * @param [tahun] Tahun anggaran; sebelum 2024 NKA dihitung SMART DJA dengan rumus lain → #N/A (salin dari SMART)
 * @returns NKA (poin, 2 desimal)
 */
export function nkaFn(nk_perencanaan: any[][], nk_pelaksanaan: any[][], tahun?: any[][]): any[][] {
  return run("NKA", [nk_perencanaan, nk_pelaksanaan, tahun]);
}

/**
 * Kategori NKA: > 90 Sangat Baik; > 80–90 Baik; > 60–80 Cukup; > 50–60 Kurang; ≤ 50 Sangat Kurang. Contoh: =LKJIP.NKA_KATEGORI(89,56) → "Baik"
 * @customfunction NKA_KATEGORI
 * @helpurl https://localhost:3000/taskpane.html#fungsi-NKA_KATEGORI
 * @param nilai Nilai NKA dalam poin 0–100 ("89,56%" dibaca 89,56; pecahan ditolak)
 * @returns Kategori
 */
export function nkaKategori(nilai: any[][]): any[][] {
  return run("NKA_KATEGORI", [nilai]);
}

/**
 * Indeks survei (IKM/ILK, skala 1–4): rata-rata, berbobot responden bila diberikan, atau Σ NRR × bobot per unsur (PermenPANRB 14/2017). Contoh: =LKJIP.IKM(C5:C16; D5:D16) → 3,21
 * @customfunction IKM
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKM
 * @param nilai Rentang nilai indeks 1–4 (NRR per unsur); sel kosong dan "-" tidak dihitung
 * @param [responden] Rentang jumlah responden, ukuran sama dengan nilai
 * @param [bobot] "rata" (bawaan, rata-rata persis) atau bobot per unsur, mis. 0,111 untuk 9 unsur, atau rentang bobot
 * @returns Indeks 1–4
 */
export function ikmFn(nilai: any[][], responden?: any[][], bobot?: any[][]): any[][] {
  return run("IKM", [nilai, responden, bobot]);
}

/**
 * Nilai konversi IKM = indeks × 25 (PermenPANRB 14/2017). Contoh: =LKJIP.IKM_KONVERSI(3,21) → 80,25
 * @customfunction IKM_KONVERSI
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKM_KONVERSI
 * @param indeks Indeks 1–4 (angka atau rentang)
 * @returns Nilai konversi 25–100 (2 desimal)
 */
export function ikmKonversi(indeks: any[][]): any[][] {
  return run("IKM_KONVERSI", [indeks]);
}

/**
 * Mutu pelayanan IKM: A (88,31–100), B (76,61–88,30), C (65,00–76,60), D (25,00–64,99). Contoh: =LKJIP.IKM_MUTU(3,21) → "B"
 * @customfunction IKM_MUTU
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKM_MUTU
 * @param indeks Indeks 1–4, atau nilai konversi 25–100 ("80,25%" dibaca 80,25)
 * @returns "A", "B", "C" atau "D"
 */
export function ikmMutu(indeks: any[][]): any[][] {
  return run("IKM_MUTU", [indeks]);
}

/**
 * Kinerja unit pelayanan IKM: Sangat Baik, Baik, Kurang Baik, Tidak Baik. Contoh: =LKJIP.IKM_KINERJA(3,21) → "Baik"
 * @customfunction IKM_KINERJA
 * @helpurl https://localhost:3000/taskpane.html#fungsi-IKM_KINERJA
 * @param indeks Indeks 1–4, atau nilai konversi 25–100 ("80,25%" dibaca 80,25)
 * @returns Kinerja unit pelayanan
 */
export function ikmKinerja(indeks: any[][]): any[][] {
  return run("IKM_KINERJA", [indeks]);
}

/**
 * Predikat SAKIP (PermenPANRB 88/2021): AA > 90; A > 80; BB > 70; B > 60; CC > 50; C > 30; D ≤ 30. Contoh: =LKJIP.PREDIKAT_SAKIP(85) → "A"
 * @customfunction PREDIKAT_SAKIP
 * @helpurl https://localhost:3000/taskpane.html#fungsi-PREDIKAT_SAKIP
 * @param nilai Nilai evaluasi SAKIP dalam poin 0–100 ("85%" dibaca 85; pecahan ditolak)
 * @returns Predikat "AA" … "D"
 */
export function predikatSakip(nilai: any[][]): any[][] {
  return run("PREDIKAT_SAKIP", [nilai]);
}

/**
 * Angka dari teks gaya Indonesia ("Rp9.933.860.000", "99,79%", "Rp (1.234)") atau OM-SPAN ("9,933,860,000", "(98.67%)"). Teks ambigu mengikuti gaya: "125,000" = 125 (id) atau 125000 (omspan). Contoh: =LKJIP.ANGKA("99,79%") → 0,9979
 * @customfunction ANGKA
 * @helpurl https://localhost:3000/taskpane.html#fungsi-ANGKA
 * @param teks Teks angka (atau rentang); persen menjadi pecahan; "Nihil", "-", "Rp -" → #N/A
 * @param [gaya] "id" (bawaan: titik ribuan, koma desimal) atau "omspan"/"en" (koma ribuan, titik desimal)
 * @returns Angka
 */
export function angka(teks: any[][], gaya?: any[][]): any[][] {
  return run("ANGKA", [teks, gaya]);
}

/**
 * Angka dalam kata (huruf kecil), dengan satuan bila diberikan. Contoh: =LKJIP.TERBILANG(5000000; "rupiah") → "lima juta rupiah"
 * @customfunction TERBILANG
 * @helpurl https://localhost:3000/taskpane.html#fungsi-TERBILANG
 * @param angka Angka (sampai 999 triliun; desimal dibaca "koma …")
 * @param [satuan] Satuan di belakang, mis. "rupiah"
 * @returns Terbilang
 */
export function terbilangFn(angka: any[][], satuan?: any[][]): any[][] {
  return run("TERBILANG", [angka, satuan]);
}
