// Reads an .xlsx file into a WorkbookSnapshot in one pass per part: the zip directory (./zip),
// then each XML part streamed through saxes straight into the snapshot's rows. It reads what
// Excel reads: Transitional and Strict OOXML, prefixed namespaces (<x:c>), the 1904 date system,
// rich text, shared formulas, cached results (0 included), sheet-scoped names, Zip64, long sheet
// names. Merged ranges, validations and names stay strings (never expanded into cells); memory
// follows the cells the file holds (./limits). Reading never writes the file.
// Settings live in a hidden sheet "_lkjip_settings" (column A key, column B JSON value), the
// same place the .xlsx writer puts them.
import { promises as fs, constants as fsc } from "fs";
import { SaxesParser } from "saxes";
import { columnIndex, toA1, tryParseA1 } from "../../core/address";
import { EMPTY_ROW, markSparse, type CellValue, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from "../../core/snapshot";
import { formatNumberId, formatNumberOmspan } from "../../core/numbers";
import { WorkbookReadError } from "./readErrors";
import { MAX_CELLS, MAX_COL, MAX_ENTRIES, MAX_FILE_BYTES, MAX_ROW, MAX_ROW_SLOTS, MAX_SHARED_STRINGS, MAX_SHEETS, MAX_UNCOMPRESSED_BYTES } from "./limits";
import { partKey, readEntry, readZip, ZipEntryError, type ZipArchive } from "./zip";

export { WorkbookReadError } from "./readErrors";
export const SETTINGS_SHEET = "_lkjip_settings";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface ReadOptions {
  maxUncompressedBytes?: number;
  maxCells?: number;
  /** Called with the phase and a fraction done (0..1), for a progress display. */
  onProgress?: (phase: "unzip" | "strings" | "sheet", done: number, label?: string) => void;
}

/** Reads a file: only regular files, size checked before reading, magic checked on the first bytes. */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  let fh: fs.FileHandle;
  try {
    fh = await fs.open(path, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(e, path);
  }
  let buf: Buffer;
  try {
    const st = await fh.stat();
    if (st.isDirectory() || !st.isFile()) throw new WorkbookReadError("not-a-file", path);
    if (st.size > MAX_FILE_BYTES) throw new WorkbookReadError("file-too-large", path, { limit: Math.round(MAX_FILE_BYTES / 1048576) });
    if (st.size === 0) throw new WorkbookReadError("empty", path);
    const head = Buffer.alloc(Math.min(8, st.size));
    await fh.read(head, 0, head.length, 0);
    // An OLE container is read whole (within the size limit) to tell an old .xls from a password-protected .xlsx.
    if (!(head.length >= 8 && head.equals(OLE_MAGIC))) checkMagic(head, path);
    buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const { bytesRead } = await fh.read(buf, at, st.size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    if (at < st.size) buf = buf.subarray(0, at);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw openError(e, path);
  } finally {
    await fh.close();
  }
  return readWorkbookBuffer(buf, path, options);
}

/** The read error for a failed open/stat/read of `path` (errno code → kind). */
export function openError(e: unknown, path: string): WorkbookReadError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return new WorkbookReadError("permission", path);
  if (code === "EISDIR") return new WorkbookReadError("not-a-file", path);
  if (code === "EFBIG" || code === "ERR_FS_FILE_TOO_LARGE") return new WorkbookReadError("file-too-large", path, { limit: Math.round(MAX_FILE_BYTES / 1048576) });
  if (code === "ENOENT" || code === "ENOTDIR") return new WorkbookReadError("not-found", path);
  return new WorkbookReadError("corrupt", path);
}

function checkMagic(head: Buffer, path: string, whole?: Buffer): void {
  if (head.length >= 8 && head.subarray(0, 8).equals(OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers with an "EncryptedPackage" stream.
    const encrypted = whole ? whole.includes(Buffer.from("EncryptedPackage", "utf16le")) : true;
    throw new WorkbookReadError(encrypted ? "encrypted" : "legacy-xls", path);
  }
  if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50) throw new WorkbookReadError("not-xlsx", path);
}

export async function readWorkbookBuffer(buf: Buffer, path: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return readBufferSync(buf, path, options);
}

/** The synchronous core: buffer → snapshot. Throws WorkbookReadError only. */
export function readBufferSync(buf: Buffer, path: string, options: ReadOptions = {}): WorkbookSnapshot {
  if (buf.length === 0) throw new WorkbookReadError("empty", path);
  if (buf.subarray(0, 8).equals(OLE_MAGIC)) checkMagic(buf.subarray(0, 8), path, buf);
  checkMagic(buf.subarray(0, 8), path);
  const zip = readZip(buf);
  if (!zip) throw new WorkbookReadError("corrupt", path);
  const limit = options.maxUncompressedBytes ?? MAX_UNCOMPRESSED_BYTES;
  if (zip.uncompressed > limit) throw new WorkbookReadError("too-large", path, { limit: Math.round(limit / 1048576) });
  if (zip.entries.length > MAX_ENTRIES) throw limitError(path, MAX_ENTRIES, "entri zip", "zip entries");
  try {
    return new Reader(buf, zip, path, options).read();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof ZipEntryError) throw new WorkbookReadError("corrupt", path);
    if (e instanceof RangeError) throw limitError(path, MAX_CELLS, "sel", "cells");
    throw new WorkbookReadError("corrupt", path);
  }
}

