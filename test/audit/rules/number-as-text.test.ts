import { runRule, sheet, wb, where } from "../helpers";

describe("number-as-text", () => {
  it("must trigger: Indonesian, OM-SPAN, Rp, %, parentheses, malformed", () => {
    const s = wb(sheet("S", [["9.933.860.000", "9,933,860,000", "Rp.1.470.043.772", "99,79%", "(98.67%)", "7.981.992,000"]]));
    const f = runRule("number-as-text", s);
    expect(where(f)).toEqual(["S!A1 warning text.number", "S!B1 warning text.number", "S!C1 warning text.number", "S!D1 warning text.number", "S!E1 warning text.number", "S!F1 warning text.malformed"]);
    expect(f[5].expected).toBe(7981992000);
    expect(f[4].expected).toBeCloseTo(0.9867, 10);
  });
  it("must not trigger: numbers, codes, years, row numbers, words, dates", () => {
    const s = wb(sheet("S", [[9933860000, "425211", "2024", "(1)", "1.", "Belanja Pegawai", "BF.5254", "31.12.2024", "-"]]));
    expect(runRule("number-as-text", s)).toEqual([]);
  });
});
