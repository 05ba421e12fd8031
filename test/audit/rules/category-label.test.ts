import { rel, runRule, sheet, wb, where } from "../helpers";
import { ruleTester } from "../ruleTester";

describe("category-label", () => {
  it("IKPA 97,02 typed as 97,02% (stored 0,9702, percent format) is read as 97,02 points: Sangat Baik holds, Kurang is flagged (PER-5/PB/2024 bands)", () => {
    const pctFmt = { numberFormats: [["0.00%", "General"]] };
    const ikpa = [rel("category", "B1", ["A1"], { params: { scheme: "ikpa" } })];
    expect(runRule("category-label", wb(sheet("S", [[0.9702, "Sangat Baik"]], pctFmt)), ikpa)).toEqual([]);
    const f = runRule("category-label", wb(sheet("S", [[0.9702, "Kurang"]], pctFmt)), ikpa);
    expect(where(f)).toEqual(["S!B1 error category.mismatch"]);
    expect(f[0].expected).toBe("Sangat Baik");
    expect(f[0].message).toContain("97,02");
    // The same as text: "97,02%".
    expect(runRule("category-label", wb(sheet("S", [["97,02%", "Sangat Baik"]])), ikpa)).toEqual([]);
  });
  it("a plain fraction 0,9702 without a percent format gives no verdict (no false 'Kurang'); SAKIP 85% is A (PermenPANRB 88/2021)", () => {
    const ikpa = [rel("category", "B1", ["A1"], { params: { scheme: "ikpa" } })];
    expect(runRule("category-label", wb(sheet("S", [[0.9702, "Sangat Baik"]])), ikpa)).toEqual([]);
    const sakip = [rel("category", "B1", ["A1"], { params: { scheme: "sakip" } })];
    expect(runRule("category-label", wb(sheet("S", [[0.85, "A"]], { numberFormats: [["0%", "General"]] })), sakip)).toEqual([]);
  });
  it("IKM converted value 80,25 (25–100) is judged like the index 3,21: Baik (PermenPANRB 14/2017)", () => {
    const ikm = [rel("category", "B1", ["A1"], { params: { scheme: "ikm" } })];
    expect(runRule("category-label", wb(sheet("S", [[80.25, "Baik"]])), ikm)).toEqual([]);
    expect(where(runRule("category-label", wb(sheet("S", [[80.25, "Sangat Baik"]])), ikm))).toEqual(["S!B1 error category.mismatch"]);
  });
});

const nka = [rel("category", "B1", ["A1"], { params: { scheme: "nka" } })];
ruleTester("category-label", {
  valid: [
    { name: "NKA 89,56 Baik", snapshot: wb(sheet("S", [[89.56, "Baik"]])), relations: nka },
    { name: "IKPA 96,12 SANGAT BAIK", snapshot: wb(sheet("S", [[96.12, "SANGAT BAIK"]])), relations: [rel("category", "B1", ["A1"], { params: { scheme: "ikpa" } })] },
  ],
  invalid: [
    {
      name: "NKA 89,56 labelled Sangat Baik",
      snapshot: wb(sheet("S", [[89.56, "Sangat Baik"]])),
      relations: nka,
      findings: ["S!B1 error category.mismatch"],
      check: (f) => expect(f[0].expected).toBe("Baik"),
    },
  ],
});
