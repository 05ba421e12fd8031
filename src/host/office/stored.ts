// What undo-style operations read first: a list the add-in stored in the workbook settings and
// the sheets that still exist (a sheet deleted since is skipped), in one sync.

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
