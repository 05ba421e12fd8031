// test/core/numbers.test.ts fuzzes parseNumberText on short strings and checks the format
// round trips; test/core/catalogue.test.ts fuzzes every LKJIP.* function. This adds what a
// cell can hand the parser besides short strings: any value, long and full-Unicode text.
import fc from "fast-check";
import { parseNumberText } from "../../src/core/numbers";

describe("number parser on anything a cell can hold", () => {
  it("never throws, and a reading is always a finite number", () => {
    const separators = fc.constantFrom("1", "2", "9", "0", ".", ",", " ", "%", "(", ")", "-", "R", "p", "\u00a0");
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: separators, maxLength: 400 })), (v) => {
        const r = parseNumberText(v);
        if (r !== null && !Number.isFinite(r.value)) throw new Error(`${JSON.stringify(v)} read as ${r.value}`);
      }),
      { numRuns: 3000, examples: [["9".repeat(400)], ["9".repeat(400) + "%"], ["1e999"], ["Rp " + "9.999".repeat(120)], [Number.NaN], [{ error: "#DIV/0!" }]] },
    );
  });
});
