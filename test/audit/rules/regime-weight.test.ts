import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const r = rel("constant", "A1", [], { params: { expected: 10 }, label: { id: "Bobot Pengelolaan UP dan TUP 2024", en: "Weight of UP/TUP 2024" } });

ruleTester("regime-weight", {
  valid: [{ name: "the regime's weight", snapshot: wb(sheet("S", [[10]])), relations: [r] }],
  invalid: [
    { name: "blank UP/TUP weight", snapshot: wb(sheet("S", [[null, 1]])), relations: [r], findings: ["S!A1 error constant.mismatch"] },
    { name: "wrong weight", snapshot: wb(sheet("S", [[5]])), relations: [r], findings: ["S!A1 error constant.mismatch"] },
  ],
});
