import fc from "fast-check";
import { CATALOGUE, FUNCTION_NAMES, callFunction, type Arg, type Out } from "../../src/core/catalogue";
import { formatNumberId, formatNumberOmspan, formatPercentId, formatPercentOmspan, formatRupiah, roundTo, truncTo } from "../../src/core/numbers";
import { FormulaError, isFormulaError } from "../../src/core/result";

const call = (name: string, ...args: Arg[]): Out => callFunction(name, args);
const err = (out: Out): FormulaError => {
  if (!isFormulaError(out)) throw new Error(`expected an error, got ${JSON.stringify(out)}`);
  return out;
};
const pct2 = (out: Out): number => roundTo((out as number) * 100, 2);

describe("the catalogue", () => {
  it("has exactly the functions of issues 3 and 16", () => {
    expect([...FUNCTION_NAMES].sort()).toEqual(
      [
        "CAPAIAN", "RATA_CAPAIAN", "RASIO", "SERAPAN", "IKPA_SCORE", "IKPA_BOBOT", "IKPA_KOMPONEN", "IKPA_DISPENSASI", "IKPA_KATEGORI",
        "IKPA_REVISI_DIPA", "NK_PERENCANAAN", "NKA", "NKA_KATEGORI", "IKM", "IKM_KONVERSI", "IKM_MUTU", "IKM_KINERJA", "PREDIKAT_SAKIP", "ANGKA", "TERBILANG",
      ].sort(),
    );
  });
  it("unknown names are #NAME?, lookup is case-insensitive and ignores prototype names", () => {
    expect(err(call("NOPE")).code).toBe("#NAME?");
    expect(err(call("toString")).code).toBe("#NAME?");
    expect(call("capaian", 1, 1)).toBe(1);
  });
});

describe("CAPAIAN (seed figures)", () => {
  it("TAK: 100% / 90% = 111,11%", () => {
    expect(pct2(call("CAPAIAN", 1, 0.9))).toBe(111.11);
    expect(pct2(call("CAPAIAN", "100%", "90%"))).toBe(111.11);
  });
  it("layanan: 98,76% / 90% = 109,73%", () => {
    expect(pct2(call("CAPAIAN", 0.9876, 0.9))).toBe(109.73);
  });
  it("ILK: 3,21 / 3,1 = 103,55% rounded, 103,54% truncated", () => {
    const c = call("CAPAIAN", "3,21", "3,1 (Indeks)") as number;
    expect(roundTo(c * 100, 2)).toBe(103.55);
    expect(truncTo(c * 100, 2)).toBe(103.54);
  });
  it("negative polarity: selisih 2 − R/T (default) and rasio T/R", () => {
    expect(call("CAPAIAN", 80, 100, "negatif")).toBe(1.2);
    expect(call("CAPAIAN", 80, 100, "negatif", "rasio")).toBe(1.25);
    expect(call("CAPAIAN", 80, 100, null, null)).toBe(0.8);
  });
  it("bad input", () => {
    expect(err(call("CAPAIAN", 1, 0)).code).toBe("#DIV/0!");
    expect(err(call("CAPAIAN", 0, 5, "negatif", "rasio")).code).toBe("#DIV/0!");
    expect(err(call("CAPAIAN", "abc", 1)).toString()).toBe("#VALUE! realisasi bukan angka: 'abc'");
    expect(err(call("CAPAIAN", 1, null)).toString()).toBe("#VALUE! target kosong");
    expect(err(call("CAPAIAN", 1, true)).code).toBe("#VALUE!");
    expect(err(call("CAPAIAN", 1, 1, "naik")).message).toContain('"positif" atau "negatif"');
    expect(err(call("CAPAIAN", 1, 1, "negatif", "bagi")).message).toContain('"selisih" atau "rasio"');
    expect(err(call("CAPAIAN", "Nihil", "Nihil")).code).toBe("#N/A");
  });
  it("broadcasts ranges and scalars", () => {
    expect(call("CAPAIAN", [[1], [0.5], [2]], 1)).toEqual([[1], [0.5], [2]]);
    expect(call("CAPAIAN", [[1, 2]], [[0.5], [1]])).toEqual([
      [2, 4],
      [1, 2],
    ]);
    expect(call("CAPAIAN", [[0.8], [0.8]], [[1], [1]], [["positif"], ["negatif"]])).toEqual([[0.8], [1.2]]);
    expect(call("CAPAIAN", [[5]], [[10]])).toBe(0.5);
    const mismatch = call("CAPAIAN", [[1], [2], [3]], [[1], [1]]) as Out[][];
    expect(err(mismatch[2][0]).code).toBe("#N/A");
    expect(err(call("CAPAIAN", [], 1)).code).toBe("#VALUE!");
    const perCell = call("CAPAIAN", [[1], [1]], [[0], [2]]) as Out[][];
    expect(err(perCell[0][0]).code).toBe("#DIV/0!");
    expect(perCell[1][0]).toBe(0.5);
  });
});

