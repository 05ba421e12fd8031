import { rel, runRule, sheet, wb, where } from "../helpers";
import { ruleTester } from "../ruleTester";

describe("number-as-text", () => {
  it('must trigger: "125,000" in a column of "9,933,860,000" reads 125 000 (OM-SPAN, like the column) and says it is ambiguous', () => {
    const s = wb(sheet("S", [["Pagu"], ["9,933,860,000"], ["1,470,043,772"], ["125,000"], ["-1,500"]]));
    const f = runRule("number-as-text", s);
    expect(where(f)).toEqual(["S!A2 warning text.number", "S!A3 warning text.number", "S!A4 warning text.ambiguous", "S!A5 warning text.ambiguous"]);
    expect(f[2].expected).toBe(125000);
    expect(f[3].expected).toBe(-1500);
    expect(f[2].message).toBe('Angka teks ambigu: "125,000" dibaca 125.000 (gaya OM-SPAN seperti teks angka lain di kolom ini); bisa juga 125,000');
  });
  it('must trigger: "125,000" in an Indonesian column ("9.933.860.000") or alone reads 125 (Indonesian) and says it is ambiguous', () => {
    const f = runRule("number-as-text", wb(sheet("S", [["9.933.860.000"], ["125,000"]])));
    expect(where(f)).toEqual(["S!A1 warning text.number", "S!A2 warning text.ambiguous"]);
    expect(f[1].expected).toBe(125);
    const alone = runRule("number-as-text", wb(sheet("S", [["1.234"]])));
    expect(alone[0].expected).toBe(1234);
    expect(alone[0].message).toContain("gaya Indonesia, bawaan");
  });
  it("the audit's figures follow the column style too: a total of OM-SPAN texts with '125,000' adds up (no false alarm)", () => {
    const rows = [["9,933,860,000"], ["125,000"], ["9,933,985,000"]];
    const s = wb(sheet("S", rows));
    const f = runRule("total-sum", s, [rel("sum", "A3", ["A1", "A2"])]);
    expect(f).toEqual([]);
    // …and the Indonesian reading's total (125,000 = 125) is the one flagged there.
    const wrong = runRule("total-sum", wb(sheet("S", [["9,933,860,000"], ["125,000"], ["9,933,860,125"]])), [rel("sum", "A3", ["A1", "A2"])]);
    expect(where(wrong)).toEqual(["S!A3 error sum.mismatch"]);
  });
});

ruleTester("number-as-text", {
  valid: [{ name: "numbers, codes, years, row numbers, words, dates", snapshot: wb(sheet("S", [[9933860000, "425211", "2024", "(1)", "1.", "Belanja Pegawai", "BF.5254", "31.12.2024", "-"]])) }],
  invalid: [
    {
      name: "Indonesian, OM-SPAN, Rp, %, parentheses, malformed",
      snapshot: wb(sheet("S", [["9.933.860.000", "9,933,860,000", "Rp.1.470.043.772", "99,79%", "(98.67%)", "7.981.992,000"]])),
      findings: ["S!A1 warning text.number", "S!B1 warning text.number", "S!C1 warning text.number", "S!D1 warning text.number", "S!E1 warning text.number", "S!F1 warning text.malformed"],
      check(f) {
        expect(f[5].expected).toBe(7981992000);
        expect(f[4].expected).toBeCloseTo(0.9867, 10);
      },
    },
    {
      name: '"125,000" in an Indonesian column reads 125 and says it is ambiguous',
      snapshot: wb(sheet("S", [["9.933.860.000"], ["125,000"]])),
      findings: ["S!A1 warning text.number", "S!A2 warning text.ambiguous"],
      check: (f) => expect(f[1].expected).toBe(125),
    },
  ],
});
