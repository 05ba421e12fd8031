import { rel, runRule, sheet, wb, where } from "../helpers";

describe("capaian", () => {
  const pct = ["0.00%", "0.00%", "0.00%"];
  it("must trigger: capaian 111,11% where 111,11% / 90% = 123,46%", () => {
    const s = wb(sheet("S", [[0.9, 1.1111, 1.1111]], { numberFormats: [pct] }));
    const f = runRule("capaian", s, [rel("capaian", "C1", ["B1", "A1"], { quantity: "capaian" })]);
    expect(where(f)).toEqual(["S!C1 error capaian.mismatch"]);
    expect(f[0].message).toContain("123,46%");
  });
  it("must trigger: negative polarity", () => {
    const s = wb(sheet("S", [[0.1, 0.05, 0.5]], { numberFormats: [pct] }));
    expect(where(runRule("capaian", s, [rel("capaian", "C1", ["B1", "A1"], { params: { polarity: "negatif" } })]))).toEqual(["S!C1 error capaian.mismatch"]);
  });
  it("must not trigger: correct, truncated (info), negative polarity, Nihil target", () => {
    expect(runRule("capaian", wb(sheet("S", [[0.9, 1, 1.1111]], { numberFormats: [pct] })), [rel("capaian", "C1", ["B1", "A1"])])).toEqual([]);
    const neg = wb(sheet("S", [[0.1, 0.05, 1.5]], { numberFormats: [pct] }));
    expect(runRule("capaian", neg, [rel("capaian", "C1", ["B1", "A1"], { params: { polarity: "negatif" } })])).toEqual([]);
    const ilk = wb(sheet("S", [["3,1 (Indeks)", "3,21 (Indeks)", "103,54 %"]]));
    expect(where(runRule("capaian", ilk, [rel("capaian", "C1", ["B1", "A1"])]))).toEqual(["S!C1 info capaian.rounding"]);
    expect(runRule("capaian", wb(sheet("S", [["Nihil", "Nihil", null]])), [rel("capaian", "C1", ["B1", "A1"])])).toEqual([]);
  });
});
