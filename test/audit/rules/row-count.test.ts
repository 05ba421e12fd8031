import { rel, sheet, wb } from "../helpers";
import { ruleTester } from "../ruleTester";

const r = rel("count", "B4", ["B1", "B2", "B3"]);
const book = (third: string | null, count: number) => wb(sheet("S", [["1", "a"], ["2", "b"], ["3", third], ["Jumlah", count]]));

ruleTester("row-count", {
  valid: [{ name: "count matches", snapshot: book("c", 3), relations: [r] }],
  invalid: [
    { name: "Jumlah Indikator 3 with 2 rows", snapshot: book(null, 3), relations: [r], findings: ["S!B4 error count.mismatch"] },
    {
      name: "a count within the tolerance its relation allows (rounding, info)",
      snapshot: book("c", 2),
      relations: [rel("count", "B4", ["B1", "B2", "B3"], { params: { tolerance: 1 } })],
      findings: ["S!B4 info count.rounding"],
    },
  ],
});
