// The one function that makes workbook text stay text, and the one free-sheet-name helper.
import { asCellText, freeName, freeSheetName, SHEET_NAME_MAX } from "../../src/core/text";

describe("asCellText", () => {
  test.each(["=1+1", "+HYPERLINK(\"http://x.invalid\";\"Klik\")", "-2+3", "@SUM(1)", "\t=1", "\r=1", "'x"])("quotes %j so Excel keeps it as text", (s) => {
    expect(asCellText(s)).toBe(`'${s}`);
  });
  test.each(["Pagu", "100", "1-2", " =1", ""])("leaves %j as it is", (s) => {
    expect(asCellText(s)).toBe(s);
  });
});

describe("freeSheetName", () => {
  test("compares names like Excel, ignoring case", () => {
    expect(freeSheetName("Laporan Audit", [])).toBe("Laporan Audit");
    expect(freeSheetName("Laporan Audit", ["laporan audit", "Laporan Audit (2)"])).toBe("Laporan Audit (3)");
  });
  test("never passes Excel's 31 characters, with or without a suffix", () => {
    const long = "Laporan Audit Kinerja Instansi Pemerintah";
    expect(freeSheetName(long, [])).toHaveLength(SHEET_NAME_MAX);
    const second = freeSheetName(long, [long.slice(0, 31)]);
    expect(second).toHaveLength(SHEET_NAME_MAX);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});

describe("freeName for defined names", () => {
  it("adds _2, _3 … compared case-insensitively, as the installer names tables", () => {
    expect(freeName("PK_Indikator", ["pk_indikator", "PK_Indikator_2"], "defined")).toBe("PK_Indikator_3");
    expect(freeName("Capaian_Kinerja", [], "defined")).toBe("Capaian_Kinerja");
  });
});
