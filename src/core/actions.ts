// What pure code asks a host to do. Hosts (Excel via Office.js, .xlsx via exceljs, the
// in-memory fake) apply a list of these in one batch. Addresses are A1 on a named sheet.

import type { CellValue } from "./snapshot";

export interface FillFormat {
  /** "#RRGGBB", or null for no fill. */
  color: string | null;
}

export type Action =
  /** Creates a worksheet; the host must refuse if the name exists (never overwrite). */
  | { kind: "addSheet"; sheet: string; tabColor?: string }
  | { kind: "activate"; sheet: string }
  | { kind: "select"; sheet: string; address: string }
  /**
   * Writes a rectangular block starting at `address` (top-left). `formulas` entries that are
   * null leave the value from `values`; formulas use English function names and "," separators.
   */
  | {
      kind: "write";
      sheet: string;
      address: string;
      values?: CellValue[][];
      formulas?: (string | null)[][];
      numberFormats?: string[][];
    }
  | { kind: "fill"; sheet: string; address: string; fill: FillFormat }
  | { kind: "font"; sheet: string; address: string; bold?: boolean; italic?: boolean; color?: string; size?: number }
  | { kind: "columnWidth"; sheet: string; column: string; width: number }
  /** Height of one row (1-based `row`) in points, so wrapped text shows whole in print. */
  | { kind: "rowHeight"; sheet: string; row: number; height: number }
  /**
   * Print setup: A4, the orientation, fit to one page wide (any number of pages tall), rows
   * repeated on every page ("1:4", 1-based), margins in inches, and a footer whose parts use
   * Excel's header/footer codes (&P page, &N pages; a literal "&" must be written "&&").
   */
  | { kind: "pageSetup"; sheet: string; orientation: "portrait" | "landscape"; printTitleRows?: string; footer: { left?: string; center?: string; right?: string }; margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number } }
  | { kind: "merge"; sheet: string; address: string }
  | { kind: "wrap"; sheet: string; address: string }
  | { kind: "border"; sheet: string; address: string }
  | { kind: "freeze"; sheet: string; rows: number; columns: number }
  /** An Excel table (ListObject) over `address`, header row included. */
  | { kind: "addTable"; sheet: string; address: string; name: string; style?: string }
  /** A workbook-scoped defined name. */
  | { kind: "addName"; name: string; sheet: string; address: string; comment?: string }
  | { kind: "validationList"; sheet: string; address: string; choices: string[] }
  | { kind: "setSetting"; key: string; value: string }
  | { kind: "protect"; sheet: string };

export type ActionKind = Action["kind"];
