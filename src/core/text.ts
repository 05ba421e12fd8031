// What the add-in writes into a workbook as text, and the names it gives new sheets.

/** Characters that make Excel read typed or written text as a formula (or a DDE/CSV payload). */
const FORMULA_LEAD = /^[=+\-@\t\r']/;

/**
 * Makes a string stay text when Excel receives it as a cell's value or formula: a leading
 * `= + - @`, tab or carriage return (formula injection, e.g. `+HYPERLINK(…)`) or apostrophe gets
 * Excel's quote prefix `'`, which Excel hides and keeps the rest exactly as given. Every string
 * the add-in writes into cells goes through this one function (src/host/office `queueActions`).
 */
export function asCellText(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}

/** Excel's limit on a sheet name. */
export const SHEET_NAME_MAX = 31;

/**
 * The first of `base`, `base (2)`, `base (3)`, … that no sheet in `taken` has (Excel compares
 * sheet names case-insensitively), cut so it fits Excel's 31 characters.
 */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const first = base.slice(0, SHEET_NAME_MAX);
  if (!lower.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
