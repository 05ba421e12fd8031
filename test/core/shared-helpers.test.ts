// The helpers that exist once: the A1 parser, the number formatter (audit, narrative and pane
// render −0,004 alike), the list of Excel error values and the human date.
import { parseA1, tryParseA1 } from "../../src/core/address";
import { formatNumberId, formatNumberOmspan } from "../../src/core/numbers";
import { EXCEL_ERROR_VALUES, isExcelErrorText } from "../../src/core/snapshot";
import { formatDateTime } from "../../src/core/text";
import { formatEn as auditEn, formatId as auditId } from "../../src/audit/values";
import { formatEn as narrEn, formatId as narrId } from "../../src/narrative/numbers";

describe("one A1 parser", () => {
  it.each([
    ["A1", { row: 0, col: 0 }],
    ["$AB$12", { row: 11, col: 27 }],
    ["ab12", { row: 11, col: 27 }],
    ["XFD1048576", { row: 1048575, col: 16383 }],
  ])("%s", (a1, pos) => {
    expect(tryParseA1(a1)).toEqual(pos);
    expect(parseA1(` ${a1} `)).toEqual(pos);
  });
  it.each(["", "A", "12", "A0", "A1B", "1A", "A-1", "A1:B2", "Sheet!A1"])("refuses %j", (a1) => {
    expect(tryParseA1(a1)).toBeNull();
    expect(() => parseA1(a1)).toThrow(/Bad A1 address/);
  });
  it("parseA1 keeps Excel's shape (3 letters, 7 digits); tryParseA1 lets a reader say 'beyond the grid'", () => {
    expect(tryParseA1("AAAA1")).toEqual({ row: 0, col: 18278 });
    expect(() => parseA1("AAAA1")).toThrow();
    expect(() => parseA1("A12345678")).toThrow();
  });
});

describe("one number formatter", () => {
  it("−0,004 at two decimals is 0,00 everywhere (no negative zero), −0,005 is −0,01", () => {
    for (const f of [auditId, narrId, (n: number, d: number) => formatNumberId(n, d)]) {
      expect(f(-0.004, 2)).toBe("0,00");
      expect(f(-0.005, 2)).toBe("-0,01");
      expect(f(9933860000, 0)).toBe("9.933.860.000");
    }
    for (const f of [auditEn, narrEn, (n: number, d: number) => formatNumberOmspan(n, d)]) {
      expect(f(-0.004, 2)).toBe("0.00");
      expect(f(1234.5, 2)).toBe("1,234.50");
    }
  });
  it("audit and narrative default to whole numbers", () => {
    expect(auditId(-1234.4)).toBe("-1.234");
    expect(narrId(1234.5)).toBe("1.235");
  });
});

describe("one list of Excel error values", () => {
  it("knows the classic and the dynamic-array errors, exactly as Excel writes them", () => {
    for (const e of ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]) expect(isExcelErrorText(e)).toBe(true);
    for (const t of ["#n/a", " #N/A", "#", "#TOTAL", "N/A"]) expect(isExcelErrorText(t)).toBe(false);
    expect(new Set(EXCEL_ERROR_VALUES).size).toBe(EXCEL_ERROR_VALUES.length);
  });
});

describe("human date", () => {
  it("writes the day, the month's name, the year and the time, Indonesian with a dot", () => {
    const d = new Date(2026, 11, 1, 10, 22, 5);
    expect(formatDateTime(d, "id")).toBe("1 Desember 2026 10.22");
    expect(formatDateTime(d, "en")).toBe("1 December 2026 10:22");
    expect(formatDateTime(d.toISOString(), "id")).toBe("1 Desember 2026 10.22");
    expect(formatDateTime("bukan tanggal", "id")).toBe("bukan tanggal");
  });
});
