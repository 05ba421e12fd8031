// Issue 16: the years, scales and number forms real satker data holds. Each test names the
// figure it checks and the source of the rule (regulation, number, year).
import { callFunction, type Arg, type Out } from "../../src/core/catalogue";
import { capaian } from "../../src/core/formulas/capaian";
import { ikmBerbobot } from "../../src/core/formulas/ikm";
import { ikpaRegime, revisiDipaNilai, revisiDipaSemester } from "../../src/core/formulas/ikpa";
import { nkaYearProblem } from "../../src/core/formulas/nka";
import { toPoints } from "../../src/core/formulas/points";
import { isNihilText, parseNumberText, roundTo } from "../../src/core/numbers";
import { FormulaError, isFormulaError } from "../../src/core/result";

const call = (name: string, ...args: Arg[]): Out => callFunction(name, args);
const err = (out: Out): FormulaError => {
  if (!isFormulaError(out)) throw new Error(`expected an error, got ${JSON.stringify(out)}`);
  return out;
};

// The seed's 2021 OM-SPAN row (Renkas, 12th, was not assessed: weight 0 in the seed's own table).
const SEED_2021 = [100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, 0, 90];
const SEED_2024 = [80, 93.67, 98.23, 94.4, 100, 99.83, 100];

describe("1. IKPA 2020 (PER-4/PB/2020; weights as DJPb letter S-168/WPB.08/KP.03/2021 lists them)", () => {
  it("IKPA_BOBOT(2020) = 5, 5, 5, 15, 8, 5, 5, 15, 12, 10, 5, 5, 5 (sum 100) — S-168/WPB.08/KP.03/2021, column TA 2020", () => {
    expect(call("IKPA_BOBOT", 2020)).toEqual([[5, 5, 5, 15, 8, 5, 5, 15, 12, 10, 5, 5, 5]]);
    const regime = ikpaRegime(2020)!;
    expect(regime.regulation).toBe("PER-4/PB/2020");
    expect(regime.weightSource).toBe("S-168/WPB.08/KP.03/2021");
    // Named as the letter names them: Data Kontrak 15, Penyelesaian Tagihan 12, Capaian Output 10.
    const w = Object.fromEntries(regime.components.map((c) => [c.name, c.weight]));
    expect(w).toMatchObject({ "Penyerapan Anggaran": 15, "Data Kontrak": 15, "Penyelesaian Tagihan": 12, "Capaian Output": 10, "Pengelolaan UP dan TUP": 8 });
  });
  it("IKPA_SCORE(row; 2020) = 93,82 where 2021's weights give 94,14 (Data Kontrak 80, Capaian Output 90, Renkas '-') — S-168/WPB.08/KP.03/2021", () => {
    // 2020: 5 + 3,72 + 5 + 12 + 8 + 5 + 5 + 14,95 + 12 + 9 + 4,96 + 4,5 = 89,13 → / 0,95 = 93,82
    // 2021: 5 + 3,72 + 5 + 8 + 8 + 5 + 5 + 14,95 + 10 + 15,3 + 4,96 + 4,5 = 89,43 → / 0,95 = 94,14
    const row: Arg[][] = [SEED_2021.map((n, i) => (i === 11 ? "-" : i === 3 ? 80 : i === 9 ? 90 : n))];
    expect(call("IKPA_SCORE", row, 2020)).toBe(93.82);
    expect(call("IKPA_SCORE", row, 2021)).toBe(94.14);
  });
  it("year-range messages say 2020–2026 (IKPA_SCORE, IKPA_BOBOT, IKPA_KOMPONEN for 2019)", () => {
    for (const out of [call("IKPA_SCORE", [SEED_2024], 2019), call("IKPA_BOBOT", 2019), call("IKPA_KOMPONEN", 2019)]) {
      expect(err(out).toString()).toBe("#N/A tidak ada aturan IKPA untuk tahun 2019 (dikenal 2020–2026)");
    }
  });
});

