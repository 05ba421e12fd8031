// The fixture generators themselves produce what they claim: exceljs reads the minimal .xlsx,
// the encrypted package starts with the CFB magic, the bomb really inflates.
import * as ExcelJS from "exceljs";
import * as zlib from "zlib";
import { BUDGET_ROWS, encryptedPackage, sheetXml, xlsx, zipBombXlsx } from "./fixtures";

describe("test fixtures", () => {
  it("the minimal .xlsx is a workbook exceljs can read", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx([{ name: "Jenis Belanja", xml: sheetXml(BUDGET_ROWS) }]) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Jenis Belanja");
    expect(ws?.getCell("B5").value).toBe(10062360000);
    expect(ws?.getCell("A1").value).toBe("BELANJA");
  });

  it("the encrypted package is an OLE compound file, as Excel writes it", () => {
    const b = encryptedPackage();
    expect(b.subarray(0, 8).toString("hex")).toBe("d0cf11e0a1b11ae1");
    expect(b.length % 512).toBe(0);
    expect(b.includes(Buffer.from("EncryptedPackage", "utf16le"))).toBe(true);
  });

  it("the zip bomb is small on disk and large inflated", () => {
    const b = zipBombXlsx(1, 50 * 1024 * 1024);
    expect(b.length).toBeLessThan(1024 * 1024);
    // The sheet part is the last local entry; find its deflated body via the central directory.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const at = b.indexOf(name);
    const compressed = b.readUInt32LE(at - 30 + 18);
    const body = b.subarray(at + name.length, at + name.length + compressed);
    expect(zlib.inflateRawSync(body).length).toBe(50 * 1024 * 1024);
  });
});
