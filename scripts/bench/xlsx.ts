// Writes a snapshot to .xlsx with exceljs's streaming writer (the bench's 1M-cell workbook
// would take minutes and gigabytes through the in-memory writer). Values and number formats
// only, like a workbook typed by hand.
import * as ExcelJS from "exceljs";
import { isCellError, type WorkbookSnapshot } from "../../src/core/snapshot";

export async function writeSnapshotXlsx(snapshot: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (let r = 0; r < sheet.values.length; r++) {
      const values = sheet.values[r];
      const row = ws.getRow(sheet.origin.row + r + 1);
      for (let c = 0; c < values.length; c++) {
        const v = values[c];
        if (v === null || v === undefined) continue;
        const cell = row.getCell(sheet.origin.col + c + 1);
        cell.value = isCellError(v) ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
        const fmt = sheet.numberFormats?.[r]?.[c];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      }
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
