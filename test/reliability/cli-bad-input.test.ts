// `lkjip audit` on bad input, run as a user runs it (a real process, so an unhandled
// rejection or a worker crash would show): exit code 2 and one clear line (Indonesian /
// English) naming the file, never a stack trace. All fixtures are generated here. The empty
// file, a text file, a truncated zip, the CFB signature alone and a missing file are covered
// in-process by test/cli/audit.test.ts; a damaged or oversized sheet is in
// cli-damaged-sheet.test.ts.
import * as fs from "fs";
import * as path from "path";
import { ensureBuilt, lines, lkjip, STACK } from "./cli";
import { encryptedPackage, legacyXls, randomBytes, tmpDir, zip, zipBombXlsx } from "./fixtures";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir("lkjip-bad-input-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function put(name: string, data: Buffer | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

/** exit 2, nothing on stdout, exactly one line on stderr that names `subject`, no stack. */
function expectOneLine(r: ReturnType<typeof lkjip>, subject: string, says: RegExp[]): string {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: "" });
  expect(r.stderr).not.toMatch(STACK);
  const ls = lines(r.stderr);
  expect(ls).toHaveLength(1);
  expect(ls[0]).toContain(path.basename(subject));
  for (const re of says) expect(ls[0]).toMatch(re);
  expect(ls[0].length).toBeLessThan(400);
  return ls[0];
}

// 9 parts × 64 MiB = 576 MiB inflated, above the reader's documented 512 MiB limit
// (src/host/xlsx/readZipGuard.ts MAX_UNCOMPRESSED_BYTES); about 600 KB on disk.
const BOMB_PARTS = 9;
const BOMB_PART_BYTES = 64 * 1024 * 1024;

describe("lkjip audit on bad input", () => {
  // [what, file name, bytes, Indonesian line, English line (--lang en)]
  const cases: Array<[string, string, () => Buffer | string, RegExp, RegExp]> = [
    ["random bytes", "acak.xlsx", () => randomBytes(4096), /bukan berkas Excel/i, /not an Excel/i],
    ["a zip that is not a workbook", "arsip.xlsx", () => zip([{ name: "dokumen/catatan.txt", data: "bukan buku kerja" }]), /bukan berkas Excel|rusak/i, /not an Excel|corrupt/i],
    ["a password-protected workbook (CFB encrypted package)", "sandi.xlsx", () => encryptedPackage(), /kata sandi/i, /password/i],
    ["an Excel 97–2003 workbook (.xls) saved with the .xlsx extension", "lama.xlsx", () => legacyXls(), /\.xls lama.*simpan ulang sebagai \.xlsx/i, /legacy \.xls.*save it as \.xlsx/i],
    ["a zip bomb beyond the documented uncompressed size", "bom.xlsx", () => zipBombXlsx(BOMB_PARTS, BOMB_PART_BYTES), /terlalu besar.*512/i, /too large.*512/i],
  ];

  it.each(cases)("%s: exit 2, one line (id, and en with --lang en), no stack trace", (_what, name, make, id, en) => {
    const file = put(name, make());
    const before = fs.readFileSync(file);
    expectOneLine(lkjip(["audit", file]), file, [id]);
    expectOneLine(lkjip(["audit", file, "--lang", "en", "--format", "json"]), file, [en]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("a directory with no workbooks", () => {
    const empty = path.join(dir, "folder-kosong");
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, "catatan.txt"), "bukan buku kerja");
    expectOneLine(lkjip(["audit", empty]), empty, [/xlsx/i]);
  });
});
