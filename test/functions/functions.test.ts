// The Excel wrappers: matrix in, matrix out, errors as CustomFunctions.Error with messages where
// Excel can show them. CustomFunctions is provided by Excel at run time; here a stand-in.
import * as functions from "../../src/functions/functions";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
};

function thrown(fn: () => unknown): FakeError {
  try {
    fn();
  } catch (e) {
    return e as FakeError;
  }
  throw new Error("expected a thrown CustomFunctions.Error");
}

describe("Excel wrappers", () => {
  it("return a 1×1 matrix for single values", () => {
    expect(functions.capaian([[1]], [[0.9]])).toEqual([[1 / 0.9]]);
    expect(functions.nkaFn([[83]], [[96.12]])).toEqual([[89.56]]);
    expect(functions.ikpaKategori([[96.12]])).toEqual([["Sangat Baik"]]);
    expect(functions.terbilangFn([[5000000]], [["rupiah"]])).toEqual([["lima juta rupiah"]]);
  });
  it("treat omitted optional arguments as omitted", () => {
    expect(functions.capaian([[80]], [[100]], undefined, undefined)).toEqual([[0.8]]);
    expect(functions.capaian([[80]], [[100]], [[null]], [[null]])).toEqual([[0.8]]);
    expect(functions.ikmFn([[3, 4]])).toEqual([[3.5]]);
  });
  it("spill a range", () => {
    expect(functions.capaian([[1], [0.5]], [[0.9], [1]])).toEqual([[1 / 0.9], [0.5]]);
    expect(functions.ikpaBobot([[2024]])).toEqual([[10, 15, 20, 10, 10, 10, 25]]);
    expect(functions.ikpaScore([[80, 93.67, 98.23, 94.4, 100, 99.83, 100]], [[2024]])).toEqual([[96.12]]);
  });
  it("throw a whole-result error; #VALUE! and #N/A carry the Indonesian message, #DIV/0! none", () => {
    const v = thrown(() => functions.capaian([["abc"]], [[1]]));
    expect(v).toBeInstanceOf(FakeError);
    expect(v.code).toBe("#VALUE!");
    expect(v.message).toBe("realisasi bukan angka: 'abc'");
    const na = thrown(() => functions.ikpaBobot([[2019]]));
    expect(na.code).toBe("#N/A");
    expect(na.message).toContain("2019");
    const d = thrown(() => functions.serapan([[1]], [[0]]));
    expect(d.code).toBe("#DIV/0!");
    expect(d.message).toBeUndefined();
  });
  it("put per-cell errors inside a spilled array", () => {
    const out = functions.rasio([[1], [0]], [[2], [0]]);
    expect(out[0][0]).toBe(0.5);
    expect(out[1][0]).toBeInstanceOf(FakeError);
    expect((out[1][0] as FakeError).message).toBe("Nihil (0/0)");
  });
  it("every wrapper runs", () => {
    const calls: [string, unknown[][][]][] = [
      ["rataCapaian", [[[1, 0.5]]]],
      ["ikpaKomponen", [[[2024]]]],
      ["ikpaDispensasi", [[[1]], [[1000]]]],
      ["nkPerencanaan", [[[100]], [[80]], [[0]]]],
      ["nkaKategori", [[[89.56]]]],
      ["ikmKonversi", [[[3.21]]]],
      ["ikmMutu", [[[3.21]]]],
      ["ikmKinerja", [[[3.21]]]],
      ["predikatSakip", [[[85]]]],
      ["angka", [[["99,79%"]]]],
    ];
    const expected = [[[0.75]], null, [[0.75]], [[83]], [["Baik"]], [[80.25]], [["B"]], [["Baik"]], [["A"]], [[0.9979]]];
    calls.forEach(([name, args], i) => {
      const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
      const out = fn(...args);
      if (expected[i]) expect(out).toEqual(expected[i]);
      else expect(Array.isArray(out)).toBe(true);
    });
  });
});
