// The CLI's own messages (usage, options, files it writes), Indonesian and English, in the one
// bilingual shape of src/core/message.ts. Each error says what went wrong and what to do, on one
// line. Code-like words (options, values, paths) are quoted with '…' so the text around them is
// all in the chosen language. Add a message: a key here, both languages, then
// `throw new UsageError("key", { params })`.
import type { Bilingual } from "../core/message";

export const CLI_MESSAGES = {
  // commander's own errors, reworded
  "usage.unknownCommand": {
    id: "perintah tidak dikenal '{value}'; pilih 'init', 'audit' atau 'fn' (lihat 'lkjip --help')",
    en: "unknown command '{value}'; choose 'init', 'audit' or 'fn' (see 'lkjip --help')",
  },
  "usage.unknownOption": {
    id: "opsi tidak dikenal '{value}'; lihat opsi yang ada dengan '{help}'",
    en: "unknown option '{value}'; see the available options with '{help}'",
  },
  "usage.missingArgument": {
    id: "argumen '{value}' wajib diisi; contoh: '{example}'",
    en: "missing argument '{value}'; for example: '{example}'",
  },
  "usage.optionNeedsValue": {
    id: "opsi '{value}' perlu nilai; lihat '{help}'",
    en: "option '{value}' needs a value; see '{help}'",
  },
  "usage.tooManyArguments": {
    id: "terlalu banyak argumen; lihat '{help}'",
    en: "too many arguments; see '{help}'",
  },
  "usage.other": {
    id: "perintah tidak dapat dijalankan; lihat '{help}'",
    en: "the command cannot run; see '{help}'",
  },
  // values
  "value.choice": {
    id: "nilai '{value}' tidak berlaku untuk '{option}'; pilih salah satu: {choices}",
    en: "'{value}' is not a valid value for '{option}'; choose one of: {choices}",
  },
  "value.year": {
    id: "'{option}' harus tahun empat angka, mis. '2024', bukan '{value}'",
    en: "'{option}' must be a four-digit year, e.g. '2024', not '{value}'",
  },
  // files
  "file.noWorkbooks": {
    id: "tidak ada berkas .xlsx atau .xlsm di folder '{path}'; pilih folder lain atau sebut berkasnya",
    en: "no .xlsx or .xlsm files in the folder '{path}'; choose another folder or name the files",
  },
  "file.noInput": {
    id: "sebutkan berkas .xlsx atau folder yang diaudit, mis. 'lkjip audit laporan.xlsx'",
    en: "name the .xlsx files or folders to audit, e.g. 'lkjip audit laporan.xlsx'",
  },
  "file.outIsInput": {
    id: "'--out {path}' adalah berkas yang diaudit dan tidak ditimpa; pilih nama lain untuk laporan",
    en: "'--out {path}' is a workbook being audited and is not overwritten; choose another name for the report",
  },
  "file.outIsDirectory": {
    id: "'{path}' adalah folder; beri nama berkas untuk laporan, mis. '{path}/laporan.html'",
    en: "'{path}' is a folder; give the report a file name, e.g. '{path}/laporan.html'",
  },
  "file.outNoFolder": {
    id: "folder untuk '{path}' tidak ada; buat foldernya dulu atau pilih tempat lain",
    en: "the folder of '{path}' does not exist; create it first or choose another place",
  },
  "file.outDenied": {
    id: "tidak boleh menulis ke '{path}'; pilih folder yang dapat Anda tulisi",
    en: "not allowed to write to '{path}'; choose a folder you can write to",
  },
  "file.outFailed": {
    id: "gagal menulis '{path}' ({code}); periksa ruang disk dan izin folder",
    en: "could not write '{path}' ({code}); check the disk space and the folder's permissions",
  },
  "file.auditFailed": {
    id: "'{path}' tidak dapat diaudit ({code}); simpan ulang di Excel lalu coba lagi",
    en: "'{path}' could not be audited ({code}); save it again in Excel and retry",
  },
  "file.outExists": {
    id: "'{path}' sudah ada; pakai '--force' untuk menimpanya",
    en: "'{path}' already exists; use '--force' to overwrite it",
  },
  "file.outNotXlsx": {
    id: "berkas tujuan harus berakhiran '.xlsx', bukan '{path}'",
    en: "the output file must end in '.xlsx', not '{path}'",
  },
  // init
  "init.unknownSample": {
    id: "contoh '{value}' tidak dikenal; pilih salah satu: {choices}",
    en: "unknown sample '{value}'; choose one of: {choices}",
  },
  "init.sampleYear": {
    id: "contoh '{sample}' untuk tahun {year}; pakai '--year {year}'",
    en: "sample '{sample}' is for {year}; use '--year {year}'",
  },
  "init.sampleAndPk": {
    id: "--sample dan --from-pk tidak bisa dipakai bersama; pilih salah satu",
    en: "--sample and --from-pk cannot be used together; choose one",
  },
  "init.countsIgnored": {
    id: "{options} tidak berlaku dengan {source}: sasaran dan indikator diambil dari {source}; hapus {options}",
    en: "{options} has no effect with {source}: goals and indicators come from {source}; drop {options}",
  },
  "init.notWhole": {
    id: "'--{name}' harus bilangan bulat, bukan '{value}'",
    en: "'--{name}' must be a whole number, not '{value}'",
  },
  // what init reports after writing (stdout)
  "init.written": { id: "Ditulis: {path}", en: "Written: {path}" },
  "init.summary": { id: "  tahun {year}{sample}; {sheets} lembar, {tables} tabel bernama", en: "  year {year}{sample}; {sheets} sheets, {tables} named tables" },
  "init.withSample": { id: ", contoh {sample}", en: ", sample {sample}" },
  "init.structure": {
    id: "  {sasaran} sasaran, {indikator} indikator, {kegiatan} kegiatan{from}",
    en: "  {sasaran} goals (sasaran), {indikator} indicators, {kegiatan} activities (kegiatan){from}",
  },
  "init.fromPk": { id: " (dari {pk})", en: " (from {pk})" },
  "init.typed": { id: "  {count} sel berisi angka terbit yang diketik (samples/README.md)", en: "  {count} cells hold typed published figures (samples/README.md)" },
  "init.plan": {
    id: "templat tidak dapat disusun: {reason}",
    en: "the templates cannot be planned: {reason}",
  },
  "file.timeLimit": {
    id: "melampaui batas waktu ({limit} detik) dan tidak diaudit",
    en: "exceeds the time limit ({limit} s) and was not audited",
  },
  "file.memoryLimit": {
    id: "melampaui batas memori ({limit} MB) dan tidak diaudit",
    en: "exceeds the memory limit ({limit} MB) and was not audited",
  },
  "file.crashed": {
    id: "tidak dapat diaudit (proses pembaca berhenti)",
    en: "could not be audited (the reader stopped)",
  },
  "laporan.oneWorkbook": {
    id: "'--laporan' diperiksa terhadap satu buku kerja saja; sebut satu berkas .xlsx",
    en: "'--laporan' is checked against one workbook only; name one .xlsx file",
  },
  // progress and notes (not errors)
  "progress.unzip": { id: "membuka", en: "unpacking" },
  "progress.strings": { id: "teks", en: "strings" },
  "progress.sheet": { id: "lembar", en: "sheet" },
  "progress.audit": { id: "audit", en: "auditing" },
  "explain.none": { id: "(tidak ada tabel yang dikenali)", en: "(no table recognised)" },
  "file.skipped": {
    id: "{count} berkas di folder tidak diaudit karena formatnya bukan .xlsx/.xlsm (mis. .xls lama; simpan ulang sebagai .xlsx): {names}",
    en: "{count} files in the folder were not audited because they are not .xlsx/.xlsm (e.g. legacy .xls; save them as .xlsx): {names}",
  },
  // anything else
  "internal": {
    id: "kesalahan tak terduga ({code}); laporkan perintah yang dijalankan kepada pengelola",
    en: "unexpected error ({code}); report the command you ran to the maintainers",
  },
} satisfies Record<string, Bilingual>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;