describe("2. Values up to each regime's maximum (PER-5/PB/2024: Revisi DIPA per semester, up to 110)", () => {
  it("IKPA_REVISI_DIPA(1; 3) = (110 + 50) / 2 = 80, the seed's 2024 Revisi DIPA — PER-5/PB/2024", () => {
    expect(call("IKPA_REVISI_DIPA", 1, 3)).toBe(80);
  });
  it.each([
    [0, 110],
    [1, 110],
    [2, 100],
    [3, 50],
    [7, 50],
  ])("a semester with %d revisions scores %d — PER-5/PB/2024", (revisi, nilai) => {
    expect(revisiDipaSemester(revisi)).toBe(nilai);
  });
  it("IKPA_REVISI_DIPA(0; 2) = (110 + 100) / 2 = 105; fractional or negative counts are #VALUE! — PER-5/PB/2024", () => {
    expect(revisiDipaNilai(0, 2)).toBe(105);
    expect(err(call("IKPA_REVISI_DIPA", 1.5, 0)).message).toContain("bilangan bulat");
    expect(err(call("IKPA_REVISI_DIPA", -1, 0)).code).toBe("#VALUE!");
    expect(call("IKPA_REVISI_DIPA", [[0], [2], [3]], 1)).toEqual([[110], [105], [80]]);
  });
  it("IKPA_SCORE(…; 2024) takes Revisi DIPA 110: 110, 93,67, 98,23, 94,4, 100, 99,83, 100 → 99,12 — PER-5/PB/2024", () => {
    // 11 + 14,05 + 19,65 + 9,44 + 10 + 9,98 + 25 = 99,12
    expect(call("IKPA_SCORE", [[110, ...SEED_2024.slice(1)]], 2024)).toBe(99.12);
  });
  it("anything else over 100 is still #VALUE!: Revisi DIPA 110 in 2022–2023 (PER-5/PB/2022), Deviasi 110 in 2024, 110 with a bobot row", () => {
    expect(err(call("IKPA_SCORE", [[110, 83.43, 98.19, 91.43, 100, 99.71, 100, 100]], 2022)).message).toBe(
      "nilai ke-1 (Revisi DIPA) harus antara 0 dan 100 poin, bukan 110",
    );
    expect(err(call("IKPA_SCORE", [[80, 110, 98.23, 94.4, 100, 99.83, 100]], 2024)).message).toContain("harus antara 0 dan 100");
    expect(err(call("IKPA_SCORE", [[110, ...SEED_2024.slice(1)]], [[10, 15, 20, 10, 10, 10, 25]])).code).toBe("#VALUE!");
    expect(err(call("IKPA_SCORE", [[111, ...SEED_2024.slice(1)]], 2024)).message).toContain("antara 0 dan 110");
  });
});

describe("3. Points written as percentages on 0–100 scales", () => {
  it('IKPA_KATEGORI("95,00%") = Sangat Baik (≥ 95, PER-5/PB/2024), not "Kurang"', () => {
    expect(call("IKPA_KATEGORI", "95,00%")).toBe("Sangat Baik");
    expect(call("IKPA_KATEGORI", "97.02 %")).toBe("Sangat Baik");
  });
  it('PREDIKAT_SAKIP("85%") = A (> 80–90, PermenPANRB 88/2021), not "D"', () => {
    expect(call("PREDIKAT_SAKIP", "85%")).toBe("A");
  });
  it('NKA("83%"; "96,12%") = 89,56 (PMK 62/2023 jo. PMK 107/2024), not 0,9', () => {
    expect(call("NKA", "83%", "96,12%")).toBe(89.56);
    expect(call("NK_PERENCANAAN", "100%", "80%", "0%")).toBe(83);
  });
  it("a plain fraction 0,9702 is #VALUE! with the reason (IKPA_KATEGORI, NKA_KATEGORI, PREDIKAT_SAKIP, NKA, IKPA_SCORE)", () => {
    const e = err(call("IKPA_KATEGORI", 0.9702));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('nilai IKPA 0,9702 tampak seperti pecahan (97,02%); nilai ini dalam poin 0–100: tulis 97,02 atau "97,02%"');
    expect(err(call("NKA_KATEGORI", 0.8956)).message).toContain("tampak seperti pecahan");
    expect(err(call("PREDIKAT_SAKIP", 0.85)).message).toContain("tampak seperti pecahan");
    expect(err(call("NKA", 0.83, 96.12)).message).toContain("nk_perencanaan 0,83 tampak seperti pecahan");
    expect(err(call("IKPA_SCORE", [[0.8, ...SEED_2024.slice(1)]], 2024)).message).toContain("tampak seperti pecahan");
    // 0 is a score of zero, not a fraction.
    expect(call("IKPA_KATEGORI", 0)).toBe("Kurang");
  });
  it("IKPA_SCORE reads percent text as points: '80%', '93,67%' … → 96,12 (seed 2024, PER-5/PB/2024)", () => {
    expect(call("IKPA_SCORE", [["80%", "93,67%", "98,23%", "94,40%", "100%", "99,83%", "100%"]], 2024)).toBe(96.12);
    expect(call("IKPA_SCORE", [SEED_2024], [["10%", "15%", "20%", "10%", "10%", "10%", "25%"]])).toBe(96.12);
    expect(err(call("IKPA_SCORE", [SEED_2024], [[0.1, 0.15, 0.2, 0.1, 0.1, 0.1, 0.25]])).message).toContain("bobot ke-1 0,1 tampak seperti pecahan");
  });
  it("IKM on 25–100: IKM_MUTU('80,25%') = IKM_MUTU(80,25) = IKM_MUTU(3,21) = B (76,61–88,30, PermenPANRB 14/2017); 0,8025 is #VALUE!", () => {
    expect(call("IKM_MUTU", "80,25%")).toBe("B");
    expect(call("IKM_MUTU", 80.25)).toBe("B");
    expect(call("IKM_MUTU", 3.21)).toBe("B");
    expect(call("IKM_KINERJA", 88.31)).toBe("Sangat Baik");
    expect(err(call("IKM_MUTU", 0.8025)).message).toContain("tampak seperti pecahan");
    expect(err(call("IKM_MUTU", 10)).message).toContain("indeks harus antara 1 dan 4 (atau nilai konversi 25–100)");
  });
  it("toPoints: '%' moves the decimal point exactly (97,02% → 97,02, 0,1 + 0,2 noise-free)", () => {
    expect(toPoints(0.9702, true, "x")).toBe(97.02);
    expect(toPoints(0.3, true, "x")).toBe(30);
    expect(err(toPoints(1.5, true, "x") as Out).message).toBe("x harus antara 0 dan 100 poin, bukan 150");
  });
});

