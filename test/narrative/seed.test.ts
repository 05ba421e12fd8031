// The seed report (LKjIP 2024, Kantor Imigrasi Kerinci; text in test/fixtures/narrative) read closely:
// every contradiction of its narrative listed here must be found, and nothing else at error/warning.
import fs from "fs";
import path from "path";
import { auditNarrative, parseText } from "../../src/narrative";
import type { Finding } from "../../src/audit/types";
import { SEED, SEED_ARITHMETIC, SEED_VS_OWN_TABLES, SEED_VS_TABLES } from "./seedFindings";

const serious = (f: Finding[]) => f.filter((x) => x.severity !== "info");

describe("seed report, text alone", () => {
  const text = fs.readFileSync(SEED, "utf8");
  const result = auditNarrative(parseText(text, SEED), undefined, { now: "2025-01-01T00:00:00Z" });

  it("finds every arithmetic contradiction of the narrative and nothing else at error or warning", () => {
    const got = serious(result.findings).filter((f) => f.rule === "narrative-arithmetic");
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

  it("checks a count against the row it names in the report's own tables, and nothing else", () => {
    const own = serious(result.findings).filter((f) => f.rule !== "narrative-arithmetic");
    expect(own.map((f) => [f.code, f.severity, f.actual, f.expected, `${f.related[0].sheet}!${f.related[0].cell}`])).toEqual(
      SEED_VS_OWN_TABLES.map(([, stated, expected, ref]) => ["narrative.mismatch", "warning", stated, expected, ref]),
    );
    SEED_VS_OWN_TABLES.forEach(([words], i) => expect(own[i].quote).toContain(words));
    // no unmatched notes from the report's own tables: those stay for the workbook check
    expect(result.findings.filter((f) => f.code === "narrative.unmatched")).toEqual([]);
  });
});


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