describe("RATA_CAPAIAN", () => {
  it("reproduces the seed's 112,47% and leaves out blanks, Nihil and '-'", () => {
    const r = call("RATA_CAPAIAN", [[1.1111, "Nihil"], [1.0973, null], ["-", 1.2548], [1.0354, ""]]);
    expect(pct2(r)).toBe(112.47);
  });
  it("reads percent text", () => {
    expect(call("RATA_CAPAIAN", [["100%"], ["50 %"]])).toBe(0.75);
    expect(call("RATA_CAPAIAN", 0.5)).toBe(0.5);
  });
  it("errors", () => {
    expect(err(call("RATA_CAPAIAN", [["Nihil"], [null]])).code).toBe("#N/A");
    expect(err(call("RATA_CAPAIAN", [[1], ["x"]])).toString()).toBe("#VALUE! capaian bukan angka: 'x'");
  });
});

describe("RASIO and SERAPAN", () => {
  it("seed: layanan 10.502 / 10.633 = 98,77%; PNBP 231,61%; serapan 99,79%", () => {
    expect(pct2(call("RASIO", "10.502", "10.633"))).toBe(98.77);
    expect(pct2(call("RASIO", 5436769900, 2347400000))).toBe(231.61);
    expect(pct2(call("SERAPAN", "Rp9.912.780.806", "9,933,860,000"))).toBe(99.79);
    expect(pct2(call("SERAPAN", 9912780806, 9933860000))).toBe(99.79);
  });
  it("0/0 is #N/A Nihil; x/0 is #DIV/0!", () => {
    expect(err(call("RASIO", 0, 0)).toString()).toBe("#N/A Nihil (0/0)");
    expect(err(call("RASIO", 1, 0)).code).toBe("#DIV/0!");
    expect(err(call("SERAPAN", 1, 0)).code).toBe("#DIV/0!");
    expect(err(call("SERAPAN", 1, -5)).code).toBe("#VALUE!");
  });
  it("broadcasts", () => {
    expect(call("SERAPAN", [[50], [100]], 100)).toEqual([[0.5], [1]]);
  });
});

