// What the add-in writes into a workbook as text, the names it gives new sheets, and dates as
// people write them.

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

/** Excel's limits on a sheet name and on a defined name. */
export const SHEET_NAME_MAX = 31;
export const DEFINED_NAME_MAX = 255;

/**
 * The first of `base`, then `base` with a numbered suffix — "Ringkasan (2)" for a sheet,
 * "PK_Indikator_2" for a defined name — that `taken` does not hold (Excel compares names
 * case-insensitively), cut so it fits Excel's limit for that kind of name.
 */
export function freeName(base: string, taken: Iterable<string>, kind: "sheet" | "defined" = "sheet"): string {
  const max = kind === "sheet" ? SHEET_NAME_MAX : DEFINED_NAME_MAX;
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const first = base.slice(0, max);
  if (!lower.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = kind === "sheet" ? ` (${n})` : `_${n}`;
    const name = base.slice(0, max - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** A sheet name no sheet in `taken` has: `freeName(base, taken, "sheet")`. */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  return freeName(base, taken, "sheet");
}

/** Month names, Indonesian (also the month rows of the templates) and English. */
export const MONTH_NAMES = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

/**
 * A moment as people write it, in the machine's local time: "1 Desember 2026 10.22" (Indonesian
 * uses a dot between hours and minutes) / "1 December 2026 10:22". Text that is not a date is
 * returned as given.
 */
export function formatDateTime(when: string | Date, lang: "id" | "en"): string {
  const d = typeof when === "string" ? new Date(when) : when;
  if (Number.isNaN(d.getTime())) return String(when);
  const hh = String(d.getHours()).padStart(2, "0");
  const mm = String(d.getMinutes()).padStart(2, "0");
  return `${d.getDate()} ${MONTH_NAMES[lang][d.getMonth()]} ${d.getFullYear()} ${hh}${lang === "id" ? "." : ":"}${mm}`;
}
