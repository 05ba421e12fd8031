import { inflateRawSync } from "zlib";
// Zip-bomb guard: reads the zip central directory (no decompression) and refuses archives
// whose declared uncompressed size or entry count exceeds the limits, before exceljs unzips.

export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_ENTRIES = 20000;

export interface ZipSummary {
  entries: number;
  uncompressed: number;
  names: string[];
  /** Entry name → where its local header starts, its method and sizes. */
  where: Map<string, { offset: number; method: number; compressed: number; size: number }>;
}

/** Returns the summary, or null when the buffer has no readable zip central directory. */
export function readZipDirectory(buf: Buffer): ZipSummary | null {
  const minEocd = 22;
  if (buf.length < minEocd) return null;
  const from = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - minEocd; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const total = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  const where: ZipSummary["where"] = new Map();
  if (total === 0xffff || cdOffset === 0xffffffff) return { entries: Infinity, uncompressed: Infinity, names: [], where };
  let p = cdOffset;
  let uncompressed = 0;
  const names: string[] = [];
  for (let n = 0; n < total; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return { entries: total, uncompressed: Infinity, names, where };
    uncompressed += size;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    names.push(name);
    where.set(name, { offset: buf.readUInt32LE(p + 42), method: buf.readUInt16LE(p + 10), compressed: buf.readUInt32LE(p + 20), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries: total, uncompressed, names, where };
}

/** The bytes of one entry (stored or deflated), or null when it cannot be read. Size-guarded by the caller. */
export function readZipEntry(buf: Buffer, dir: ZipSummary, name: string): Buffer | null {
  const e = dir.where.get(name);
  if (!e || e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) return null;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const body = buf.subarray(start, start + e.compressed);
  try {
    if (e.method === 0) return Buffer.from(body);
    if (e.method === 8) return inflateRawSync(body, { maxOutputLength: Math.max(1, e.size) });
  } catch {
    return null;
  }
  return null;
}