describe("IKPA functions", () => {
  const n2024 = [[80, 93.67, 98.23, 94.4, 100, 99.83, 100]];
  it("IKPA_SCORE with a year reproduces 2022, 2023, 2024", () => {
    expect(call("IKPA_SCORE", n2024, 2024)).toBe(96.12);
    expect(call("IKPA_SCORE", [[100, 83.43, 98.19, 91.43, 100, 99.71, 100, 100]], 2022)).toBe(97.09);
    expect(call("IKPA_SCORE", [[100, 74.7, 99.27, 97, 100, 100, 100, 100]], "2023")).toBe(97.02);
  });
  it("IKPA_SCORE 2021 with the seed's weight row (Renkas 0) and with the year (Renkas blank) = 98,03", () => {
    const nilai = [[100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, 0, 90]];
    expect(call("IKPA_SCORE", nilai, [[5, 5, 5, 10, 8, 5, 5, 15, 10, 17, 5, 0, 5]])).toBe(98.03);
    const blankRenkas = [[100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, null, 90]];
    expect(call("IKPA_SCORE", blankRenkas, 2021)).toBe(98.03);
    const dashRenkas = [[100, 74.46, 100, 100, 100, 100, 100, 99.65, 100, 99.99, 99.2, "-", 90]];
    expect(call("IKPA_SCORE", dashRenkas, 2021)).toBe(98.03);
  });
  it("IKPA_SCORE takes a column and OM-SPAN text, and the dispensasi deduction", () => {
    expect(call("IKPA_SCORE", n2024[0].map((v) => [v.toFixed(2)]), 2024)).toBe(96.12);
    expect(call("IKPA_SCORE", n2024, 2024, 0.25)).toBe(95.87);
    expect(call("IKPA_SCORE", n2024, [[10, 15, 20, 10, 10, 10, 25]], [[0.5]])).toBe(95.62);
  });
  it("IKPA_SCORE errors", () => {
    expect(err(call("IKPA_SCORE", n2024, 2019)).toString()).toBe("#N/A tidak ada aturan IKPA untuk tahun 2019 (dikenal 2020–2026)");
    expect(err(call("IKPA_SCORE", n2024, 2022)).message).toContain("tahun 2022 memakai 8 nilai");
    expect(err(call("IKPA_SCORE", n2024, [[10, 15, 20, 10, 10, 25]])).message).toContain("jumlah bobot (6) tidak sama dengan jumlah nilai (7)");
    expect(err(call("IKPA_SCORE", n2024, 2024.5)).code).toBe("#VALUE!");
    expect(err(call("IKPA_SCORE", n2024, null)).code).toBe("#VALUE!");
    expect(err(call("IKPA_SCORE", [[1, 2], [3, 4]], 2024)).message).toContain("satu baris atau satu kolom");
    expect(err(call("IKPA_SCORE", [[100, 83.43, 98.19, 91.43, 100, 99.71, 100, 100]], 2022, 0.25)).message).toContain("komponen berbobot");
    expect(err(call("IKPA_SCORE", [[80, "x", 98.23, 94.4, 100, 99.83, 100]], 2024)).toString()).toBe("#VALUE! nilai ke-2 bukan angka: 'x'");
    expect(err(call("IKPA_SCORE", [[80, 93.67, 98.23, 94.4, 100, 99.83, 100]], [[10, 15, 20, null, 10, 10, 25]])).message).toContain("bobot ke-4 kosong");
  });
  it("IKPA_BOBOT and IKPA_KOMPONEN return the year's row", () => {
    expect(call("IKPA_BOBOT", 2024)).toEqual([[10, 15, 20, 10, 10, 10, 25]]);
    expect(call("IKPA_BOBOT", 2022)).toEqual([[10, 10, 20, 10, 10, 10, 5, 25]]);
    expect((call("IKPA_BOBOT", 2021) as Out[][])[0]).toHaveLength(13);
    expect(call("IKPA_KOMPONEN", 2024)).toEqual([
      ["Revisi DIPA", "Deviasi Halaman III DIPA", "Penyerapan Anggaran", "Belanja Kontraktual", "Penyelesaian Tagihan", "Pengelolaan UP dan TUP", "Capaian Output"],
    ]);
    expect(err(call("IKPA_KOMPONEN", 2030)).code).toBe("#N/A");
    expect(err(call("IKPA_BOBOT", [[2022, 2023]])).code).toBe("#VALUE!");
  });
  it("IKPA_DISPENSASI", () => {
    expect(call("IKPA_DISPENSASI", 0, 500)).toBe(0);
    expect(call("IKPA_DISPENSASI", 1, 1000)).toBe(0.75);
    expect(err(call("IKPA_DISPENSASI", 1, 0)).code).toBe("#DIV/0!");
  });
  it("IKPA_KATEGORI at the boundaries", () => {
    expect(call("IKPA_KATEGORI", [[95], [94.99], [89], [88.99], [70], [69.99], [96.12]])).toEqual([
      ["Sangat Baik"], ["Baik"], ["Baik"], ["Cukup"], ["Cukup"], ["Kurang"], ["Sangat Baik"],
    ]);
    expect(err(call("IKPA_KATEGORI", 101)).code).toBe("#VALUE!");
  });
});

describe("NKA functions", () => {
  it("seed: NK perencanaan 83, NKA 89,56 Baik", () => {
    expect(call("NK_PERENCANAAN", 100, 80, 0)).toBe(83);
    expect(call("NKA", 83, 96.12)).toBe(89.56);
    expect(call("NKA_KATEGORI", call("NKA", 83, 96.12) as number)).toBe("Baik");
    expect(call("NKA", call("NK_PERENCANAAN", 100, 80, 0) as number, call("IKPA_SCORE", [[80, 93.67, 98.23, 94.4, 100, 99.83, 100]], 2024) as number)).toBe(89.56);
  });
  it("NKA_KATEGORI boundaries: 90 Baik, 90,01 Sangat Baik", () => {
    expect(call("NKA_KATEGORI", [[90.01, 90, 80.01, 80, 60.01, 60, 50.01, 50]])).toEqual([
      ["Sangat Baik", "Baik", "Baik", "Cukup", "Cukup", "Kurang", "Kurang", "Sangat Kurang"],
    ]);
  });
  it("rejects values outside 0–100", () => {
    expect(err(call("NK_PERENCANAAN", 120, 80, 0)).message).toContain("capaian_ro harus antara 0 dan 100");
    expect(err(call("NKA", -1, 50)).code).toBe("#VALUE!");
  });
});

describe("IKM functions", () => {
  it("IKM mean and respondent-weighted mean", () => {
    expect(call("IKM", [[3, 4], [null, 3.5]])).toBe(3.5);
    expect(call("IKM", [[3, 4]], [[1, 3]])).toBe(3.75);
    expect(call("IKM", [[3.21]])).toBe(3.21);
  });
  it("IKM errors", () => {
    expect(err(call("IKM", [[3, 5]])).message).toContain("antara 1 dan 4");
    expect(err(call("IKM", [[3, 4]], [[1]])).message).toContain("harus sama ukurannya");
    expect(err(call("IKM", [[3, 4]], [[0, 0]])).code).toBe("#DIV/0!");
    expect(err(call("IKM", [[null]])).code).toBe("#N/A");
  });
  it("konversi, mutu, kinerja at the band boundaries", () => {
    expect(call("IKM_KONVERSI", 3.21)).toBe(80.25);
    expect(call("IKM_MUTU", [[3.5324, 3.532, 3.0644, 3.064, 2.6, 2.5996]])).toEqual([["A", "B", "B", "C", "C", "D"]]);
    expect(call("IKM_KINERJA", [[4, 3.21, 2.7, 1]])).toEqual([["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"]]);
    expect(err(call("IKM_KONVERSI", 0.5)).code).toBe("#VALUE!");
  });
});