describe("4. Number text: ANGKA(teks; [gaya]) and one grammar", () => {
  it('ANGKA("125,000"; "omspan") = 125 000 and ANGKA("-1,500"; "en") = −1 500 (OM-SPAN: "," thousands)', () => {
    expect(call("ANGKA", "125,000", "omspan")).toBe(125000);
    expect(call("ANGKA", "-1,500", "en")).toBe(-1500);
    expect(call("ANGKA", "9,933,860,000", "omspan")).toBe(9933860000);
  });
  it('ANGKA("125,000") = 125 with the default gaya "id" ("," decimals); "1.234" = 1234 in id, 1,234 in omspan', () => {
    expect(call("ANGKA", "125,000")).toBe(125);
    expect(call("ANGKA", "125,000", "id")).toBe(125);
    expect(call("ANGKA", "1.234")).toBe(1234);
    expect(call("ANGKA", "1.234", "omspan")).toBe(1.234);
    expect(err(call("ANGKA", "1.234", "us")).message).toBe('gaya harus "id" atau "omspan", bukan \'us\'');
  });
  it('"Rp -" (Excel Accounting zero) is Nihil: ANGKA → #N/A, left out of RATA_CAPAIAN, not assessed in IKPA_SCORE', () => {
    expect(isNihilText("Rp -")).toBe(true);
    expect(isNihilText("Rp. –")).toBe(true);
    expect(isNihilText("Rp  -")).toBe(true);
    expect(parseNumberText("Rp -")).toBeNull();
    expect(err(call("ANGKA", "Rp -")).code).toBe("#N/A");
    expect(call("RATA_CAPAIAN", [[1], ["Rp -"], [0.5]])).toBe(0.75);
  });
  it('"Rp (1.234)" (Excel Accounting negative) = −1 234, like "(Rp 1.234)" and "-Rp1.234"', () => {
    expect(call("ANGKA", "Rp (1.234)")).toBe(-1234);
    expect(call("ANGKA", "Rp   (1.234)")).toBe(-1234);
    expect(call("ANGKA", "(Rp 1.234)")).toBe(-1234);
    expect(call("ANGKA", "-Rp1.234")).toBe(-1234);
    expect(parseNumberText("Rp (1.234)")!.reading).toMatch(/negatif/);
  });
});

describe("5. NKA before 2024 (SMART DJA, PMK 22/PMK.02/2021) is #N/A, never the 2024 formula", () => {
  it("NKA(83; 96,12; 2024) = 89,56 — PMK 62/2023 jo. PMK 107/2024", () => {
    expect(call("NKA", 83, 96.12, 2024)).toBe(89.56);
  });
  it("NKA(…; 2023) is #N/A naming PMK 22/PMK.02/2021; 2020 names PMK 214/PMK.02/2017", () => {
    const e = err(call("NKA", 83, 96.12, 2023));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("PMK 22/PMK.02/2021");
    expect(e.message).toContain("SMART");
    expect(nkaYearProblem(2020)).toContain("PMK 214/PMK.02/2017");
    expect(err(call("NKA", 83, 96.12, 2027)).message).toContain("dikenal 2024–2026");
  });
});

