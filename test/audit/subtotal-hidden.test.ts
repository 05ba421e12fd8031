// SUBTOTAL(109, …) adds up only the rows Excel shows, SUBTOTAL(9, …) those a filter does not hide:
// a hidden row is not a missing part.
import { audit } from "../../src/audit/engine";
import { book } from "./corpus/build";

function lra(fn: number, total: number) {
  const wb = book({
    name: "LRA",
    rows: [
      ["Jenis Belanja", "Pagu", "Realisasi"],
      ["Belanja Pegawai", 5_200_000_000, 5_012_345_000],
      ["Belanja Barang dan Jasa", 3_100_000_000, 2_876_540_000],
      ["Belanja Hibah (dibatalkan)", 500_000_000, 0],
      ["Belanja Modal", 900_000_000, 887_650_000],
      ["Jumlah", total, 8_776_535_000],
    ],
    formulas: { B6: `=SUBTOTAL(${fn},B2:B5)`, C6: `=SUBTOTAL(${fn},C2:C5)` },
    formats: { B: "#,##0", C: "#,##0" },
  });
  wb.sheets[0].hiddenRows = [3];
  return wb;
}

const problems = (wb: ReturnType<typeof book>) =>
  audit(wb)
    .findings.flatMap((f) => [f, ...(f.consequences ?? [])])
    .filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell}`);

describe("totals over hidden rows", () => {
  it("SUBTOTAL(109) equal to the visible rows: no finding", () => {
    expect(problems(lra(109, 9_200_000_000))).toEqual([]);
  });
  it("SUBTOTAL(109) that misses a visible row: the total is found", () => {
    expect(problems(lra(109, 8_300_000_000))).toContain("LRA!B6");
  });
  // Excel's SUBTOTAL(9) counts rows hidden by hand and leaves out rows a filter hides; the file
  // marks both alike, so the total's own value says which: Excel computed it.
  it("SUBTOTAL(9) equal to all rows (rows hidden by hand): no finding", () => {
    expect(problems(lra(9, 9_700_000_000))).toEqual([]);
  });
  it("SUBTOTAL(9) equal to the visible rows (a filtered list): no finding", () => {
    expect(problems(lra(9, 9_200_000_000))).toEqual([]);
  });
  it("SUBTOTAL(9) equal to neither: the total is found, against all its rows", () => {
    expect(problems(lra(9, 9_100_000_000))).toContain("LRA!B6");
  });
});
