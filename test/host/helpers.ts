import type { FakeWorkbook, SheetModel } from "../support/fake";

/** Everything the fake stores about a sheet, as plain JSON, to compare byte for byte. */
export function sheetFingerprint(s: SheetModel): string {
  const sorted = <K, V>(m: Map<K, V>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return JSON.stringify({
    name: s.name,
    visibility: s.visibility,
    rows: s.rows.map((r) => (r ? Object.entries(r) : null)),
    formulas: sorted(s.formulas),
    numberFormats: sorted(s.numberFormats),
    fills: sorted(s.fills),
    fonts: sorted(s.fonts),
    wraps: [...s.wraps].sort(),
    used: s.used,
    protected: s.protected,
    tabColor: s.tabColor,
    columnWidths: sorted(s.columnWidths),
    merged: s.merged,
    validations: s.validations,
    borders: s.borders,
    freeze: s.freeze,
  });
}

export function workbookFingerprint(wb: FakeWorkbook, sheetNames?: string[]): string {
  const sheets = wb.sheets.filter((s) => !sheetNames || sheetNames.includes(s.name));
  return JSON.stringify({
    sheets: sheets.map(sheetFingerprint),
    tables: wb.tables.filter((t) => sheets.includes(t.sheet)).map((t) => ({ name: t.name, sheet: t.sheet.name, range: t.range, style: t.style })),
    names: wb.names.filter((n) => sheets.includes(n.sheet)).map((n) => ({ name: n.name, sheet: n.sheet.name, range: n.range, comment: n.comment })),
    settings: [...wb.settings.entries()],
  });
}
