// Zip-bomb guard: reads the zip central directory (no decompression) and refuses archives
// whose declared uncompressed size or entry count exceeds the limits, before exceljs unzips.

export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
export const MAX_ENTRIES = 20000;

export interface ZipSummary {
  entries: number;
  uncompressed: number;
  names: string[];
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
  if (total === 0xffff || cdOffset === 0xffffffff) return { entries: Infinity, uncompressed: Infinity, names: [] };
  let p = cdOffset;
  let uncompressed = 0;
  const names: string[] = [];
  for (let n = 0; n < total; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return { entries: total, uncompressed: Infinity, names };
    uncompressed += size;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString("utf8", p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries: total, uncompressed, names };
}
