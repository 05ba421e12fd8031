import { rel, runRule, sheet, wb, where } from "../helpers";

describe("mean", () => {
  const fmt = [["0.00%"], ["0.00%"], ["0.00%"], ["0.00%"]];
  it("must trigger: sasaran average 112,24% vs mean(125,48; 103,54) = 114,51%", () => {
    const s = wb(sheet("S", [[1.2548], [1.0354], [null], [1.1224]], { numberFormats: fmt }));
    const f = runRule("mean", s, [rel("mean", "A4", ["A1", "A2", "A3"])]);
    expect(where(f)).toEqual(["S!A4 error mean.mismatch"]);
    expect(f[0].message).toContain("114,51%");
  });
  it("must not trigger: mean with Nihil left out", () => {
    const s = wb(sheet("S", [[1.2548], [1.0354], ["Nihil"], [1.1451]], { numberFormats: fmt }));
    expect(runRule("mean", s, [rel("mean", "A4", ["A1", "A2", "A3"])])).toEqual([]);
  });
});
