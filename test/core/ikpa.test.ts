import { dispensasiDeduction, ikpaBreakdown, ikpaRegime, ikpaScore, nilaiAkhir, nilaiAspek } from "../../src/core/formulas/ikpa";
import { FormulaError } from "../../src/core/result";

// The seed's OM-SPAN tables (l.1351-1393, 1602-1607), in OM-SPAN's column order.
const SEED = {
  2021: {
    nilai: [100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, 0, 90],
    bobot: [5, 5, 5, 10, 8, 5, 5, 15, 10, 17, 5, 0, 5],
    akhir: [5, 3.72, 5, 10, 8, 5, 5, 14.95, 10, 17, 4.96, null, 4.5],
    total: 93.13,
    score: 98.03,
    aspek: [91.49, 100, 99.71, 90],
  },
  2022: { nilai: [100, 83.43, 98.19, 91.43, 100, 99.71, 100, 100], akhir: [10, 8.34, 19.64, 9.14, 10, 9.97, 5, 25], total: 97.09, score: 97.09, aspek: [91.72, 97.87, 100] },
  2023: { nilai: [100, 74.7, 99.27, 97, 100, 100, 100, 100], akhir: [10, 7.47, 19.85, 9.7, 10, 10, 5, 25], total: 97.02, score: 97.02, aspek: [87.35, 99.25, 100] },
  2024: { nilai: [80, 93.67, 98.23, 94.4, 100, 99.83, 100], akhir: [8, 14.05, 19.65, 9.44, 10, 9.98, 25], total: 96.12, score: 96.12, aspek: [86.84, 98.12, 100] },
};

describe("ikpaRegime", () => {
  it("knows 2020–2026 and nothing else", () => {
    expect(ikpaRegime(2019)).toBeNull();
    expect(ikpaRegime(2020)!.regulation).toBe("PER-4/PB/2020");
    expect(ikpaRegime(2027)).toBeNull();
    expect(ikpaRegime(2021)!.regulation).toBe("PER-4/PB/2021");
    expect(ikpaRegime(2023)!.regulation).toBe("PER-5/PB/2022");
    expect(ikpaRegime(2026)!.regulation).toBe("PER-5/PB/2024");
  });
  it.each([
    [2021, 13, "weighted"],
    [2022, 8, "weighted"],
    [2024, 7, "deduction"],
  ])("%d has %d components, dispensasi %s, weights summing to 100", (year, n, disp) => {
    const r = ikpaRegime(year)!;
    expect(r.components).toHaveLength(n);
    expect(r.dispensasi).toBe(disp);
    expect(r.components.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });
  it("2021 includes Renkas; 2022 includes Dispensasi SPM weighted 5; 2024 has no dispensasi component", () => {
    expect(ikpaRegime(2021)!.components.map((c) => c.name)).toContain("Renkas");
    expect(ikpaRegime(2022)!.components.find((c) => c.key === "dispensasi_spm")!.weight).toBe(5);
    expect(ikpaRegime(2024)!.components.map((c) => c.key)).not.toContain("dispensasi_spm");
    expect(ikpaRegime(2024)!.components.map((c) => c.weight)).toEqual([10, 15, 20, 10, 10, 10, 25]);
  });
});

describe("IKPA reproduces the seed", () => {
  it.each([2021, 2022, 2023, 2024] as const)("%d", (year) => {
    const s = SEED[year];
    const bobot = "bobot" in s ? s.bobot : ikpaRegime(year)!.components.map((c) => c.weight);
    const b = ikpaBreakdown(s.nilai, bobot);
    if (b instanceof FormulaError) throw new Error(b.toString());
    expect(b.nilaiAkhir).toEqual(s.akhir);
    expect(b.total).toBe(s.total);
    expect(b.score).toBe(s.score);
    expect(b.konversiBobot).toBe(year === 2021 ? 95 : 100);
    expect(nilaiAspek(ikpaRegime(year)!, s.nilai, bobot).map((a) => a.value)).toEqual(s.aspek);
  });
  it("2021 with the regulation's weights and Renkas not assessed (null) gives 98,03 too", () => {
    const nilai: (number | null)[] = [...SEED[2021].nilai];
    nilai[11] = null;
    const w = ikpaRegime(2021)!.components.map((c) => c.weight);
    expect(ikpaScore(nilai, w)).toBe(98.03);
  });
  it("rounds each Nilai Akhir first (2022: unrounded sum 97,095 would give 97,10)", () => {
    const w = ikpaRegime(2022)!.components.map((c) => c.weight);
    const unrounded = SEED[2022].nilai.reduce((s, n, i) => s + (n * w[i]) / 100, 0);
    expect(Math.round(unrounded * 100) / 100).toBe(97.1);
    expect(ikpaScore(SEED[2022].nilai, w)).toBe(97.09);
  });
  it("subtracts the dispensasi deduction", () => {
    expect(ikpaScore(SEED[2024].nilai, [10, 15, 20, 10, 10, 10, 25], 0.25)).toBe(95.87);
  });
  it("Nilai Akhir rounds like OM-SPAN", () => {
    expect(nilaiAkhir(93.67, 15)).toBe(14.05);
    expect(nilaiAkhir(99.83, 10)).toBe(9.98);
    expect(nilaiAkhir(74.46, 5)).toBe(3.72);
  });
});

describe("IKPA bad input", () => {
  it("rejects a weight row that does not match", () => {
    const e = ikpaScore([80, 90], [10]);
    expect(e).toBeInstanceOf(FormulaError);
    expect((e as FormulaError).code).toBe("#VALUE!");
    expect((e as FormulaError).message).toContain("jumlah bobot (1)");
  });
  it("rejects nilai above 100 and negative weights", () => {
    expect((ikpaScore([101], [10]) as FormulaError).code).toBe("#VALUE!");
    expect((ikpaScore([90], [-1]) as FormulaError).code).toBe("#VALUE!");
  });
  it("nothing assessed is #DIV/0!", () => {
    expect((ikpaScore([null, null], [10, 10]) as FormulaError).code).toBe("#DIV/0!");
  });
});

describe("dispensasiDeduction (2024+, unverified bands)", () => {
  it.each([
    [0, 1000, 0],
    [1, 100000, 0.25],
    [1, 10001, 0.25],
    [1, 10000, 0.5],
    [1, 1001, 0.5],
    [1, 1000, 0.75],
    [49, 10000, 0.75],
    [5, 1000, 1],
    [100, 100, 1],
  ])("%d of %d SPM → %d", (d, t, v) => {
    expect(dispensasiDeduction(d, t)).toBe(v);
  });
  it("0 SPM in TW IV is #DIV/0!", () => {
    expect((dispensasiDeduction(0, 0) as FormulaError).code).toBe("#DIV/0!");
  });
});
