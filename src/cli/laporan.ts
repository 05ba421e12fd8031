// `lkjip audit [WORKBOOK.xlsx] --laporan REPORT` (issue 17): the report's narrative checked on its own
// arithmetic and, with a workbook, against its tables. One FileReport named after the report file.
import { auditNarrative } from "../narrative";
import type { FileReport } from "../audit/report";
import { readReport, ReportReadError } from "../host/report/read";
import { readWorkbook, WorkbookReadError } from "../host/xlsx/read";
import { errnoCode, UsageError } from "./errors";

export async function auditReportFile(report: string, workbook: string | undefined, lang: "id" | "en"): Promise<FileReport> {
  try {
    const doc = await readReport(report);
    const snapshot = workbook ? await readWorkbook(workbook) : undefined;
    return { path: report, result: auditNarrative(doc, snapshot) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { path: report, error: `${e.path}: ${e.render(lang)}` };
    if (e instanceof ReportReadError) return { path: report, error: `${report}: ${e.render(lang)}` };
    return { path: report, error: new UsageError("file.auditFailed", { path: report, code: errnoCode(e) ?? (e instanceof Error ? e.name : "?") }).render(lang) };
  }
}
