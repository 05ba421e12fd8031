// Errors of planning an install that the user can fix (a year without IKPA rules, a structure out
// of bounds, a PK file without a PK table), in the one bilingual shape of src/core/message.ts.
// Template bugs stay plain Errors.
import { MessageError, type Bilingual, type Params } from "../core/message";

export const TEMPLATE_MESSAGES = {
  unsupportedYear: {
    id: "tahun {year} tidak didukung; tahun dengan aturan IKPA yang dikenal: {years}",
    en: "year {year} is not supported; years with a known IKPA regime: {years}",
  },
  structureBounds: {
    id: "banyaknya {what} harus 1–{max}, bukan {value}",
    en: "the number of {what_en} must be 1–{max}, not {value}",
  },
  pkNoTable: {
    id: "tidak ada tabel Perjanjian Kinerja (baris judul dengan Indikator dan Target)",
    en: "no Perjanjian Kinerja table found (a header row with Indikator and Target)",
  },
  pkNoIndicator: {
    id: "tabel Perjanjian Kinerja di lembar '{sheet}' tidak berisi indikator",
    en: "the Perjanjian Kinerja table on sheet '{sheet}' lists no indicator",
  },
  unknownSheets: {
    id: "lembar tidak dikenal: {unknown}; pilih dari {known}",
    en: "unknown sheet(s): {unknown}; choose from {known}",
  },
  sampleYear: {
    id: "contoh {sample} berisi angka tahun {year}, bukan {asked}",
    en: "sample {sample} holds figures of {year}, not {asked}",
  },
  pkTooLarge: {
    id: "paling banyak {sasaran} sasaran × {indikator} indikator",
    en: "at most {sasaran} goals × {indikator} indicators",
  },
} satisfies Record<string, Bilingual>;

/** A request the templates cannot plan; `render(lang)` says why and what is possible. */
export class TemplateError extends MessageError {
  constructor(key: keyof typeof TEMPLATE_MESSAGES, params: Params = {}) {
    super(TEMPLATE_MESSAGES[key], params);
    this.name = "TemplateError";
  }
}

/** The Perjanjian Kinerja file has no usable PK table. */
export class PkReadError extends TemplateError {}
