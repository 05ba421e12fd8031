// Wrong blames the red team found in field layouts (red team entries 29, 37, 56, 63), each
// rebuilt small with recognition on: the typed cell is named with its original value, and a
// cell that other satisfied relations confirm is never named alone.
import { audit } from "../../../src/audit/engine";
import type { Finding } from "../../../src/audit/types";
import { book, type SheetSpec } from "../corpus/build";

const errorsOf = (spec: SheetSpec): Finding[] => audit(book(spec)).findings.filter((f) => f.severity === "error" && !f.ignored);
/** Every root cause as [cell, value] choices (a finding without diagnosis: its own cell and expected value). */
const roots = (errors: Finding[]) =>
  errors.filter((f) => !f.causedBy).map((f) => (f.cause ? f.cause.candidates.map((c) => [c.cell, c.value]) : [[f.cell, f.expected]]));

describe("a 'Rata-rata' column: the mean of the months in its row (red team 37)", () => {
  const months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun"];
  const L: [string, number[]][] = [
    ["Layanan Paspor", [3.2, 3.25, 3.3, 3.28, 3.35, 3.4]],
    ["Layanan Izin Tinggal", [3.1, 3.15, 3.2, 3.18, 3.22, 3.25]],
    ["Layanan Pengaduan", [3.0, 3.05, 3.1, 3.12, 3.15, 3.2]],
    ["Layanan Informasi", [3.3, 3.32, 3.35, 3.38, 3.4, 3.42]],
  ];
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const spec = (i3: number | null): SheetSpec => ({
    name: "Indeks",
    rows: [
      ["No", "Jenis Layanan", ...months, "Rata-rata"],
      ...L.map(([n, xs], i) => [i + 1, n, ...xs, i === 1 && i3 !== null ? i3 : r2(mean(xs))]),
      [null, "Rata-rata", ...months.map((_, j) => r2(mean(L.map((l) => l[1][j])))), r2(mean(L.map((l) => mean(l[1]))))],
    ],
    formats: Object.fromEntries("CDEFGHI".split("").map((c) => [c, "0.00"])),
  });

  it("consistent: no error", () => {
    expect(errorsOf(spec(null))).toEqual([]);
  });

  it("a wrong row mean is named alone with the mean of its row (3,18), not a value back-solved through the rounded column mean", () => {
    const r = roots(errorsOf(spec(3.28)));
    expect(r).toHaveLength(1);
    expect(r[0]).toHaveLength(1);
    expect(r[0][0][0]).toBe("I3");
    expect(r[0][0][1]).toBeCloseTo(3.18, 2);
  });
});

describe("a numbered sasaran list (I / a., A / A.1, 1 / 1.1): one wrong sasaran or kegiatan figure (red team 29)", () => {
  const S: [string, [string, number, number][]][] = [
    ["Optimalnya penegakan hukum keimigrasian", [["Pengawasan orang asing", 650000000, 648500000], ["Penindakan keimigrasian", 600000000, 600000000]]],
    ["Meningkatnya layanan keimigrasian", [["Pelayanan paspor", 2433860000, 2425180806], ["Pelayanan izin tinggal", 1500000000, 1497000000], ["Pelayanan informasi dan pengaduan", 1500000000, 1498000000]]],
    ["Meningkatnya pelayanan RB", [["Dukungan manajemen", 3250000000, 3244100000]]],
  ];
  const numberings: [string, (i: number) => string, (i: number, j: number) => string][] = [
    ["roman over letters", (i) => ["I", "II", "III"][i], (_i, j) => `${"abc"[j]}.`],
    ["letters over dotted", (i) => "ABC"[i], (i, j) => `${"ABC"[i]}.${j + 1}`],
    ["digits over dotted", (i) => String(i + 1), (i, j) => `${i + 1}.${j + 1}`],
  ];
  const pct = (r: number, p: number) => Math.round((r / p) * 10000) / 100;
  const spec = (top: (i: number) => string, sub: (i: number, j: number) => string, plant: Record<string, number>): SheetSpec => {
    const rows: (string | number | null)[][] = [["No", "Sasaran / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"]];
    let P = 0;
    let R = 0;
    S.forEach(([name, ks], i) => {
      const p = ks.reduce((s, k) => s + k[1], 0);
      const r = ks.reduce((s, k) => s + k[2], 0);
      P += p;
      R += r;
      rows.push([top(i), name, p, r, pct(r, p)]);
      ks.forEach((k, j) => rows.push([sub(i, j), k[0], k[1], k[2], pct(k[2], k[1])]));
    });
    rows.push([null, "TOTAL", P, R, pct(R, P)]);
    for (const [a1, v] of Object.entries(plant)) rows[Number(a1.slice(1)) - 1]["ABCDE".indexOf(a1[0])] = v;
    return { name: "Sasaran", rows, formats: { C: "#,##0", D: "#,##0", E: "0.00" } };
  };

  for (const [name, top, sub] of numberings) {
    it(`${name}: consistent is clean; a wrong sasaran realisasi (its % kept) is named alone with Σ kegiatan; a wrong kegiatan realisasi too`, () => {
      expect(errorsOf(spec(top, sub, {}))).toEqual([]);
      // D5 (sasaran II) typed 5.429.180.806 for 5.420.180.806: its pagu C5 and % E5 are right.
      expect(roots(errorsOf(spec(top, sub, { D5: 5429180806 })))).toEqual([[["D5", 5420180806]]]);
      // D6 (a kegiatan) typed 2.452.180.806 for 2.425.180.806: never a negative pagu or realisasi.
      expect(roots(errorsOf(spec(top, sub, { D6: 2452180806 })))).toEqual([[["D6", 2425180806]]]);
    });
  }
});
