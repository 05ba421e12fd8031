// Limits of reading one .xlsx file. Memory and time follow the cells a file holds; these bound
// what an odd or hostile file can make the reader hold. Exceeding one is a one-line error
// (exit 2) naming the limit, never a hang or an out-of-memory crash.

/** Largest file read at all (checked with stat, before a byte is read). */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
/** Sum of the declared unpacked sizes of the zip entries. */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
/** Zip entries in one file. */
export const MAX_ENTRIES = 20000;
/** Worksheets in one workbook. */
export const MAX_SHEETS = 1000;
/** Cells holding a value or formula, over all sheets. */
export const MAX_CELLS = 5_000_000;
/**
 * Row slots the snapshot's consumers may walk (sum over rows of first-to-last used column):
 * a file with a value in XFD on many rows is refused instead of making every rule walk 16 384
 * columns per row.
 */
export const MAX_ROW_SLOTS = 40_000_000;
/** Shared strings in one workbook. */
export const MAX_SHARED_STRINGS = 5_000_000;
/** Excel's grid. */
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;
