// Seeded errors on the consistent SIPD-style LRA: changing any one typed amount (anggaran or
// realisasi, at any level) is detected on that cell or on its parent row; changing a row that
// has children is reported on that row itself.
import { toA1 } from "../../src/core/address";
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";
import { sipdRows } from "./corpus/sipd";

const base = sipdRows();
const rowsOf = () => sipdRows().rows;
const parentRow = new Map<number, number>();
{
  const byCode = new Map<string, number>();
  for (const [r, n] of base.at) byCode.set(n.code.join("."), r);
  for (const [r, n] of base.at) parentRow.set(r, n.code.length > 1 ? byCode.get(n.code.slice(0, -1).join("."))! : base.jumlahRow);
}
const cases: [string, number, number][] = [];
for (const [r, n] of base.at) for (const c of [6, 7]) cases.push([`${n.name} ${c === 6 ? "anggaran" : "realisasi"}`, r, c]);

describe("seeded errors on the consistent SIPD-style LRA", () => {
  it("the consistent copy has no error or warning", () => {
    const r = audit(book({ name: "LRA", rows: rowsOf(), merged: ["A3:E3", "F3:F4"] }));
    expect(r.summary.error + r.summary.warning).toBe(0);
  });
  it.each(cases)("%s changed", (_name, r, c) => {
    const rows = rowsOf();
    rows[r][c] = (rows[r][c] as number) + 7000000;
    const res = audit(book({ name: "LRA", rows, merged: ["A3:E3", "F3:F4"] }));
    const errs = res.findings.filter((f) => f.severity === "error");
    const rowOf = (cell: string) => Number(/\d+$/.exec(cell)![0]) - 1;
    const onCell = errs.some((f) => f.cell === toA1(r, c));
    const onParent = errs.some((f) => rowOf(f.cell) === parentRow.get(r));
    expect(onCell || onParent).toBe(true);
    if (base.at.get(r)!.kids) expect(errs.some((f) => rowOf(f.cell) === r)).toBe(true);
  });
});
