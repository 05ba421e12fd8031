// Writes the add-in icons (assets/icon-{16,32,64,80}.png) without any image library:
// a teal square with a white check mark, drawn pixel by pixel and PNG-encoded with zlib.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const onCheck = (x, y) => {
    const u = x / size, v = y / size, t = 0.07;
    const d1 = Math.abs(v - (0.55 + (u - 0.25))) < t && u > 0.22 && u < 0.43;
    const d2 = Math.abs(v - (0.76 - (u - 0.42) * 1.25)) < t && u >= 0.4 && u < 0.8;
    return d1 || d2;
  };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const white = onCheck(x + 0.5, y + 0.5);
      raw[i] = white ? 255 : 0x0f;
      raw[i + 1] = white ? 255 : 0x6c;
      raw[i + 2] = white ? 255 : 0x5d;
      raw[i + 3] = 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
for (const s of [16, 32, 64, 80]) fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${s}.png`), png(s));
