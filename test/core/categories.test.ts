import { categoryFor, ikmKinerja, ikmKonversi, ikmMutu, predikatSakip, predikatSakipArti } from "../../src/core/formulas/categories";

describe("categoryFor", () => {
  it.each([
    [100, "Sangat Baik"],
    [95, "Sangat Baik"],
    [94.99, "Baik"],
    [89, "Baik"],
    [88.99, "Cukup"],
    [70, "Cukup"],
    [69.99, "Kurang"],
    [96.12, "Sangat Baik"],
  ])("ikpa %d → %s", (v, c) => expect(categoryFor("ikpa", v)).toBe(c));

  it.each([
    [90.01, "Sangat Baik"],
    [90, "Baik"],
    [89.56, "Baik"],
    [80.01, "Baik"],
    [80, "Cukup"],
    [60, "Kurang"],
    [50.01, "Kurang"],
    [50, "Sangat Kurang"],
  ])("nka %d → %s", (v, c) => expect(categoryFor("nka", v)).toBe(c));

  it.each([
    [90.01, "AA"],
    [90, "A"],
    [80, "BB"],
    [70, "B"],
    [60, "CC"],
    [50, "C"],
    [30.01, "C"],
    [30, "D"],
    [0, "D"],
  ])("sakip %d → %s", (v, c) => expect(categoryFor("sakip", v)).toBe(c));

  it("ikm takes the 1–4 index", () => {
    expect(categoryFor("ikm", 3.21)).toBe("Baik");
  });

  it("throws on NaN", () => expect(() => categoryFor("ikpa", NaN)).toThrow(RangeError));
});

describe("IKM bands (PermenPANRB 14/2017)", () => {
  it.each([
    [4, 100, "A", "Sangat Baik"],
    [3.5324, 88.31, "A", "Sangat Baik"],
    [3.532, 88.3, "B", "Baik"],
    [3.0644, 76.61, "B", "Baik"],
    [3.064, 76.6, "C", "Kurang Baik"],
    [2.6, 65, "C", "Kurang Baik"],
    [2.5996, 64.99, "D", "Tidak Baik"],
    [1, 25, "D", "Tidak Baik"],
  ])("%d → %d %s %s", (i, k, m, kin) => {
    expect(ikmKonversi(i)).toBe(k);
    expect(ikmMutu(i)).toBe(m);
    expect(ikmKinerja(i)).toBe(kin);
  });
  it("explains the predicate", () => {
    expect(predikatSakip(85)).toBe("A");
    expect(predikatSakipArti("A")).toBe("Memuaskan");
    expect(predikatSakipArti("D")).toBe("Sangat Kurang");
  });
});