describe("6. CAPAIAN caps and floors (no national cap for LKjIP; PermenPANRB 8/2021 negative formula)", () => {
  it('CAPAIAN(20; 7; "negatif") = 0, not −85,7% (2 − 20/7 floored at 0)', () => {
    expect(call("CAPAIAN", 20, 7, "negatif")).toBe(0);
  });
  it('CAPAIAN(20; 7; "negatif"; ; ; "tanpa") = 2 − 20/7 = −85,71% when the user asks for no floor', () => {
    expect(roundTo((call("CAPAIAN", 20, 7, "negatif", null, null, "tanpa") as number) * 100, 2)).toBe(-85.71);
  });
  it('CAPAIAN(130; 100; ; ; "120%") = 120% (a pemda cap); 1,1 caps at 110%; no cap by default (130%)', () => {
    expect(call("CAPAIAN", 130, 100, null, null, "120%")).toBe(1.2);
    expect(call("CAPAIAN", 130, 100, null, null, 1.1)).toBe(1.1);
    expect(call("CAPAIAN", 130, 100)).toBe(1.3);
    expect(capaian(1.3, 1, "positif", "selisih", { atas: 1.2 })).toBe(1.2);
  });
  it("a cap of 120 (points) is #VALUE! with the reason, not 12 000%", () => {
    expect(err(call("CAPAIAN", 130, 100, null, null, 120)).message).toBe('batas 120 tampak seperti poin persen: tulis "120%" atau 1,2');
  });
  it("positive polarity keeps a negative realisasi's capaian unless a floor is given", () => {
    expect(call("CAPAIAN", -5, 10)).toBe(-0.5);
    expect(call("CAPAIAN", -5, 10, null, null, null, 0)).toBe(0);
  });
});

describe("7. IKM with a weight per unsur (PermenPANRB 14/2017: bobot = 1 / jumlah unsur)", () => {
  const NRR = [3.2, 3.4, 3.6, 3.1, 3.5, 3.3, 3.7, 3.4, 3.6]; // 9 unsur, Σ 30,8
  it("IKM(9 unsur; ; 0,111) = Σ NRR × 0,111 = 3,4188 (konversi 85,47) against the exact mean 3,4222 (85,56)", () => {
    expect(roundTo(call("IKM", [NRR], null, 0.111) as number, 4)).toBe(3.4188);
    expect(call("IKM_KONVERSI", call("IKM", [NRR], null, 0.111) as number)).toBe(85.47);
    expect(roundTo(call("IKM", [NRR]) as number, 4)).toBe(3.4222);
    expect(roundTo(call("IKM", [NRR], null, "rata") as number, 4)).toBe(3.4222);
    expect(call("IKM_KONVERSI", call("IKM", [NRR]) as number)).toBe(85.56);
  });
  it("IKM(…; 0,11) = Σ NRR × 0,11 = 3,388; a range of weights per unsur works too", () => {
    expect(roundTo(call("IKM", [NRR], null, 0.11) as number, 4)).toBe(3.388);
    expect(roundTo(call("IKM", [[3, 4]], null, [[0.5, 0.5]]) as number, 4)).toBe(3.5);
  });
  it("a weight meant for another number of unsur is #VALUE! (0,111 × 4 unsur = 0,444), and bobot with responden is refused", () => {
    expect(err(call("IKM", [[3, 4, 3, 4]], null, 0.111)).message).toContain("bukan ≈ 1");
    expect(err(call("IKM", [[3, 4]], [[10, 20]], 0.5)).code).toBe("#VALUE!");
    expect(ikmBerbobot([3, 4], [0.5, 0.5])).toBe(3.5);
  });
});

describe('8. Not assessed is "-" (text reaches every host unchanged); 0 is a score of zero (office-js #5262, #4702)', () => {
  it('IKPA_SCORE(seed 2021 with Renkas "-"; 2021) = 98,03, the published figure — PER-4/PB/2021', () => {
    expect(call("IKPA_SCORE", [SEED_2021.map((n, i) => (i === 11 ? "-" : n))], 2021)).toBe(98.03);
    expect(call("IKPA_SCORE", [SEED_2021.map((n, i) => (i === 11 ? null : n))], 2021)).toBe(98.03);
  });
  it("IKPA_SCORE(seed 2021 with Renkas 0; 2021) = 93,13: a 0 is scored as zero (what a host that passes blanks as 0 gives)", () => {
    expect(call("IKPA_SCORE", [SEED_2021], 2021)).toBe(93.13);
  });
});
