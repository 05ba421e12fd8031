import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const fmt = [["0.00%"], ["0.00%"], ["0.00%"], ["0.00%"]];
const r = rel("mean", "A4", ["A1", "A2", "A3"]);

ruleTester("mean", {
  valid: [{ name: "mean with Nihil left out", snapshot: wb(sheet("S", [[1.2548], [1.0354], ["Nihil"], [1.1451]], { numberFormats: fmt })), relations: [r] }],
  invalid: [
    {
      name: "sasaran average 112,24% vs mean(125,48; 103,54) = 114,51%",
      snapshot: wb(sheet("S", [[1.2548], [1.0354], [null], [1.1224]], { numberFormats: fmt })),
      relations: [r],
      findings: ["S!A4 error mean.mismatch"],
      check: (f) => expect(f[0].message).toContain("114,51%"),
    },
    {
      name: "mean(1; 2,8) = 1,9 shown without decimals as 1 (truncated: rounding, info)",
      snapshot: wb(sheet("S", [[1], [2.8], [null], [1]], { numberFormats: [["General"], ["General"], ["General"], ["0"]] })),
      relations: [r],
      findings: ["S!A4 info mean.rounding"],
    },
  ],
});
