// What host operations read first, queued into their first sync: the name lists every write
// checks against (sheets, defined names, tables), and for undo-style operations a list the add-in
// stored in the workbook settings with the sheets that still exist (a sheet deleted since is
// skipped).

/** Queues loading the sheet, defined-name and table lists (no sync); `nameProps` for more of the names. */
export function queueNameLists(wb: Excel.Workbook, nameProps = "items/name"): { sheets: Excel.WorksheetCollection; names: Excel.NamedItemCollection; tables: Excel.TableCollection } {
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const names = wb.names;
  names.load(nameProps);
  const tables = wb.tables;
  tables.load("items/name");
  return { sheets, names, tables };
}

/** The stored setting's value (null when absent) and the workbook's sheet names in lower case. */
export async function readStoredAndSheets(context: Excel.RequestContext, key: string): Promise<{ value: unknown; sheets: Set<string> }> {
  const wb = context.workbook;
  const saved = wb.settings.getItemOrNullObject(key);
  saved.load("value");
  const sheets = wb.worksheets;
  sheets.load("items/name");
  await context.sync();
  return { value: saved.isNullObject ? null : (saved.value as unknown), sheets: new Set(sheets.items.map((s) => s.name.toLowerCase())) };
}
