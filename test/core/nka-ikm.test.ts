import { ikm } from "../../src/core/formulas/ikm";
import { nka, nkPerencanaan } from "../../src/core/formulas/nka";
import { FormulaError } from "../../src/core/result";

describe("NKA", () => {
  it("reproduces the seed: NK perencanaan 83, NKA 89,56", () => {
    expect(nkPerencanaan(100, 80, 0)).toBe(83);
    expect(nka(83, 96.12)).toBe(89.56);
  });
  it("takes other NK perencanaan weights (the 10/15 split is unverified)", () => {
    expect(nkPerencanaan(100, 80, 0, { capaianRo: 0.75, penggunaanSbk: 0.15, efisiensiSbk: 0.1 })).toBe(87);
  });
  it("rounds to 2 decimals half away from zero", () => {
    expect(nka(83, 96.13)).toBe(89.57); // 89.565
  });
});

describe("ikm", () => {
  it("plain and respondent-weighted means", () => {
    expect(ikm([3, 4])).toBe(3.5);
    expect(ikm([3, 4], [1, 3])).toBe(3.75);
  });
  it("bad input", () => {
    expect((ikm([3, 4], [1]) as FormulaError).code).toBe("#VALUE!");
    expect((ikm([0.5]) as FormulaError).message).toContain("antara 1 dan 4");
    expect((ikm([3], [-1]) as FormulaError).code).toBe("#VALUE!");
    expect((ikm([3], [0]) as FormulaError).code).toBe("#DIV/0!");
    expect((ikm([]) as FormulaError).code).toBe("#N/A");
  });
});
