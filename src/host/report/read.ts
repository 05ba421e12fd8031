// Reads a report file (.txt, .md, .docx, .pdf text layer) into the narrative text form. Node host:
// the only place the narrative checks touch the file system. No OCR: a scanned PDF without a text
// layer is refused with a message saying so.
import { promises as fs } from "fs";
import * as path from "path";
import { parseText, type NarrativeDoc } from "../../narrative";
import { docxToText } from "./docx";
import { pdfToText } from "./pdf";

export class ReportReadError extends Error {
  constructor(
    readonly messageId: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

export const REPORT_EXTENSIONS = [".txt", ".md", ".docx", ".pdf"];

export async function readReport(file: string): Promise<NarrativeDoc> {
  const ext = path.extname(file).toLowerCase();
  const bytes = await fs.readFile(file).catch(() => {
    throw new ReportReadError(`berkas laporan tidak dapat dibaca: ${file}`, `cannot read the report file: ${file}`);
  });
  let text: string;
  if (ext === ".txt" || ext === ".md") text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  else if (ext === ".docx") {
    text = await docxToText(bytes).catch(() => {
      throw new ReportReadError(`bukan dokumen Word (.docx) yang sah: ${file}`, `not a valid Word (.docx) document: ${file}`);
    });
  } else if (ext === ".pdf") {
    text = await pdfToText(new Uint8Array(bytes)).catch(() => {
      throw new ReportReadError(`bukan PDF yang sah: ${file}`, `not a valid PDF: ${file}`);
    });
    if (!/[A-Za-z]{3}/.test(text)) throw new ReportReadError(`PDF tanpa lapisan teks (hasil pindai?); OCR tidak didukung: ${file}`, `PDF without a text layer (a scan?); OCR is not supported: ${file}`);
  } else throw new ReportReadError(`jenis berkas laporan tidak didukung (${ext || "tanpa ekstensi"}); gunakan .docx, .pdf, .txt atau .md`, `unsupported report file type (${ext || "no extension"}); use .docx, .pdf, .txt or .md`);
  return parseText(text, file);
}
