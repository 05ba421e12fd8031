// The seed report (LKjIP 2024, Kantor Imigrasi Kerinci; text in test/fixtures/narrative) read closely:
// every contradiction of its narrative listed here must be found, and nothing else at error/warning.
import fs from "fs";
import path from "path";
import { auditNarrative, parseText } from "../../src/narrative";
import type { Finding } from "../../src/audit/types";

export const SEED = path.join(__dirname, "..", "fixtures", "narrative", "kerinci-2024.txt");

/** The narrative's own arithmetic that does not add up (no workbook needed). [code, words of the quote, stated, computed] */
export const SEED_ARITHMETIC: [string, string, number, number][] = [
  // Ikhtisar: ILK "3,12 atau 103,54% dari target 3,1" — 3,12 ÷ 3,1 = 100,65% (the tables have 3,21)
  ["narrative.ratio", "dengan capaian 3,12 atau 103,54% dari target 3,1", 103.54, 100.645],
  // BAB II: DIPA after ABT "Rp.9.933.860.000 dengan rincian": each breakdown adds up to something else
  ["narrative.list-total", "naik menjadi Rp.9.933.860.000", 9933860000, 10062360000], // per jenis belanja
  ["narrative.list-total", "naik menjadi Rp.9.933.860.000", 9933860000, 2088349992], // per kegiatan ("7.981.992,000" misprinted)
  ["narrative.list-total", "naik menjadi Rp.9.933.860.000", 9933860000, 10062360000], // per sumber dana
  // BAB III: "sebanyak 6.098 layanan dengan rincian" — the table below holds 10.696 received, 10.565 finished
  ["narrative.table-total", "sebanyak 6.098 layanan", 6098, NaN],
  // BAB III ILK: "103,54%, lebih tinggi 10,35% dari … 3,1" — 3,21 is 3,55% above 3,1
  ["narrative.difference", "lebih tinggi 10,35% dari nilai yang ditetapkan", 10.35, 3.548],
];

const serious = (f: Finding[]) => f.filter((x) => x.severity !== "info");

describe("seed report, text alone", () => {
  const text = fs.readFileSync(SEED, "utf8");
  const result = auditNarrative(parseText(text, SEED), undefined, { now: "2025-01-01T00:00:00Z" });

  it("finds every arithmetic contradiction of the narrative and nothing else at error or warning", () => {
    const got = serious(result.findings);
    expect(got.map((f) => f.code)).toEqual(SEED_ARITHMETIC.map(([c]) => c));
    SEED_ARITHMETIC.forEach(([code, words, stated, computed], i) => {
      expect(got[i].code).toBe(code);
      expect(got[i].quote).toContain(words);
      expect(got[i].actual).toBeCloseTo(stated, 2);
      if (!Number.isNaN(computed)) expect(got[i].expected as number).toBeCloseTo(computed, 2);
      expect(got[i].sheet).toBe("Laporan");
      expect(got[i].cell).toMatch(/^par\. \d+$/);
    });
  });
});
