import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const r = rel("product", "A3", ["A1", "A2"], { params: { factor: 0.01 }, label: { id: "Nilai akhir Belanja Kontraktual", en: "Final score" }, quantity: "score" });
const book = (score: number, weight: number, result: number, resultFormat = "General") => wb(sheet("S", [[score], [weight], [result]], { numberFormats: [["General"], ["General"], [resultFormat]] }));

ruleTester("product", {
  valid: [
    { name: "93,67 × 15 / 100 = 14,05 (rounded as OM-SPAN shows)", snapshot: book(93.67, 15, 14.05), relations: [r] },
    { name: "94,40 × 10 / 100 = 9,44", snapshot: book(94.4, 10, 9.44), relations: [r] },
  ],
  invalid: [
    {
      name: "84,40 × 10 / 100 = 8,44, written 9,44",
      snapshot: book(84.4, 10, 9.44),
      relations: [r],
      findings: ["S!A3 error product.mismatch"],
      check: (f) => expect(f[0].expected).toBeCloseTo(8.44, 10),
    },
    { name: "86,00 × 10 / 100 = 8,6 shown without decimals as 8 (truncated: rounding, info)", snapshot: book(86, 10, 8, "0"), relations: [r], findings: ["S!A3 info product.rounding"] },
  ],
});