function limitError(path: string, limit: number, what: string, whatEn: string): WorkbookReadError {
  return new WorkbookReadError("limit", path, { limit: formatNumberId(limit), limit_en: formatNumberOmspan(limit), what, what_en: whatEn });
}

class SheetError extends Error {
  constructor(readonly reason: "damaged" | "limits") {
    super(reason);
  }
}

/** Local name of a prefixed XML name ("x:c" → "c"). */
function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** Attribute by local name, ignoring the prefix (r:id, x:r, plain r). */
function attr(attrs: Record<string, string>, name: string, prefixed = false): string | undefined {
  const v = attrs[name];
  if (v !== undefined && !prefixed) return v;
  for (const k in attrs) {
    const i = k.indexOf(":");
    if (i >= 0 && k.slice(i + 1) === name && k.slice(0, i) !== "xmlns") return attrs[k];
  }
  return prefixed ? undefined : v;
}

type Handlers = {
  open?: (name: string, attrs: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (t: string) => void;
};

const CHUNK = 1 << 20;
/** Empty columns a row may skip before it is stored sparse (holes) instead of padded with null. */
const SPARSE_GAP = 64;

/** Streams one XML part through saxes; element names reach the handlers without their prefix. */
function parseXml(bytes: Buffer, h: Handlers, stop?: () => boolean): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failed: Error | null = null;
  parser.on("error", (e) => {
    failed ??= e;
  });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (t) => open(local(t.name), t.attributes as Record<string, string>));
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (t) => close(local(t.name)));
  }
  if (h.text) {
    parser.on("text", h.text);
    parser.on("cdata", h.text);
  }
  let enc: "utf-8" | "utf-16le" | "utf-16be" = "utf-8";
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    enc = "utf-16le";
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    enc = "utf-16be";
    start = 2;
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const dec = new TextDecoder(enc);
  for (let at = start; at < bytes.length; at += CHUNK) {
    parser.write(dec.decode(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)), { stream: true }));
    if (failed) throw failed;
    if (stop?.()) return;
  }
  parser.write(dec.decode());
  parser.close();
  if (failed) throw failed;
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const REF_IN_FORMULA = /('(?:[^']|'')*'|"(?:[^"]|"")*")|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** A shared formula's text as seen from a cell dr rows and dc columns away from its master. */
export function shiftFormula(f: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return f;
  return f.replace(REF_IN_FORMULA, (m, quoted: string | undefined, cAbs: string, col: string, rAbs: string, row: string) => {
    if (quoted) return m;
    let c = columnIndex(col) + 1;
    let r = Number(row);
    if (!c || c > MAX_COL || r > MAX_ROW) return m;
    if (!cAbs) c += dc;
    if (!rAbs) r += dr;
    if (c < 1 || r < 1 || c > MAX_COL || r > MAX_ROW) return "#REF!";
    return `${cAbs}${toA1(0, c - 1).replace(/\d+$/, "")}${rAbs}${r}`;
  });
}

