import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const rels = [rel("sum", "C1", ["A1", "B1"], { quantity: "pagu" }), rel("mean", "D1", [], { quantity: "index" }), rel("capaian", "E1", [], { quantity: "capaian" })];

ruleTester("out-of-range", {
  valid: [{ name: "in range; bound configurable", snapshot: wb(sheet("S", [[5, 3, 8, 3.21, 2.5]])), relations: rels, options: { capaianUpperBound: 3 } }],
  invalid: [
    {
      name: "negative pagu, index 4,5, capaian 250%",
      snapshot: wb(sheet("S", [[-5, 3, -2, 4.5, 2.5]])),
      relations: rels,
      findings: ["S!A1 warning range.negative", "S!C1 warning range.negative", "S!D1 warning range.index", "S!E1 warning range.capaian"],
    },
  ],
});