describe("PREDIKAT_SAKIP", () => {
  it("bands", () => {
    expect(call("PREDIKAT_SAKIP", [[90.01, 90, 80, 70, 60, 50, 30, 0]])).toEqual([["AA", "A", "BB", "B", "CC", "C", "D", "D"]]);
    expect(err(call("PREDIKAT_SAKIP", 100.5)).code).toBe("#VALUE!");
  });
});

describe("ANGKA and TERBILANG", () => {
  it("ANGKA reads Indonesian and OM-SPAN text", () => {
    expect(call("ANGKA", [["Rp9.933.860.000"], ["99,79%"], ["9,933,860,000"], ["99.79 %"], ["(98.67%)"], ["1.234"], [42]])).toEqual([
      [9933860000], [0.9979], [9933860000], [0.9979], [0.9867], [1234], [42],
    ]);
  });
  it("ANGKA errors", () => {
    expect(err(call("ANGKA", "Nihil")).code).toBe("#N/A");
    expect(err(call("ANGKA", "abc")).toString()).toBe("#VALUE! bukan angka: 'abc'");
    expect(err(call("ANGKA", null)).code).toBe("#VALUE!");
  });
  it("TERBILANG", () => {
    expect(call("TERBILANG", 5000000)).toBe("lima juta");
    expect(call("TERBILANG", "Rp5.000.000", "Rupiah")).toBe("lima juta rupiah");
    expect(call("TERBILANG", [[1], [11]])).toEqual([["satu"], ["sebelas"]]);
    expect(err(call("TERBILANG", 1e15)).code).toBe("#VALUE!");
  });
});

describe("overflow", () => {
  it("is #NUM!, never Infinity", () => {
    expect(err(call("RASIO", 1e308, 1e-308)).code).toBe("#NUM!");
    expect(err((call("CAPAIAN", [[1e308]], [[1e-308], [1]]) as Out[][])[0][0]).code).toBe("#NUM!");
  });
});

describe("properties", () => {
  it("ANGKA ∘ format round trips (Indonesian, OM-SPAN, percent, Rupiah)", () => {
    const amount = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 2 })).map(([n, d]) => roundTo(n / 10 ** d, d));
    fc.assert(
      fc.property(amount, (x) => {
        const id = call("ANGKA", formatNumberId(x));
        const rp = call("ANGKA", formatRupiah(Math.round(x)));
        return id === x && rp === Math.round(x);
      }),
      { numRuns: 1000 },
    );
    fc.assert(fc.property(fc.integer({ min: 1000000, max: 1e12 }), (x) => call("ANGKA", formatNumberOmspan(x)) === x));
    const frac = fc.integer({ min: -100000, max: 1000000 }).map((n) => n / 10000);
    fc.assert(fc.property(frac, (f) => call("ANGKA", formatPercentId(f)) === f && call("ANGKA", formatPercentOmspan(f)) === f));
  });

  const scalar = fc.oneof(
    fc.double(),
    fc.integer({ min: -3000, max: 3000 }),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("Nihil", "-", "99,79%", "2024", "positif", "negatif", "rasio", "", "1.234"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const arg: fc.Arbitrary<Arg> = fc.oneof(
    { weight: 3, arbitrary: scalar as fc.Arbitrary<Arg> },
    { weight: 1, arbitrary: fc.array(fc.array(scalar as fc.Arbitrary<Arg>, { maxLength: 4 }), { maxLength: 4 }) as fc.Arbitrary<Arg> },
  );
  const isOut = (o: Out): boolean =>
    (typeof o === "number" && Number.isFinite(o)) || typeof o === "string" || typeof o === "boolean" || isFormulaError(o) || (Array.isArray(o) && o.every((r) => Array.isArray(r) && r.every(isOut)));

  it("every function on random arguments returns a value, an array or a FormulaError, and never throws", () => {
    for (const name of FUNCTION_NAMES) {
      fc.assert(
        fc.property(fc.array(arg, { maxLength: 5 }), (args) => {
          const fn = CATALOGUE[name];
          const out = fn(...args); // called directly: no try/catch safety net
          return isOut(out);
        }),
        { numRuns: 300 },
      );
    }
  });
});
