// What the harness page exposes on window.__harness for the end-to-end test to inspect the
// in-memory workbook (the test never reaches into the pane's internals).

export interface CellInfo {
  sheet: string;
  address: string;
}

export interface HarnessApi {
  sheetNames(): string[];
  selection(): CellInfo;
  activeSheet(): string;
  /** "#RRGGBB" or null for no fill. */
  fill(sheet: string, address: string): string | null;
  setFill(sheet: string, address: string, color: string | null): void;
  formula(sheet: string, address: string): string | null;
  /** The cell's value as Excel reports it (computed for a formula). */
  value(sheet: string, address: string): string | number | boolean | null;
  numberFormat(sheet: string, address: string): string;
  /** Everything stored about a sheet (values, formulas, formats, fills…) as JSON, to compare byte for byte. */
  sheetDump(sheet: string): string;
  select(sheet: string, address: string): void;
  /** Renames a sheet behind the pane's back (as a user would in Excel). */
  renameSheet(from: string, to: string): void;
  settings(): Record<string, string>;
  invokeCommand(id: string): Promise<void>;
  showAsTaskpaneCount(): number;
  syncCount(): number;
  /** Ids the functions bundle registered with CustomFunctions.associate. */
  customFunctionIds(): string[];
}

declare global {
  interface Window {
    __harness: HarnessApi;
  }
}
