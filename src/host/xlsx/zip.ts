// Reads the zip container of an .xlsx from its central directory (Zip64 included), without
// trusting it: sizes are checked against the limits before anything is inflated, and an entry
// that inflates past its declared size is refused (zip bomb). Inflation is node's zlib.
import { inflateRawSync } from "zlib";

export interface ZipEntry {
  /** The name as stored. */
  name: string;
  offset: number;
  method: number;
  compressed: number;
  size: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** Sum of the declared uncompressed sizes. */
  uncompressed: number;
  /** Part name (lower case, forward slashes, no leading slash) → entry. */
  byPart: Map<string, ZipEntry>;
}

/** Record signatures of the zip format (APPNOTE 4.3). */
const SIG = { eocd: 0x06054b50, eocd64Locator: 0x07064b50, eocd64: 0x06064b50, central: 0x02014b50, local: 0x04034b50 } as const;
const U32 = 0xffffffff;

export function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** The archive's directory, or null when there is no readable central directory. */
export function readZip(buf: Buffer): ZipArchive | null {
  if (buf.length < 22) return null;
  const from = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === SIG.eocd) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let total = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && buf.readUInt32LE(loc) === SIG.eocd64Locator) {
    const at = u64(buf, loc + 8);
    if (at + 56 <= buf.length && buf.readUInt32LE(at) === SIG.eocd64) {
      total = u64(buf, at + 32);
      cdOffset = u64(buf, at + 48);
    } else if (total === 0xffff || cdOffset === U32) return null;
  }
  const entries: ZipEntry[] = [];
  const byPart = new Map<string, ZipEntry>();
  let uncompressed = 0;
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG.central) return null;
    let size = buf.readUInt32LE(p + 24);
    let compressed = buf.readUInt32LE(p + 20);
    let offset = buf.readUInt32LE(p + 42);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen > buf.length) return null;
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    if (size === U32 || compressed === U32 || offset === U32) {
      // Zip64 extended information: only the fields whose 32-bit value is saturated, in order.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = buf.readUInt16LE(e);
        const len = buf.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === U32 && q + 8 <= e + 4 + len) {
            size = u64(buf, q);
            q += 8;
          }
          if (compressed === U32 && q + 8 <= e + 4 + len) {
            compressed = u64(buf, q);
            q += 8;
          }
          if (offset === U32 && q + 8 <= e + 4 + len) offset = u64(buf, q);
          break;
        }
        e += 4 + len;
      }
    }
    const entry: ZipEntry = { name, offset, method: buf.readUInt16LE(p + 10), compressed, size };
    entries.push(entry);
    byPart.set(partKey(name), entry);
    uncompressed += size;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, uncompressed, byPart };
}

export class ZipEntryError extends Error {}

/**
 * The bytes of one entry (stored or deflated). Throws ZipEntryError when the entry is damaged,
 * uses another method, or inflates past its declared size.
 */
export function readEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.offset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG.local) throw new ZipEntryError(`bad local header: ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressed > buf.length) throw new ZipEntryError(`truncated: ${entry.name}`);
  const body = buf.subarray(start, start + entry.compressed);
  if (entry.method === 0) return body;
  if (entry.method !== 8) throw new ZipEntryError(`method ${entry.method}: ${entry.name}`);
  try {
    return inflateRawSync(body, { maxOutputLength: Math.max(1, entry.size) });
  } catch (e) {
    throw new ZipEntryError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
