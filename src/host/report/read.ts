// Reads a report file (.txt, .md, .docx, .pdf text layer) into the narrative text form. Node host:
// the only place the narrative checks touch the file system. No OCR: a scanned PDF without a text
// layer is refused with a message saying so.
import { promises as fs } from "fs";
import * as path from "path";
import { MessageError, type Bilingual, type Params } from "../../core/message";
import { parseText, type NarrativeDoc } from "../../narrative";
import { docxToText } from "./docx";
import { pdfToText } from "./pdf";

export const REPORT_READ_MESSAGES = {
  unreadable: { id: "berkas laporan tidak dapat dibaca", en: "cannot read the report file" },
  badDocx: { id: "bukan dokumen Word (.docx) yang sah", en: "not a valid Word (.docx) document" },
  badPdf: { id: "bukan PDF yang sah", en: "not a valid PDF" },
  noTextLayer: { id: "PDF tanpa lapisan teks (hasil pindai?); OCR tidak didukung", en: "PDF without a text layer (a scan?); OCR is not supported" },
  unsupported: { id: "jenis berkas laporan tidak didukung ({ext}); gunakan .docx, .pdf, .txt atau .md", en: "unsupported report file type ({ext_en}); use .docx, .pdf, .txt or .md" },
} satisfies Record<string, Bilingual>;

/** A report file that cannot be read; the text leaves out the path (the caller prefixes it). */
export class ReportReadError extends MessageError {
  constructor(key: keyof typeof REPORT_READ_MESSAGES, params: Params = {}) {
    super(REPORT_READ_MESSAGES[key], params);
    this.name = "ReportReadError";
  }
}

export const REPORT_EXTENSIONS = [".txt", ".md", ".docx", ".pdf"];

export async function readReport(file: string): Promise<NarrativeDoc> {
  const ext = path.extname(file).toLowerCase();
  const bytes = await fs.readFile(file).catch(() => {
    throw new ReportReadError("unreadable");
  });
  let text: string;
  if (ext === ".txt" || ext === ".md") text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  else if (ext === ".docx") {
    text = await docxToText(bytes).catch(() => {
      throw new ReportReadError("badDocx");
    });
  } else if (ext === ".pdf") {
    text = await pdfToText(new Uint8Array(bytes)).catch(() => {
      throw new ReportReadError("badPdf");
    });
    if (!/[A-Za-z]{3}/.test(text)) throw new ReportReadError("noTextLayer");
  } else throw new ReportReadError("unsupported", { ext: ext || "tanpa ekstensi", ext_en: ext || "no extension" });
  return parseText(text, file);
}
