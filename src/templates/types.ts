// Declarative sheet schemas: one description of each LKjIP table that both the installer
// (values, formulas, formats) and the auditor (relations) read. Pure data, no host code.

import type { CellValue } from "../core/snapshot";
import type { CategoryScheme, Polarity, Quantity } from "../core/relations";

export interface Text {
  id: string;
  en: string;
}

/**
 * A cell of a table. `row` is a row key ("$" = the row being defined), `col` a column key
 * ("$" = the column being defined); `table` defaults to the table being defined.
 */
export interface Ref {
  table?: string;
  row: string;
  col: string;
}

/** Several rows of one column: listed keys, or every open data row ("data"). */
export interface RowsRef {
  table?: string;
  rows: string[] | "data";
  col: string;
}

export type Operand = Ref | RowsRef;

export function isRowsRef(o: Operand): o is RowsRef {
  return (o as RowsRef).rows !== undefined;
}

/** The relation DSL. Every kind maps to a core RelationKind; "ikpaFinal" is formula-only sugar. */
export type Expr =
  | { kind: "sum"; of: Operand[] }
  /** num / den × scale; `whenZero` is what an empty/zero denominator yields ("" by default). */
  | { kind: "ratio"; num: Ref; den: Ref; scale?: number; whenZero?: number | "" }
  | { kind: "difference"; a: Ref; b: Ref }
  | { kind: "same"; of: Ref }
  | { kind: "capaian"; realisasi: Ref; target: Ref; polarity: Ref | Polarity }
  /** Mean of the numeric operands; an operand is left out when its paired `weights` cell is exactly 0. */
  | { kind: "mean"; of: Operand[]; round?: number; weights?: Ref[] }
  | { kind: "product"; of: Ref[]; factor?: number; round?: number }
  | { kind: "constant"; value: number | string }
  | { kind: "category"; of: Ref; scheme: CategoryScheme }
  /** Rows of `of` whose value equals `equals` (or every non-empty one). */
  | { kind: "count"; of: RowsRef; equals?: string }
  /** IKPA: ROUND(total × 100 / konversi − dispensasi, 2). Checked as a ratio when no deduction. */
  | { kind: "ikpaFinal"; total: Ref; konversi: Ref; dispensasi?: Ref };

export interface RelationMeta {
  label?: Text;
  sourceLabel?: Text;
  quantity?: Quantity;
  authority?: "target" | "operand";
}

/**
 * How a cell gets its content:
 *  - `formula`: written as an Excel formula and checked by the auditor;
 *  - `check`: the cell is an input, the auditor checks it against the expression;
 *  - `value`: a fixed label or default; `input` marks cells the user types (light fill).
 */
export interface CellSpec extends RelationMeta {
  formula?: Expr;
  check?: Expr;
  value?: CellValue;
  input?: boolean;
  format?: string;
  /**
   * The formula's result stays blank ("") until one of these input cells holds a number: a
   * score or category computed from nothing typed yet is no verdict.
   */
  blankUnless?: Operand[];
  /** A hyperlink to this cell, shown as its sheet and address in words (Ringkasan "Sumber"). */
  link?: Ref;
}

export type ColumnType = "text" | "integer" | "rupiah" | "percent" | "decimal" | "year";

export interface ColumnSpec {
  key: string;
  header: Text;
  type: ColumnType;
  /** Excel number format code (locale-neutral: "#,##0" shows 9.933.860.000 in Indonesian Excel). */
  format?: string;
  width?: number;
  /** A validation list for the column's data rows. */
  choices?: string[];
  /** The column's default cell for data rows (row "$" = this row). */
  cell?: CellSpec;
}

export type RowRole = "data" | "parent" | "subtotal" | "total" | "note";

export interface RowSpec {
  key: string;
  role?: RowRole;
  /** Text cells of the row, by column key (the label column identifies the row for the auditor). */
  labels?: Record<string, CellValue>;
  /** English text of label cells, written instead of `labels` when the sheets are in English. */
  labelsEn?: Record<string, CellValue>;
  /** Cell specs by column key; "*" applies to every non-text column without its own spec. */
  cells?: Record<string, CellSpec>;
  bold?: boolean;
}

export interface TableSchema {
  /** Built from the satker's structure (its sasaran, indicators, kegiatan), not a fixed layout. */
  fromStructure?: boolean;
  /** Stable Excel name (defined name), e.g. "Anggaran_JenisBelanja". */
  name: string;
  /** Sheet id (see SHEETS). */
  sheet: string;
  title: Text;
  /** Which docs/domain.md §2 table(s) this schema covers. */
  domain: number[];
  columns: ColumnSpec[];
  /** Column whose text identifies a row (found by the auditor even when rows move). */
  labelCol: string;
  rows: RowSpec[];
  /**
   * Open tables: data rows come from the sample (or `blankRows` empty rows) and are inserted
   * before the row `before` (or at the end). Fixed rows keep their place.
   */
  open?: { blankRows: number; before?: string; keyPrefix: string };
  /** Column whose cell on each row gets a defined name "<table>.<row key>" (codes live there, not in the sheet). */
  rowNames?: string;
}

export interface SheetSpec {
  id: string;
  name: string;
  tabColor?: string;
}

/** Published figures for a sample: values by table → row key → column key. */
export interface SampleTable {
  /** Open tables: the data rows, each with its key and its cell values by column. */
  rows?: { key: string; values: Record<string, CellValue> }[];
  values?: Record<string, Record<string, CellValue>>;
}

export type SampleData = Record<string, SampleTable>;
