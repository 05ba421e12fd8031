import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const pct = ["0.00%", "0.00%", "0.00%"];
const plain = rel("capaian", "C1", ["B1", "A1"]);
const negatif = rel("capaian", "C1", ["B1", "A1"], { params: { polarity: "negatif" } });

ruleTester("capaian", {
  valid: [
    { name: "correct capaian", snapshot: wb(sheet("S", [[0.9, 1, 1.1111]], { numberFormats: [pct] })), relations: [plain] },
    { name: "negative polarity, correct", snapshot: wb(sheet("S", [[0.1, 0.05, 1.5]], { numberFormats: [pct] })), relations: [negatif] },
    { name: "Nihil target", snapshot: wb(sheet("S", [["Nihil", "Nihil", null]])), relations: [plain] },
  ],
  invalid: [
    {
      name: "capaian 111,11% where 111,11% / 90% = 123,46%",
      snapshot: wb(sheet("S", [[0.9, 1.1111, 1.1111]], { numberFormats: [pct] })),
      relations: [rel("capaian", "C1", ["B1", "A1"], { quantity: "capaian" })],
      findings: ["S!C1 error capaian.mismatch"],
      check: (f) => expect(f[0].message).toContain("123,46%"),
    },
    { name: "negative polarity, wrong", snapshot: wb(sheet("S", [[0.1, 0.05, 0.5]], { numberFormats: [pct] })), relations: [negatif], findings: ["S!C1 error capaian.mismatch"] },
    {
      name: "ILK 3,21 of 3,1 typed as text 103,54 % (truncated: rounding, info)",
      snapshot: wb(sheet("S", [["3,1 (Indeks)", "3,21 (Indeks)", "103,54 %"]])),
      relations: [plain],
      findings: ["S!C1 info capaian.rounding"],
    },
  ],
});
