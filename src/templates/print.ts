// Print geometry of the installed sheets: column widths that hold the largest figure a number
// format may show, row heights that show wrapped text whole, and the page each sheet fits on.
// Units: column width in characters of the default font (Calibri 11, as Excel and exceljs
// count them), row height in points. Estimates err on the wide side: a wider column costs a
// little print scale, a narrow one prints "###".

import type { ColumnType } from "./types";

/** Points per line of Calibri 11 text, and the padding around a cell's text. */
export const LINE_PT = 15;
const PAD_PT = 3;
/** Bold Calibri runs about 10 % wider than regular. */
const BOLD = 1.1;
/** Characters of cell padding Excel keeps inside a column. */
const CELL_PAD = 1.5;
/**
 * Wrapped text is laid out for a font up to 20 % wider than Calibri: where Calibri is missing
 * (LibreOffice on Linux falls back to DejaVu Sans) text must still not overprint the next row.
 */
const WIDE_FONT = 1.2;

/**
 * The widest text a number format may show in a column of this type, in characters:
 * rupiah up to 999 miliar with a minus sign ("-999.999.999.999"), counts up to 9.999.999,
 * percentages up to "-999,99%", scores up to "9.999,99".
 */
export function formatBudget(format: string, type: ColumnType): number {
  if (format === "@" || format === "General") return 0;
  if (format.includes("%")) {
    const d = /0\.(0+)/.exec(format)?.[1].length ?? 0;
    return 4 + (d ? d + 1 : 0) + 1;
  }
  if (format.includes("#,##0")) return type === "integer" ? 9 : 16;
  const d = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  return format === "0" ? 3 : 5 + (d ? d + 1 : 0);
}

/** Text as Indonesian Excel shows a number at this format (for widths only: length matters). */
export function shownLength(value: unknown, format: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== "number") return String(value).length;
  const pct = format.includes("%") && !format.includes('"%"');
  const d = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  const x = Math.abs(pct ? value * 100 : value).toFixed(d);
  const [int, frac] = x.split(".");
  const grouped = format.includes("#,##0") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
  return (value < 0 ? 1 : 0) + grouped.length + (frac ? frac.length + 1 : 0) + (format.includes("%") ? 1 : 0);
}

/** Column width (characters) for text of `chars` characters. */
export function widthFor(chars: number, bold = false): number {
  return Math.ceil(chars * (bold ? BOLD : 1) + CELL_PAD);
}

/** Column width that holds a header's longest word whole, in the wider fallback font too. */
export function wordWidth(chars: number): number {
  return Math.ceil(chars * BOLD * WIDE_FONT + CELL_PAD);
}

/** The longest word of a text: a column narrower than it would break the word. */
export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => w.length));
}

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor((width - CELL_PAD) / ((bold ? BOLD : 1) * WIDE_FONT)));
  let lines = 0;
  for (const para of text.split("\n")) {
    let line = 0;
    lines++;
    for (const w of para.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? w.length : line + 1 + w.length;
      if (need <= room) line = need;
      else if (line === 0) {
        lines += Math.ceil(w.length / room) - 1;
        line = w.length % room || room;
      } else {
        lines++;
        line = w.length;
      }
    }
  }
  return lines;
}

/** Row height (points) for a number of text lines at a font size. */
export function heightFor(lines: number, size = 11): number {
  return Math.ceil(lines * LINE_PT * (size / 11) + PAD_PT);
}

/**
 * A4 printable width in column characters at 100 % with 0.5" side margins: one character of
 * Calibri 11 is about 7 px = 5.25 pt, portrait 7.27" = 523 pt, landscape 10.69" = 770 pt.
 * A sheet wider than portrait prints landscape; fit-to-width shrinks what is wider still.
 */
export const PORTRAIT_CHARS = 98;

export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Text for a header/footer section: "&" is a code there, so a literal one is doubled. */
export function footerText(s: string): string {
  return s.replace(/&/g, "&&");
}
