// Taking the user to a cell.

import { HostError, officeErrorCode } from "./errors";

/** Activates the sheet and selects the cell or range (1 sync). */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") {
      throw new HostError("notFound", "sheetNotFound", { sheet });
    }
    throw e;
  }
}
