// Bad and odd input files, generated at test time (no committed binaries): a minimal zip
// writer, a minimal .xlsx built part by part (so a sheet can be damaged or oversized on
// purpose), an Excel "encrypted package" container (OLE/CFB), random bytes, a zip bomb.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  store?: boolean;
}

/** An entry whose deflated body is given (so one body can be reused: a zip bomb). */
export interface DeflatedEntry {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

/**
 * A standard zip (local headers, central directory, end record). With zip64, every entry
 * carries its sizes and offset in a Zip64 extra field (32-bit fields saturated) and the end
 * records are Zip64, as some .NET and Java writers do even for tiny files.
 */
export function zip(entries: (ZipEntry | DeflatedEntry)[], opts: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    let body: Buffer;
    let crc: number;
    let size: number;
    let method = 8;
    if ("deflated" in e) {
      body = e.deflated;
      crc = e.crc;
      size = e.size;
    } else {
      const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, "utf8");
      body = e.store ? raw : zlib.deflateRawSync(raw, { level: 9 });
      crc = zlib.crc32(raw) >>> 0;
      size = raw.length;
      if (e.store) method = 0;
    }
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(opts.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(opts.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(opts.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 42);
    let extra = Buffer.alloc(0);
    if (opts.zip64) {
      extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      central.writeUInt16LE(extra.length, 30);
    }
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  if (!opts.zip64) return Buffer.concat([...locals, cd, end]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, cd, end64, locator, end]);
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export type FixtureCell = number | string | null;

/** sheetData XML for a block of rows starting at A1 (strings inline). */
export function sheetXml(rows: FixtureCell[][]): string {
  const colName = (c: number) => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = `${colName(c)}${r + 1}`;
          if (v === null) return "";
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return wrapSheetData(body);
}

export function wrapSheetData(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A minimal, valid .xlsx: one part per sheet, given as worksheet XML. */
export function xlsx(sheets: { name: string; xml: string | Buffer | DeflatedEntry }[], extra: ZipEntry[] = []): Buffer {
  const ct =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    `</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets></workbook>`;
  const wbRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `</Relationships>`;
  return zip([
    { name: "[Content_Types].xml", data: ct },
    { name: "_rels/.rels", data: rels },
    { name: "xl/workbook.xml", data: wb },
    { name: "xl/_rels/workbook.xml.rels", data: wbRels },
    ...sheets.map((s, i) => {
      const name = `xl/worksheets/sheet${i + 1}.xml`;
      return typeof s.xml === "string" || Buffer.isBuffer(s.xml) ? { name, data: s.xml } : { ...s.xml, name };
    }),
    ...extra,
  ]);
}

/** A small consistent budget table: the rest of a workbook that can be read. */
export const BUDGET_ROWS: FixtureCell[][] = [
  ["BELANJA", "PAGU", "REALISASI"],
  ["Belanja Pegawai", 2242327000, 2241548521],
  ["Belanja Barang", 5147457000, 5002887280],
  ["Belanja Modal", 2672576000, 2667854000],
  ["JUMLAH", 10062360000, 9912289801],
];

/**
 * What Excel writes when a workbook is saved with a password: not a zip but an OLE compound
 * file (CFB, magic D0 CF 11 E0 A1 B1 1A E1) holding the streams "EncryptionInfo" and
 * "EncryptedPackage" (MS-OFFCRYPTO). This builds a structurally valid CFB (v3, 512-byte
 * sectors) with those two directory entries and opaque stream bodies.
 */
export function encryptedPackage(streams: [string, string] = ["EncryptionInfo", "EncryptedPackage"]): Buffer {
  const SECTOR = 512;
  const FREESECT = 0xffffffff;
  const ENDOFCHAIN = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  // Sectors: 0 = FAT, 1 = directory, 2..9 = EncryptionInfo (4096 bytes, regular stream),
  // 10..17 = EncryptedPackage (4096 bytes).
  const header = Buffer.alloc(SECTOR);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // sector shift: 512
  header.writeUInt16LE(6, 0x20); // mini sector shift: 64
  header.writeUInt32LE(1, 0x2c); // number of FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(0, 0x40);
  header.writeUInt32LE(ENDOFCHAIN, 0x44); // no DIFAT sectors
  header.writeUInt32LE(0, 0x48);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREESECT, 0x4c + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  const chain = (from: number, count: number) => {
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? ENDOFCHAIN : from + i + 1, (from + i) * 4);
  };
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);
  chain(2, 8);
  chain(10, 8);

  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, start: number, size: number, left: number, right: number, child: number) => {
    const o = i * 128;
    const n = Buffer.from(name + "\0", "utf16le");
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 0x40);
    dir.writeUInt8(type, o + 0x42);
    dir.writeUInt8(1, o + 0x43); // black
    dir.writeUInt32LE(left, o + 0x44);
    dir.writeUInt32LE(right, o + 0x48);
    dir.writeUInt32LE(child, o + 0x4c);
    dir.writeUInt32LE(start, o + 0x74);
    dir.writeUInt32LE(size, o + 0x78);
  };
  const NOSTREAM = 0xffffffff;
  entry(0, "Root Entry", 5, ENDOFCHAIN, 0, NOSTREAM, NOSTREAM, 1);
  entry(1, streams[0], 2, 2, 4096, NOSTREAM, 2, NOSTREAM);
  entry(2, streams[1], 2, 10, 4096, NOSTREAM, NOSTREAM, NOSTREAM);
  // Unused entries are empty with no siblings.
  for (let i = 3; i < 4; i++) {
    dir.writeUInt32LE(NOSTREAM, i * 128 + 0x44);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 0x48);
    dir.writeUInt32LE(NOSTREAM, i * 128 + 0x4c);
  }
  const info = Buffer.alloc(4096);
  info.writeUInt16LE(4, 0); // Agile encryption version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  Buffer.from('<?xml version="1.0" encoding="UTF-8"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>', "utf8").copy(info, 8);
  const pkg = crypto.randomBytes(4096);
  return Buffer.concat([header, fat, dir, info, pkg]);
}

/** A legacy Excel 97–2003 workbook (.xls): the same OLE container holding a "Workbook" stream, no encryption. */
export function legacyXls(): Buffer {
  return encryptedPackage(["Workbook", "\u0005SummaryInformation"]);
}

/** Deterministic random bytes that do not start like a zip or CFB. */
export function randomBytes(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  out[0] = 0x13;
  return out;
}

/**
 * A zip bomb shaped like a workbook: `parts` sheets, each a valid worksheet part padded with
 * spaces to `partBytes` when inflated. One deflated body is shared by every part, so the file
 * stays small (about a thousandth of the inflated size per part, written once per part).
 */
export function zipBombXlsx(parts: number, partBytes: number): Buffer {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`);
  const tail = Buffer.from(`</sheetData></worksheet>`);
  const raw = Buffer.concat([head, Buffer.alloc(Math.max(0, partBytes - head.length - tail.length), 0x20), tail]);
  const part: DeflatedEntry = { name: "", deflated: zlib.deflateRawSync(raw, { level: 9 }), size: raw.length, crc: zlib.crc32(raw) >>> 0 };
  return xlsx(Array.from({ length: parts }, (_x, i) => ({ name: `Bom${i + 1}`, xml: part })));
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
