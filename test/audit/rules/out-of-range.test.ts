import { rel, runRule, sheet, wb, where } from "../helpers";

describe("out-of-range", () => {
  it("must trigger: negative pagu, index 4,5, capaian 250%", () => {
    const s = wb(sheet("S", [[-5, 3, -2, 4.5, 2.5]]));
    const f = runRule("out-of-range", s, [
      rel("sum", "C1", ["A1", "B1"], { quantity: "pagu" }),
      rel("mean", "D1", [], { quantity: "index" }),
      rel("capaian", "E1", [], { quantity: "capaian" }),
    ]);
    expect(where(f)).toEqual(["S!A1 warning range.negative", "S!C1 warning range.negative", "S!D1 warning range.index", "S!E1 warning range.capaian"]);
  });
  it("must not trigger: in range; bound configurable", () => {
    const s = wb(sheet("S", [[5, 3, 8, 3.21, 2.5]]));
    const rels = [rel("sum", "C1", ["A1", "B1"], { quantity: "pagu" }), rel("mean", "D1", [], { quantity: "index" }), rel("capaian", "E1", [], { quantity: "capaian" })];
    expect(runRule("out-of-range", s, rels, { capaianUpperBound: 3 })).toEqual([]);
  });
});
