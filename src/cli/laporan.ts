// `lkjip audit [WORKBOOK.xlsx] --laporan REPORT` (issue 17): the report's narrative checked on its own
// arithmetic and, with a workbook, against its tables. One FileReport named after the report file.
import { auditNarrative } from "../narrative";
import type { FileReport } from "../audit/report";
import { readReport, ReportReadError } from "../host/report/read";
import { readWorkbook, WorkbookReadError } from "../host/xlsx/read";

export async function auditReportFile(report: string, workbook: string | undefined, lang: "id" | "en"): Promise<FileReport> {
  try {
    const doc = await readReport(report);
    const snapshot = workbook ? await readWorkbook(workbook) : undefined;
    return { path: report, result: auditNarrative(doc, snapshot) };
  } catch (e) {
    if (e instanceof ReportReadError || e instanceof WorkbookReadError) return { path: report, error: `${report}: ${lang === "id" ? e.messageId : e.messageEn}` };
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { path: report, error: `${report}: ${lang === "id" ? "gagal diperiksa" : "check failed"} (${msg})` };
  }
}
