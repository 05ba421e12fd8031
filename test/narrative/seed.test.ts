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

/** Figures the text gives that contradict the Kerinci sample workbook (the tables as published). [words, stated, sheet!cell] */
export const SEED_VS_TABLES: [string, number, string][] = [
  // Ikhtisar: "rata-rata capaian kinerja sebesar 112,47%" — the table's overall average is 112,81% (its Rata-rata row printed 112,24%)
  ["nilai rata-rata capaian kinerja sebesar 112,47%", 112.47, "Capaian Kinerja!F12"],
  // Ikhtisar: ILK "3,12" — every table has 3,21
  ["dengan capaian 3,12 atau 103,54%", 3.12, "Capaian Kinerja!E10"],
  // Ikhtisar: 2023 absorption "98,78%" — 2023 realisasi ÷ pagu per jenis belanja is 98,70% (98,78 is the 2023 NKA)
  ["penyerapannya di angka 98,78%", 98.78, "Realisasi Anggaran!L20"],
  // BAB II: "Permohonan Izin Tinggal sebanyak 82 layanan" — the layanan table (and BAB III's) has 59 received, 59 finished
  ["Permohonan Izin Tinggal sebanyak 82 layanan", 82, "Data Dukung!B70"],
  // BAB III TAK: "diperoleh capaian … dengan capaian 100%" right after computing y = 111,11%
  ["diperoleh capaian indikator kinerja Persentase Tindakan Administratif", 100, "Capaian Kinerja!F5"],
  // BAB III LYN: "realisasi … sebesar 109,73%" — 109,73% is the capaian; realisasi is 98,76%
  ["realisasi yang diperoleh pada tahun 2024 adalah sebesar 109,73%", 109.73, "Capaian Kinerja!E7"],
  // BAB III ILK: "realisasi … sebesar 103,54%" — the realisasi is the index 3,21
  ["realisasi yang diperoleh pada tahun 2024 adalah sebesar 103,54%", 103.54, "Capaian Kinerja!E10"],
  // BAB III PNBP: "target PNBPN … tahun 2024 sebesar Rp.5.436.769.900" — that is the realisasi; the target is Rp2.347.400.000
  ["target PNBPN pada Kantor Imigrasi", 5436769900, "PNBP!B32"],
  // Kesimpulan: the same 112,47% average
  ["rata-rata capaian seluruh capaian dari setiap sasaran kegiatan sebesar 112,47", 112.47, "Capaian Kinerja!F12"],
];

describe("seed report against the Kerinci sample workbook", () => {
  let result: ReturnType<typeof auditNarrative>;
  beforeAll(async () => {
    const os = await import("os");
    const { PassThrough } = await import("stream");
    const { main } = await import("../../src/cli/index");
    const { readWorkbook } = await import("../../src/host/xlsx/read");
    const book = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-seed-")), "kerinci.xlsx");
    expect(await main(["node", "lkjip", "init", book, "--sample", "kerinci-2024"], new PassThrough(), new PassThrough())).toBe(0);
    result = auditNarrative(parseText(fs.readFileSync(SEED, "utf8"), SEED), await readWorkbook(book), { now: "2025-01-01T00:00:00Z" });
  });

  it("finds the arithmetic contradictions and every figure the tables contradict, and no other error or warning", () => {
    const got = serious(result.findings);
    expect(got.filter((f) => f.rule === "narrative-arithmetic").map((f) => f.code)).toEqual(SEED_ARITHMETIC.map(([c]) => c));
    const vs = got.filter((f) => f.rule === "narrative-workbook");
    expect(vs.map((f) => [f.code, f.severity])).toEqual(SEED_VS_TABLES.map(() => ["narrative.mismatch", "warning"]));
    SEED_VS_TABLES.forEach(([words, stated, ref], i) => {
      expect(vs[i].quote).toContain(words);
      expect(vs[i].actual).toBeCloseTo(stated, 2);
      expect(`${vs[i].related[0].sheet}!${vs[i].related[0].cell}`).toBe(ref);
    });
  });

  it("names the ILK figure, the cell and both values", () => {
    const f = serious(result.findings).find((x) => x.code === "narrative.mismatch" && x.actual === 3.12)!;
    expect(f.message).toBe("Naskah menyebut realisasi ILK 3,12, tabel Capaian Kinerja!E10 berisi 3,21");
    expect(f.message_en).toBe("The text gives realisasi of ILK as 3.12; table cell Capaian Kinerja!E10 holds 3.21");
    expect(f.expected).toBe(3.21);
  });

  it("lists figures no table holds as unmatched info, so a reviewer sees what was not checked", () => {
    const un = result.findings.filter((f) => f.code === "narrative.unmatched");
    expect(un.length).toBeGreaterThan(10);
    expect(un.every((f) => f.severity === "info")).toBe(true);
    // the weights of the budget performance score are not taken for table figures
    expect(un.some((f) => f.quote!.includes("bobot 28,6%"))).toBe(true);
  });

  it("a correctly stated figure agrees with its cell: the Ikhtisar's TAK capaian and target, the pagu and its realisasi", () => {
    const right: [string, number][] = [["capaian 111,11% dari target 90%", 111.11], ["capaian 111,11% dari target 90%", 90], ["anggaran sejumlah Rp.9.933.860.000", 9933860000], ["anggaran sejumlah Rp.9.933.860.000", 9912780806], ["anggaran sejumlah Rp.9.933.860.000", 99.79]];
    const checked = result.findings.filter((f) => f.rule === "narrative-workbook");
    for (const [l, v] of right) {
      expect(checked.filter((f) => f.quote!.includes(l) && f.actual === v)).toEqual([]);
    }
  });
});
