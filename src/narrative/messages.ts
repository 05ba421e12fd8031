// Message catalogue of the narrative checks (same shape as the audit's: one template per stable
// code, Indonesian and English). Placeholders {name} come from the finding's params.
import type { MessageTemplate } from "../audit/messages";

export const NARRATIVE_MESSAGES = {
  "narrative.ratio": {
    id: "Naskah menyebut {z}, padahal {x} ÷ {y} = {expected}",
    en: "The text says {z_en}, but {x_en} ÷ {y_en} = {expected_en}",
    fix: { id: "Perbaiki salah satu angka dalam kalimat; persentasenya {expected}", en: "Correct one of the figures in the sentence; the percentage is {expected_en}" },
  },
  "narrative.ratio.rounding": {
    id: "Naskah menyebut {z}; {x} ÷ {y} = {expected} (beda pembulatan saja)",
    en: "The text says {z_en}; {x_en} ÷ {y_en} = {expected_en} (rounding only)",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "narrative.capaian": {
    id: "Capaian {z} tidak sesuai dengan realisasi {x} dibanding target {y} = {expected}",
    en: "Capaian {z_en} does not match realisasi {x_en} against target {y_en} = {expected_en}",
    fix: { id: "Perbaiki realisasi, target atau capaian dalam kalimat; capaiannya {expected}", en: "Correct realisasi, target or capaian in the sentence; the capaian is {expected_en}" },
  },
  "narrative.capaian.rounding": {
    id: "Capaian {z}: realisasi {x} dibanding target {y} = {expected} (beda pembulatan saja)",
    en: "Capaian {z_en}: realisasi {x_en} against target {y_en} = {expected_en} (rounding only)",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "narrative.difference": {
    id: "Naskah menyebut selisih {z} dari {y}, padahal angka dalam kalimat memberi {expected}",
    en: "The text states a difference of {z_en} from {y_en}, but the sentence's figures give {expected_en}",
    fix: { id: "Ganti {z} dengan {expected} atau periksa angka pembandingnya", en: "Replace {z_en} with {expected_en} or check the figures compared" },
  },
  "narrative.difference.rounding": {
    id: "Selisih {z} dari {y}: angka dalam kalimat memberi {expected} (beda pembulatan saja)",
    en: "Difference {z_en} from {y_en}: the sentence's figures give {expected_en} (rounding only)",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "narrative.change": {
    id: "Naskah menyebut perubahan {z} dari {y} ke {x}, padahal perubahannya {expected}",
    en: "The text states a change of {z_en} from {y_en} to {x_en}, but the change is {expected_en}",
    fix: { id: "Ganti {z} dengan {expected} atau periksa angka kedua tahun", en: "Replace {z_en} with {expected_en} or check both years' figures" },
  },
  "narrative.change.rounding": {
    id: "Perubahan {z} dari {y} ke {x}: hasil hitung {expected} (beda pembulatan saja)",
    en: "Change {z_en} from {y_en} to {x_en}: computed {expected_en} (rounding only)",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "narrative.direction": {
    id: "Naskah menyebut {word}, padahal {x} dibanding {y} justru {actual_dir}",
    en: "The text says {word_en}, but {x_en} against {y_en} is a {actual_dir_en}",
    fix: { id: "Perbaiki kata arah perubahan atau angkanya", en: "Correct the word for the direction of change or the figures" },
  },
  "narrative.list-total": {
    id: "Jumlah yang disebut {total} tidak sama dengan jumlah rinciannya {expected} ({parts})",
    en: "The stated total {total_en} does not equal the sum of its parts {expected_en} ({parts_en})",
    fix: { id: "Perbaiki total atau rinciannya; rincian berjumlah {expected}", en: "Correct the total or its parts; the parts add up to {expected_en}" },
  },
  "narrative.list-total.rounding": {
    id: "Jumlah yang disebut {total} berbeda dari jumlah rinciannya {expected} hanya karena pembulatan",
    en: "The stated total {total_en} differs from the sum of its parts {expected_en} by rounding only",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "narrative.table-total": {
    id: "Jumlah yang disebut {total} tidak sama dengan total kolom mana pun pada tabel rinciannya ({expected})",
    en: "The stated total {total_en} equals no column total of the table that details it ({expected_en})",
    fix: { id: "Perbaiki jumlah dalam kalimat atau tabelnya", en: "Correct the total in the sentence or the table" },
  },
  "narrative.mismatch": {
    id: "Naskah menyebut {what} {actual}, tabel {cellref} berisi {expected}",
    en: "The text gives {what_en} as {actual_en}; table cell {cellref} holds {expected_en}",
    fix: { id: "Samakan angka naskah dengan tabel ({expected}) atau perbaiki tabelnya", en: "Make the text match the table ({expected_en}) or correct the table" },
  },
  "narrative.rounding": {
    id: "Naskah menyebut {what} {actual}; tabel {cellref} berisi {expected} (beda pembulatan saja)",
    en: "The text gives {what_en} as {actual_en}; table cell {cellref} holds {expected_en} (rounding only)",
    fix: { id: "Tidak perlu diubah", en: "No change needed" },
  },
  "narrative.unmatched": {
    id: "Angka {actual} ({what}) tidak ditemukan padanannya di tabel; tidak diperiksa",
    en: "Figure {actual_en} ({what_en}) has no counterpart in the tables; not checked",
    fix: { id: "Periksa manual bila angka ini penting", en: "Check by hand if this figure matters" },
  },
} satisfies Record<string, MessageTemplate>;

/** Every code the narrative checks report. */
export type NarrativeCode = keyof typeof NARRATIVE_MESSAGES;