/** Excel's "d" cell type holds an ISO 8601 date; Excel stores the serial. */
function isoToSerial(s: string, date1904: boolean): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !/T/.test(s) ? s : `${s}Z`);
  if (!Number.isFinite(t)) return null;
  const serial = t / 86400000 + 25569;
  return date1904 ? serial - 1462 : serial;
}

interface SheetRef {
  name: string;
  part: string;
  state: string;
}


class Reader {
  private cells = 0;
  private slots = 0;
  private sst: string[] = [];
  private xfFormats: string[] = [];
  private date1904 = false;
  private uncalculated: { count: number; sheet: string; cell: string } | null = null;
  /** Cells naming a shared string the file does not hold (a missing or cut sharedStrings part). */
  private missingStrings = 0;
  private formulaCount = 0;
  private formulaZeroOrEmpty = 0;
  private readonly maxCells: number;

  constructor(
    private readonly buf: Buffer,
    private readonly zip: ZipArchive,
    private readonly path: string,
    private readonly options: ReadOptions,
  ) {
    this.maxCells = options.maxCells ?? MAX_CELLS;
  }

  private part(name: string): Buffer | null {
    const e = this.zip.byPart.get(partKey(name));
    return e ? readEntry(this.buf, e) : null;
  }

  /** Relationship id → part name, for the .rels of `owner`. */
  private rels(owner: string): Map<string, { target: string; type: string }> {
    const slash = owner.lastIndexOf("/");
    const dir = owner.slice(0, slash + 1);
    const file = owner.slice(slash + 1);
    const bytes = this.part(`${dir}_rels/${file}.rels`);
    const out = new Map<string, { target: string; type: string }>();
    if (!bytes) return out;
    parseXml(bytes, {
      open: (n, a) => {
        if (n !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
        out.set(a.Id, { target: resolvePart(dir, a.Target), type: a.Type ?? "" });
      },
    });
    return out;
  }

  read(): WorkbookSnapshot {
    const path = this.path;
    this.options.onProgress?.("unzip", 0);
    let wbPart = "xl/workbook.xml";
    for (const r of this.rels("").values()) if (/\/officeDocument$/.test(r.type)) wbPart = r.target;
    const wbXml = this.part(wbPart);
    if (!wbXml) throw new WorkbookReadError("not-xlsx", path);
    const wbRels = this.rels(wbPart);
    const sheetRefs: SheetRef[] = [];
    const names: { name: string; text: string; local?: number; hidden: boolean }[] = [];
    let fullCalcOnLoad = false;
    let inName: { name: string; text: string; local?: number; hidden: boolean } | null = null;
    try {
      parseXml(wbXml, {
        open: (n, a) => {
          if (n === "workbookPr") this.date1904 = a.date1904 === "1" || a.date1904 === "true";
          else if (n === "calcPr") fullCalcOnLoad = a.fullCalcOnLoad === "1" || a.fullCalcOnLoad === "true";
          else if (n === "sheet") {
            const rid = attr(a, "id", true);
            const rel = rid ? wbRels.get(rid) : undefined;
            if (sheetRefs.length >= MAX_SHEETS) throw limitError(path, MAX_SHEETS, "lembar", "sheets");
            if (rel && !/\/(chartsheet|dialogsheet|macrosheet)$/i.test(rel.type)) sheetRefs.push({ name: a.name ?? "", part: rel.target, state: a.state ?? "visible" });
          } else if (n === "definedName") {
            inName = { name: a.name ?? "", text: "", local: a.localSheetId !== undefined ? Number(a.localSheetId) : undefined, hidden: a.hidden === "1" || a.hidden === "true" };
          }
        },
        text: (t) => {
          if (inName) inName.text += t;
        },
        close: (n) => {
          if (n === "definedName" && inName) {
            names.push(inName);
            inName = null;
          }
        },
      });
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      throw new WorkbookReadError("corrupt", path);
    }
    this.readSharedStrings(wbRels);
    this.readStyles(wbRels);

    const sheets: SheetSnapshot[] = [];
    const tables: TableSnapshot[] = [];
    const settings: Record<string, string> = {};
    sheetRefs.forEach((ref, i) => {
      this.options.onProgress?.("sheet", i / Math.max(1, sheetRefs.length), ref.name);
      const bytes = (() => {
        try {
          return this.part(ref.part);
        } catch {
          throw new WorkbookReadError("sheet-damaged", path, { sheet: ref.name });
        }
      })();
      if (!bytes) {
        // A sheet listed without its part: Excel repairs it to an empty sheet; so do we, but say so.
        throw new WorkbookReadError("sheet-damaged", path, { sheet: ref.name });
      }
      let sheet: SheetSnapshot;
      try {
        sheet = this.readSheet(ref, bytes);
      } catch (e) {
        if (e instanceof WorkbookReadError) throw e;
        if (e instanceof SheetError && e.reason === "limits") throw new WorkbookReadError("sheet-limits", path, { sheet: ref.name });
        if (e instanceof RangeError) throw limitError(path, this.maxCells, "sel", "cells");
        throw new WorkbookReadError("sheet-damaged", path, { sheet: ref.name });
      }
      if (ref.name === SETTINGS_SHEET) {
        readSettings(sheet, settings);
        return;
      }
      sheets.push(sheet);
      for (const t of this.sheetTables(ref)) tables.push(t);
    });
    this.options.onProgress?.("sheet", 1);
    // Workbook-scoped names first, so a lookup by name finds the workbook's own before a copy's.
    const ordered = [...names.filter((n) => n.local === undefined), ...names.filter((n) => n.local !== undefined)];
    for (const n of ordered) {
      if (!n.name || n.hidden || /^_xlnm\./i.test(n.name)) continue;
      const target = parseNameRange(n.text);
      if (!target) continue;
      const scope = n.local !== undefined ? sheetRefs[n.local]?.name : undefined;
      if (n.local !== undefined && !scope) continue;
      tables.push({ name: n.name, sheet: target.sheet, range: target.range, kind: "name", ...(scope ? { scope } : {}) });
    }
    // Labels lost to a missing sharedStrings part would make every table unreadable without a word: refuse.
    if (this.missingStrings > 0) throw new WorkbookReadError("strings-missing", this.path, { count: this.missingStrings });
    if (!this.uncalculated && fullCalcOnLoad && this.formulaCount > 0 && this.formulaZeroOrEmpty === this.formulaCount) {
      // "Recalculate on load" with every cached result 0 or missing: the file was never calculated.
      this.uncalculated = { count: this.formulaCount, sheet: sheets[0]?.name ?? "", cell: "A1" };
    }
    return {
      sheets,
      tables,
      settings,
      source: path,
      readAt: new Date().toISOString(),
      ...(this.date1904 ? { date1904: true } : {}),
      ...(this.uncalculated ? { uncalculated: this.uncalculated } : {}),
    };
  }

  private readSharedStrings(wbRels: Map<string, { target: string; type: string }>): void {
    let partName: string | undefined;
    for (const r of wbRels.values()) if (/\/sharedStrings$/.test(r.type)) partName = r.target;
    const bytes = this.part(partName ?? "xl/sharedStrings.xml");
    if (!bytes) return;
    this.options.onProgress?.("strings", 0);
    const sst = this.sst;
    let depth = 0; // inside <si>
    let phonetic = 0; // inside <rPh>: ruby text, not part of the value
    let inT = false;
    let cur = "";
    try {
      parseXml(bytes, {
        open: (n) => {
          if (n === "si") {
            depth = 1;
            cur = "";
          } else if (n === "rPh") phonetic++;
          else if (n === "t" && depth && !phonetic) inT = true;
        },
        text: (t) => {
          if (inT) cur += t;
        },
        close: (n) => {
          if (n === "t") inT = false;
          else if (n === "rPh") phonetic--;
          else if (n === "si") {
            if (sst.length >= MAX_SHARED_STRINGS) throw limitError(this.path, MAX_SHARED_STRINGS, "teks bersama", "shared strings");
            sst.push(unescapeOoxml(cur));
            depth = 0;
          }
        },
      });
    } catch (e) {
      if (e instanceof WorkbookReadError) throw e;
      throw new WorkbookReadError("corrupt", this.path);
    }
  }

  private readStyles(wbRels: Map<string, { target: string; type: string }>): void {
    let partName: string | undefined;
    for (const r of wbRels.values()) if (/\/styles$/.test(r.type)) partName = r.target;
    const bytes = this.part(partName ?? "xl/styles.xml");
    if (!bytes) return;
    const custom = new Map<number, string>();
    const xfIds: number[] = [];
    let inXfs = false;
    let done = false;
    try {
      parseXml(
        bytes,
        {
          open: (n, a) => {
            if (n === "numFmt" && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "General");
            else if (n === "cellXfs") inXfs = true;
            else if (n === "xf" && inXfs) xfIds.push(Number(a.numFmtId ?? 0));
          },
          close: (n) => {
            if (n === "cellXfs") {
              inXfs = false;
              done = true;
            }
          },
        },
        // cellXfs is all we need; large styles parts (fonts, dxfs, themes) are not read further.
        () => done,
      );
    } catch {
      // Styles only give number formats; a damaged styles part leaves every cell "General".
    }
    this.xfFormats = xfIds.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
  }

  private sheetTables(ref: SheetRef): TableSnapshot[] {
    const out: TableSnapshot[] = [];
    for (const r of this.rels(ref.part).values()) {
      if (!/\/table$/.test(r.type)) continue;
      let bytes: Buffer | null = null;
      try {
        bytes = this.part(r.target);
      } catch {
        continue;
      }
      if (!bytes) continue;
      try {
        parseXml(bytes, {
          open: (n, a) => {
            if (n === "table" && a.ref && (a.displayName || a.name)) out.push({ name: a.displayName || a.name, sheet: ref.name, range: a.ref.replace(/\$/g, ""), kind: "table" });
          },
        });
      } catch {
        // A damaged table part: the sheet's cells are still read.
      }
    }
    return out;
  }

  private readSheet(ref: SheetRef, bytes: Buffer): SheetSnapshot {
    // Rows by absolute 0-based index, each indexed by absolute 0-based column; shifted to the
    // used range's origin at the end. A gap of more than SPARSE_GAP empty columns leaves holes
    // (the row is marked sparse) instead of nulls, so a value in XFD costs one entry.
    const vals: CellValue[][] = [];
    let fmls: (string | null)[][] | null = null;
    let fmts: string[][] | null = null;
    const sparse = new Set<number>();
    let top = Infinity;
    let bottom = -1;
    const shared = new Map<string, { f: string; row: number; col: number }>();
    const merged: string[] = [];
    // Row outline (grouping) levels, only rows that have one; and where Excel puts the summary row.
    let outline: Record<number, number> | undefined;
    let summaryAbove = false;
    const hiddenRows: number[] = [];
    let rowNo = 0; // 1-based current row
    let colNo = 0; // 1-based last cell's column
    let inCell = false;
    let cType = "n";
    let cStyle = 0;
    let cRow = 0;
    let cCol = 0;
    let capture: "v" | "f" | "t" | null = null;
    let inIs = false;
    let phonetic = 0;
    let v: string | null = null;
    let f: string | null = null;
    let fAttrs: Record<string, string> | null = null;
    let isText = "";
    let buf = "";
    let minCol = Infinity;
    let sheetDepth = 0;
    let inSheetData = false;
    const date1904 = this.date1904;


    const finishCell = () => {
      let formula: string | null = null;
      if (fAttrs) {
        const t = fAttrs.t;
        const text = (f ?? "").trim();
        if (t === "shared" && fAttrs.si !== undefined) {
          if (text) shared.set(fAttrs.si, { f: text, row: cRow, col: cCol });
          else {
            const m = shared.get(fAttrs.si);
            if (m) formula = `=${shiftFormula(m.f, cRow - m.row, cCol - m.col)}`;
          }
          if (text) formula = `=${text}`;
        } else if (t !== "dataTable" && text) formula = `=${text}`;
      }
      let value: CellValue = null;
      const raw = v;
      switch (cType) {
        case "s": {
          const i = raw === null ? NaN : Number(raw);
          value = Number.isInteger(i) && i >= 0 && i < this.sst.length ? this.sst[i] : null;
          if (value === null && raw !== null) this.missingStrings++;
          break;
        }
        case "inlineStr":
          value = unescapeOoxml(isText);
          break;
        case "str":
          value = raw === null ? null : unescapeOoxml(raw);
          break;
        case "b":
          value = raw === null ? null : raw.trim() === "1" || raw.trim().toLowerCase() === "true";
          break;
        case "e":
          value = raw === null ? null : { error: raw.trim() };
          break;
        case "d":
          value = raw === null ? null : isoToSerial(raw.trim(), date1904);
          if (value === null && raw !== null) value = { error: "#VALUE!" };
          break;
        default: {
          if (raw === null || raw.trim() === "") value = null;
          else {
            const n = Number(raw);
            // NaN, INF and 1e309 are no Excel number: the cell holds an error, not a figure.
            value = Number.isFinite(n) ? n : { error: "#NUM!" };
          }
        }
      }
      if (formula) {
        this.formulaCount++;
        if (value === null || value === 0) this.formulaZeroOrEmpty++;
        if (raw === null && value === null) {
          if (this.uncalculated) this.uncalculated.count++;
          else this.uncalculated = { count: 1, sheet: ref.name, cell: toA1(cRow - 1, cCol - 1) };
        }
      }
      if (value === null && !formula) return;
      if (++this.cells > this.maxCells) throw limitError(this.path, this.maxCells, "sel", "cells");
      const r = cRow - 1;
      const c = cCol - 1;
      let row = vals[r];
      if (!row) {
        row = vals[r] = [];
        if (r < top) top = r;
        if (r > bottom) bottom = r;
      }
      const gap = c - row.length;
      if (gap > SPARSE_GAP) sparse.add(r);
      else for (let k = 0; k < gap; k++) row.push(null);
      row[c] = value;
      if (formula) {
        fmls ??= [];
        (fmls[r] ??= [])[c] = formula;
      }
      const fmt = cStyle ? this.xfFormats[cStyle] : undefined;
      if (fmt && fmt !== "General") {
        fmts ??= [];
        (fmts[r] ??= [])[c] = fmt;
      }
      if (c < minCol) minCol = c;
    };

    parseXml(bytes, {
      open: (n, a) => {
        if (!sheetDepth) {
          sheetDepth = 1;
          return;
        }
        if (n === "sheetData") inSheetData = true;
        else if (n === "row" && inSheetData) {
          const r = a.r !== undefined ? Number(a.r) : rowNo + 1;
          if (!Number.isInteger(r) || r < 1) throw new SheetError("damaged");
          if (r > MAX_ROW) throw new SheetError("limits");
          rowNo = r;
          colNo = 0;
          if (a.hidden === "1" || a.hidden === "true") hiddenRows.push(r - 1);
          const level = a.outlineLevel !== undefined ? Number(a.outlineLevel) : 0;
          if (Number.isInteger(level) && level > 0 && level <= 7) (outline ??= {})[r - 1] = level;
        } else if (n === "outlinePr" && (a.summaryBelow === "0" || a.summaryBelow === "false")) summaryAbove = true;
        else if (n === "c" && inSheetData) {
          inCell = true;
          cType = a.t ?? "n";
          cStyle = a.s ? Number(a.s) || 0 : 0;
          v = null;
          f = null;
          fAttrs = null;
          isText = "";
          if (a.r !== undefined) {
            const p = tryParseA1(a.r);
            if (!p) throw new SheetError("damaged");
            if (p.row >= MAX_ROW || p.col >= MAX_COL) throw new SheetError("limits");
            cRow = p.row + 1;
            cCol = p.col + 1;
            if (rowNo === 0) rowNo = cRow;
          } else {
            cRow = rowNo || 1;
            cCol = colNo + 1;
            if (cCol > MAX_COL) throw new SheetError("limits");
          }
          colNo = cCol;
        } else if (inCell) {
          if (n === "v") {
            capture = "v";
            buf = "";
          } else if (n === "f") {
            capture = "f";
            buf = "";
            fAttrs = a;
          } else if (n === "is") inIs = true;
          else if (n === "rPh") phonetic++;
          else if (n === "t" && inIs && !phonetic) {
            capture = "t";
            buf = "";
          }
        } else if (n === "mergeCell" && a.ref) merged.push(a.ref);
      },
      text: (t) => {
        if (capture) buf += t;
      },
      close: (n) => {
        if (capture && n === capture) {
          if (capture === "v") v = buf;
          else if (capture === "f") f = buf;
          else isText += buf;
          capture = null;
        } else if (n === "rPh") phonetic--;
        else if (n === "is") inIs = false;
        else if (n === "c" && inCell) {
          inCell = false;
          finishCell();
        } else if (n === "sheetData") inSheetData = false;
      },
    });

    const visible = ref.state === "visible";
    if (bottom < 0) return { name: ref.name, origin: { row: 0, col: 0 }, values: [], visible, merged };
    const hidden = hiddenRows.length ? { hiddenRows } : {};
    const left = minCol;
    const shift = <T>(rows: T[][] | null, r: number): T[] | undefined => {
      const row = rows?.[r];
      if (!row) return undefined;
      const out = left === 0 ? row : sparse.has(r) ? shiftSparse(row, left) : row.slice(left);
      return sparse.has(r) ? markSparse(out) : out;
    };
    const values: CellValue[][] = new Array<CellValue[]>(bottom - top + 1).fill(EMPTY_ROW);
    const formulas: (string | null)[][] | undefined = fmls ? [] : undefined;
    const numberFormats: string[][] | undefined = fmts ? [] : undefined;
    for (let r = top; r <= bottom; r++) {
      const row = shift(vals, r);
      if (!row) continue;
      this.slots += row.length;
      if (this.slots > MAX_ROW_SLOTS) throw limitError(this.path, MAX_ROW_SLOTS, "kolom terpakai per baris", "row slots");
      values[r - top] = row;
      const fr = shift(fmls as (string | null)[][] | null, r);
      if (fr && formulas) formulas[r - top] = fr;
      const nr = shift(fmts as string[][] | null, r);
      if (nr && numberFormats) numberFormats[r - top] = nr;
    }
    return {
      name: ref.name,
      origin: { row: top, col: left },
      values,
      ...(formulas ? { formulas } : {}),
      ...(numberFormats ? { numberFormats } : {}),
      visible,
      merged,
      ...hidden,
      ...(outline ? { outline: { levels: outline, summaryAbove } } : {}),
    };
  }
}

/** Entries a sparse row holds, moved `left` columns to the left. */
function shiftSparse<T>(row: T[], left: number): T[] {
  const out: T[] = [];
  for (const k in row) out[Number(k) - left] = row[k];
  return out;
}

function resolvePart(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** OOXML escapes characters XML cannot carry as _xHHHH_ (a literal "_x" is written _x005F_x). */
function unescapeOoxml(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** "Sheet1!$B$4:$F$9" / "'Rekap ''24'!B4" → sheet and range; null for anything else. */
function parseNameRange(text: string): { sheet: string; range: string } | null {
  const m = /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!,()\s"]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/.exec(text);
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: m[3].replace(/\$/g, "").toUpperCase() };
}

function readSettings(sheet: SheetSnapshot, settings: Record<string, string>): void {
  if (sheet.origin.col > 0) return;
  sheet.values.forEach((row) => {
    const k = row[0];
    const v = row[1];
    if (typeof k === "string" && k) settings[k] = typeof v === "string" ? v : v === null || v === undefined ? "" : typeof v === "object" ? v.error : String(v);
  });
}
