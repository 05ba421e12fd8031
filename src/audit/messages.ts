// Message catalogue of the audit (Frictionless style: one template per stable code, in
// Indonesian and English). Placeholders {name} are filled from the finding's params by the one
// renderer, `fill` in src/core/message.ts. The keys are the finding codes: `AuditCode` is their
// union, so a rule reporting a code that has no entry here does not compile.
import type { Bilingual } from "../core/message";

/** A finding's message and its fix, both bilingual. */
export interface MessageTemplate extends Bilingual {
  fix: Bilingual;
}

export const MESSAGES = {
  "sum.mismatch": {
    id: "{label} {actual} tidak sama dengan jumlah rinciannya {expected} (selisih {diff})",
    en: "{label_en} {actual_en} does not equal the sum of its parts {expected_en} (difference {diff_en})",
    fix: { id: "Periksa rincian {operands}; jumlahnya {expected}", en: "Check the parts {operands}; they add up to {expected_en}" },
  },
  "sum.rounding": {
    id: "{label} {actual} berbeda dari jumlah rinciannya {expected} hanya karena pembulatan",
    en: "{label_en} {actual_en} differs from the sum of its parts {expected_en} by rounding only",
    fix: { id: "Tidak perlu diubah; bila ingin sama persis tulis {expected}", en: "No change needed; write {expected_en} to match exactly" },
  },
  "ratio.mismatch": {
    id: "{label} {actual} tidak sesuai dengan {numerator} ÷ {denominator} = {expected}",
    en: "{label_en} {actual_en} does not match {numerator_en} ÷ {denominator_en} = {expected_en}",
    fix: { id: "Ganti {cell} dengan {expected} atau rumus pembagiannya", en: "Replace {cell} with {expected_en} or with the division formula" },
  },
  "ratio.rounding": {
    id: "{label} {actual}: hasil {numerator} ÷ {denominator} = {expected} (beda pembulatan/pemotongan saja)",
    en: "{label_en} {actual_en}: {numerator_en} ÷ {denominator_en} = {expected_en} (rounding/truncation only)",
    fix: { id: "Bila ingin dibulatkan, tulis {expected}", en: "To round instead of truncate, write {expected_en}" },
  },
  "difference.mismatch": {
    id: "{label} {actual} tidak sama dengan {minuend} − {subtrahend} = {expected}",
    en: "{label_en} {actual_en} does not equal {minuend_en} − {subtrahend_en} = {expected_en}",
    fix: { id: "Ganti {cell} dengan {expected}", en: "Replace {cell} with {expected_en}" },
  },
  "difference.rounding": {
    id: "{label} {actual} berbeda dari {expected} hanya karena pembulatan",
    en: "{label_en} {actual_en} differs from {expected_en} by rounding only",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "same.mismatch": {
    id: "{label} {actual} tidak sama dengan {source} {expected}",
    en: "{label_en} {actual_en} does not equal {source_en} {expected_en}",
    fix: { id: "Samakan {cell} dengan {related} ({expected}) atau periksa sumbernya", en: "Make {cell} equal to {related} ({expected_en}) or check the source" },
  },
  "same.rounding": {
    id: "{label} {actual} berbeda dari {source} {expected} hanya karena pembulatan",
    en: "{label_en} {actual_en} differs from {source_en} {expected_en} by rounding only",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "capaian.mismatch": {
    id: "{label} {actual} tidak sesuai dengan realisasi {realisasi} dibanding target {target} = {expected}",
    en: "{label_en} {actual_en} does not match realisasi {realisasi_en} against target {target_en} = {expected_en}",
    fix: { id: "Ganti {cell} dengan {expected} atau rumus =LKJIP.CAPAIAN", en: "Replace {cell} with {expected_en} or the =LKJIP.CAPAIAN formula" },
  },
  "capaian.rounding": {
    id: "{label} {actual}: realisasi {realisasi} dibanding target {target} = {expected} (beda pembulatan/pemotongan saja)",
    en: "{label_en} {actual_en}: realisasi {realisasi_en} against target {target_en} = {expected_en} (rounding/truncation only)",
    fix: { id: "Bila ingin dibulatkan, tulis {expected}", en: "To round instead of truncate, write {expected_en}" },
  },
  "mean.mismatch": {
    id: "{label} {actual} tidak sama dengan rata-rata {count} nilai ({values}) = {expected}",
    en: "{label_en} {actual_en} does not equal the mean of {count} values ({values_en}) = {expected_en}",
    fix: { id: "Ganti {cell} dengan {expected} atau rumus AVERAGE", en: "Replace {cell} with {expected_en} or an AVERAGE formula" },
  },
  "mean.rounding": {
    id: "{label} {actual} berbeda dari rata-rata {expected} hanya karena pembulatan",
    en: "{label_en} {actual_en} differs from the mean {expected_en} by rounding only",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "product.mismatch": {
    id: "{label} {actual} tidak sama dengan {factors} = {expected}",
    en: "{label_en} {actual_en} does not equal {factors_en} = {expected_en}",
    fix: { id: "Periksa nilai dan bobot; hasil kalinya {expected}", en: "Check the score and the weight; their product is {expected_en}" },
  },
  "product.rounding": {
    id: "{label} {actual} berbeda dari {expected} hanya karena pembulatan",
    en: "{label_en} {actual_en} differs from {expected_en} by rounding only",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "constant.mismatch": {
    id: "{label} {actual} berbeda dari ketentuan tahun itu: {expected}",
    en: "{label_en} {actual_en} differs from that year's regulation: {expected_en}",
    fix: { id: "Isi {cell} dengan {expected} sesuai peraturan", en: "Set {cell} to {expected_en} as the regulation says" },
  },
  "category.mismatch": {
    id: "Kategori \"{actual}\" tidak sesuai nilai {score}; seharusnya \"{expected}\"",
    en: "Category \"{actual}\" does not match the score {score_en}; it should be \"{expected}\"",
    fix: { id: "Ganti {cell} dengan \"{expected}\"", en: "Replace {cell} with \"{expected}\"" },
  },
  "count.mismatch": {
    id: "{label} {actual} tidak sama dengan banyaknya baris terisi ({expected})",
    en: "{label_en} {actual_en} does not equal the number of filled rows ({expected_en})",
    fix: { id: "Ganti {cell} dengan {expected} atau rumus COUNTA", en: "Replace {cell} with {expected_en} or a COUNTA formula" },
  },
  "count.rounding": {
    id: "{label} {actual} berbeda dari banyaknya baris terisi ({expected}) hanya karena pembulatan",
    en: "{label_en} {actual_en} differs from the number of filled rows ({expected_en}) by rounding only",
    fix: { id: "Tidak perlu diubah; bila ingin sama persis tulis {expected}", en: "No change needed; write {expected_en} to match exactly" },
  },
  "text.number": {
    id: "Angka disimpan sebagai teks: \"{text}\" (dibaca {reading})",
    en: "Number stored as text: \"{text}\" (read as {reading_en})",
    fix: { id: "Ketik ulang sebagai angka {reading} dan atur format selnya", en: "Retype it as the number {reading_en} and set the cell's number format" },
  },
  "text.ambiguous": {
    id: "Angka teks ambigu: \"{text}\" dibaca {reading} ({basis}); bisa juga {other}",
    en: "Ambiguous number text: \"{text}\" read as {reading_en} ({basis_en}); it could also be {other_en}",
    fix: { id: "Ketik ulang sebagai angka yang dimaksud ({reading} atau {other}) dan atur format selnya", en: "Retype it as the number meant ({reading_en} or {other_en}) and set the cell's number format" },
  },
  "text.malformed": {
    id: "Angka teks dengan pemisah yang salah: \"{text}\" (dibaca {reading})",
    en: "Number text with wrong separators: \"{text}\" (read as {reading_en})",
    fix: { id: "Ketik ulang sebagai angka {reading}", en: "Retype it as the number {reading_en}" },
  },
  "formula.constant": {
    id: "Sel ini seharusnya berisi rumus, tetapi berisi angka ketikan {actual}",
    en: "This cell should hold a formula but holds a typed constant {actual_en}",
    fix: { id: "Kembalikan rumus templat di {cell} (pasang ulang tabel atau salin rumus dari baris lain)", en: "Restore the template formula in {cell} (reinstall the table or copy the formula from another row)" },
  },
  "formula.constant-among": {
    id: "Angka ketikan {actual} di tengah kolom yang berisi rumus ({neighbor})",
    en: "Typed constant {actual_en} in a column of formulas ({neighbor})",
    fix: { id: "Salin rumus dari sel sebelahnya ke {cell}", en: "Copy the neighbouring formula into {cell}" },
  },
  "sum.gap": {
    id: "Rumus {formula} tidak mencakup {missing} yang bersebelahan dan berisi angka",
    en: "Formula {formula} leaves out the adjacent {missing}, which holds a number",
    fix: { id: "Perluas rentang SUM hingga {suggested}", en: "Extend the SUM range to {suggested}" },
  },
  "workbook.uncalculated": {
    id: "{count} rumus belum dihitung — buka dan simpan di Excel, lalu audit lagi",
    en: "{count} formulas were never calculated — open and save in Excel, then audit again",
    fix: { id: "Buka berkas di Excel, simpan, lalu jalankan audit lagi", en: "Open the file in Excel, save it, and run the audit again" },
  },
  "structure.unread": {
    id: "Struktur lembar ini tidak terbaca: {count} angka, tetapi tidak ada tabel (baris judul kolom di atas angka) yang dikenali — tidak ada hubungan antarangka yang diperiksa di lembar ini",
    en: "This sheet's structure could not be read: {count} figures, but no table (a header row above figures) was recognised — no relation between the figures on this sheet was checked",
    fix: { id: "Bila lembar ini berisi tabel, beri satu baris judul kolom tepat di atas angkanya (dan baris Jumlah bila ada); bila tidak, abaikan catatan ini", en: "If this sheet holds a table, give it one header row right above its figures (and a Jumlah row if it has one); otherwise ignore this note" },
  },
  "structure.unconfirmed": {
    id: "Struktur lembar ini tidak terbaca: {count} angka dalam {tables} tabel, tetapi tidak ada jumlah, persentase atau selisih yang dibenarkan oleh angkanya sendiri — tidak ada hubungan antarangka yang diperiksa di lembar ini",
    en: "This sheet's structure could not be read: {count} figures in {tables} table(s), but no total, percentage or difference is confirmed by its own numbers — no relation between the figures on this sheet was checked",
    fix: { id: "Bila tabel ini punya baris Jumlah atau kolom %, beri label yang jelas (Jumlah, Total, %, Sisa); `lkjip audit --explain` menunjukkan apa yang dibaca audit", en: "If the table has a Jumlah row or a % column, label it clearly (Jumlah, Total, %, Sisa); `lkjip audit --explain` shows what the audit read" },
  },
  "cell.error": {
    id: "Sel berisi galat {error}",
    en: "Cell holds the error {error}",
    fix: { id: "Periksa rumus dan sel yang dirujuknya", en: "Check the formula and the cells it refers to" },
  },
  "range.negative": {
    id: "{label} bernilai negatif ({actual})",
    en: "{label_en} is negative ({actual_en})",
    fix: { id: "Periksa tanda minus pada {cell}", en: "Check the minus sign in {cell}" },
  },
  "range.index": {
    id: "Indeks {actual} di luar skala 1–4",
    en: "Index {actual_en} is outside the 1–4 scale",
    fix: { id: "Indeks layanan berskala 1 sampai 4; periksa {cell}", en: "Service indices range from 1 to 4; check {cell}" },
  },
  "group.cells": {
    id: "{count} sel serupa di {range}; contoh {cell}: {message}",
    en: "{count_en} similar cells in {range}; for example {cell}: {message}",
    fix: { id: "{fix} (berlaku untuk semua sel di {range})", en: "{fix} (applies to every cell in {range})" },
  },
  "sheet.hidden": {
    id: " (lembar tersembunyi)",
    en: " (hidden sheet)",
    fix: { id: "", en: "" },
  },
  "range.capaian": {
    id: "Capaian {actual} melebihi batas wajar {bound}",
    en: "Capaian {actual_en} exceeds the plausible bound {bound_en}",
    fix: { id: "Periksa realisasi dan target indikator ini", en: "Check this indicator's realisasi and target" },
  },
  "diagnosis.cause": {
    id: "Nilai {actual} di sel {cell} menyebabkan {count} ketidaksesuaian; nilai yang membuat semuanya benar: {expected}",
    en: "The value {actual_en} in cell {cell} is the root cause of the inconsistencies (findings explained: {count}); the value that makes them all hold: {expected_en}",
    fix: { id: "Ganti {cell} dengan {expected}", en: "Replace {cell} with {expected_en}" },
  },
  "diagnosis.fix": {
    id: "",
    en: "",
    fix: { id: "Ganti {cell} dengan {expected} (menjelaskan {count} temuan)", en: "Replace {cell} with {expected_en} (findings explained: {count})" },
  },
  "diagnosis.choice": {
    id: "",
    en: "",
    fix: { id: "Satu sel salah, tidak dapat dipastikan yang mana: {choices}", en: "One cell is wrong and the workbook cannot tell which: {choices_en}" },
  },
  "diagnosis.shown": {
    id: "",
    en: "",
    fix: {
      id: "{exact} tampil {rounded}; {expected} juga sesuai (beda pembulatan/pemotongan) dan cocok dengan sel lain",
      en: "{exact_en} shows as {rounded_en}; {expected_en} agrees as well (rounding/truncation) and fits the other cells",
    },
  },
  "diagnosis.more": {
    id: "",
    en: "",
    fix: { id: "dan {count} sel lain (lihat JSON/panel)", en: "and {count} other cells (see the JSON/pane)" },
  },
  "diagnosis.consequence": {
    id: "",
    en: "",
    fix: { id: "Akan benar setelah {cause} diperbaiki", en: "Holds once {cause} is fixed" },
  },
  "diagnosis.multi": {
    id: "",
    en: "",
    fix: {
      id: "Tidak ada satu sel yang dapat diperbaiki sendiri: mengubah {cell} saja (atau sel lain mana pun) membuat hubungan lain salah. Kemungkinan dua sel salah (mis. satu rincian dan totalnya) atau sumbernya; periksa dokumen sumber",
      en: "No single cell can be fixed on its own: changing {cell} alone (or any other one cell) breaks another relation. Probably two cells are wrong (e.g. one part and its total) or the source is; check the source document",
    },
  },
  "diagnosis.stale": {
    id: "",
    en: "",
    fix: {
      id: "Rumus di {cell} menyimpan hasil lama (buku kerja belum dihitung ulang): tekan Ctrl+Alt+F9 di Excel lalu audit lagi; jangan mengetik angka di atas rumus",
      en: "The formula in {cell} holds an old result (the workbook was not recalculated): press Ctrl+Alt+F9 in Excel, then audit again; do not type a figure over the formula",
    },
  },
  "diagnosis.stopped": {
    id: "Diagnosis berhenti setelah {examined} dari {violations} ketidaksesuaian (batas pencarian); sisanya dilaporkan apa adanya",
    en: "Diagnosis stopped after {examined} of {violations} inconsistencies (search limit); the rest are reported as they are",
    fix: { id: "Perbaiki akar masalah yang ditemukan lalu periksa ulang", en: "Fix the root causes found, then audit again" },
  },
} satisfies Record<string, MessageTemplate>;

/** Every entry of the catalogue. */
export type AuditCode = keyof typeof MESSAGES;

/**
 * Entries that complete another finding's message (a grouped finding, a hidden sheet, the fix
 * and note texts of diagnosis): never the code of a finding of their own.
 */
export const MESSAGE_PARTS = ["group.cells", "sheet.hidden", "diagnosis.fix", "diagnosis.choice", "diagnosis.more", "diagnosis.shown", "diagnosis.consequence", "diagnosis.multi", "diagnosis.stale", "diagnosis.stopped"] as const satisfies readonly AuditCode[];

/** The codes a rule may report. */
export type ReportedCode = Exclude<AuditCode, (typeof MESSAGE_PARTS)[number]>;

export const AUDIT_CODES = Object.keys(MESSAGES) as AuditCode[];
