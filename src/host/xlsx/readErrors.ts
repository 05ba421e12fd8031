// Typed errors of reading an .xlsx file; the CLI turns them into exit 2 and one line in its
// language. Texts in the one bilingual shape (src/core/message.ts).
import { MessageError, type Bilingual, type Params } from "../../core/message";

export type ReadErrorKind =
  | "not-found"
  | "not-a-file"
  | "permission"
  | "file-too-large"
  | "empty"
  | "not-xlsx"
  | "legacy-xls"
  | "encrypted"
  | "corrupt"
  | "strings-missing"
  | "sheet-damaged"
  | "sheet-limits"
  | "too-large"
  | "limit";

export const READ_MESSAGES: Record<ReadErrorKind, Bilingual> = {
  "not-found": { id: "berkas tidak ditemukan", en: "file not found" },
  "not-a-file": { id: "bukan berkas biasa (folder, pipa, atau perangkat)", en: "not a regular file (a folder, pipe or device)" },
  permission: { id: "tidak ada izin membaca berkas", en: "permission denied reading the file" },
  "file-too-large": { id: "berkas terlalu besar (batas {limit} MB)", en: "the file is too large (limit {limit} MB)" },
  empty: { id: "berkas kosong", en: "the file is empty" },
  "not-xlsx": { id: "bukan berkas Excel .xlsx", en: "not an Excel .xlsx file" },
  "legacy-xls": { id: "format .xls lama tidak didukung; simpan ulang sebagai .xlsx", en: "legacy .xls is not supported; save it as .xlsx" },
  encrypted: { id: "berkas dilindungi kata sandi; buka dan simpan tanpa kata sandi", en: "the file is password-protected; save a copy without a password" },
  corrupt: { id: "berkas .xlsx rusak dan tidak dapat dibaca", en: "the .xlsx file is corrupt and cannot be read" },
  "strings-missing": {
    id: "berkas rusak: {count} sel merujuk teks yang tidak ada di berkas (bagian sharedStrings hilang atau rusak); buka di Excel lalu simpan ulang",
    en: "the file is damaged: {count} cells refer to text the file does not hold (the sharedStrings part is missing or damaged); open it in Excel and save it again",
  },
  "sheet-damaged": { id: "lembar '{sheet}' rusak dan tidak dapat dibaca", en: "sheet '{sheet}' is damaged and cannot be read" },
  "sheet-limits": { id: "lembar '{sheet}' melampaui batas Excel (baris 1.048.576, kolom XFD)", en: "sheet '{sheet}' is beyond Excel's limits (row 1,048,576, column XFD)" },
  "too-large": { id: "isi berkas terlalu besar setelah diekstrak (batas {limit} MB)", en: "the file is too large when unpacked (limit {limit} MB)" },
  limit: { id: "berkas melampaui batas baca: {what} lebih dari {limit}", en: "the file exceeds a reading limit: more than {limit_en} {what_en}" },
};

/** A workbook that cannot be read: `kind` for code, `render(lang)` for the user (without the path). */
export class WorkbookReadError extends MessageError {
  readonly kind: ReadErrorKind;
  readonly path: string;
  constructor(kind: ReadErrorKind, path: string, params: Params = {}) {
    super(READ_MESSAGES[kind], params);
    this.name = "WorkbookReadError";
    this.kind = kind;
    this.path = path;
  }
}
