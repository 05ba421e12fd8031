// Bounded search: a workbook with 1 200 violations. With a small budget the diagnosis stops
// early with a note and every violation is still reported; with the default budget its root
// causes do not depend on the order the relations come in.
import { audit } from "../../../src/audit/engine";
import type { Relation } from "../../../src/core/relations";
import type { Finding } from "../../../src/audit/types";
import { rel, sheet, wb } from "../helpers";

const ROWS = 1200;
// Row r: A = B + C (typed total, off by r), and on odd rows a second total E = B + C that holds
// (it confirms the parts, so A is the one to blame there; on even rows any of the three is).
const values = Array.from({ length: ROWS }, (_, i) => {
  const b = 1000 + i;
  const c = 2000 + 3 * i;
  return [b + c + i + 1, b, c, null, i % 2 === 0 ? b + c : null];
});
const snap = wb(sheet("S", values));
const relations: Relation[] = [];
for (let i = 1; i <= ROWS; i++) {
  relations.push({ ...rel("sum", `A${i}`, [`B${i}`, `C${i}`]), id: `sum${i}` });
  if (i % 2 === 1) relations.push({ ...rel("sum", `E${i}`, [`B${i}`, `C${i}`]), id: `check${i}` });
}

const everywhere = (fs: Finding[]) => fs.flatMap((f) => [f, ...(f.consequences ?? [])]);
const rowsWithError = (fs: Finding[]) => new Set(everywhere(fs).filter((f) => f.severity === "error").map((f) => Number(/\d+$/.exec(f.cell)![0])));
const causes = (fs: Finding[]) =>
  fs
    .filter((f) => f.cause)
    .map((f) => `${f.cell}: ${f.cause!.candidates.map((c) => `${c.cell}=${c.value}`).sort().join(" ")}`)
    .sort();

/** Fisher–Yates with a fixed-seed LCG. */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe(`${ROWS} violations`, () => {
  it("a small budget stops early with a note, and every violation is still reported at error", () => {
    const r = audit(snap, { relations, recognize: false, diagnoseBudget: 300 });
    expect(r.diagnosis!.stoppedEarly).toBeDefined();
    expect(r.diagnosis!.stoppedEarly!.violations).toBe(ROWS);
    expect(r.diagnosis!.stoppedEarly!.examined).toBeLessThan(ROWS);
    expect(r.diagnosis!.stoppedEarly!.note).toContain(`dari ${ROWS}`);
    expect(r.diagnosis!.stoppedEarly!.note_en).toContain(`of ${ROWS}`);
    expect(rowsWithError(r.findings).size).toBe(ROWS);
    // What was examined got root causes; the rest is reported as the rules found it.
    expect(r.diagnosis!.rootCauses).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.severity === "error" && !f.cause).length).toBeGreaterThan(0);
  });

  it("the default budget diagnoses all of them: the copied totals blamed alone, the others as a choice", () => {
    const r = audit(snap, { relations, recognize: false });
    expect(r.diagnosis!.stoppedEarly).toBeUndefined();
    expect(rowsWithError(r.findings).size).toBe(ROWS);
    const roots = r.findings.filter((f) => f.cause);
    expect(roots).toHaveLength(ROWS);
    const even = roots.find((f) => f.cell === "A1")!;
    expect(even.cause!.candidates.map((c) => [c.cell, c.value])).toEqual([["A1", 3000]]);
    expect(roots.find((f) => f.cell === "A2")!.cause!.candidates.map((c) => c.cell).sort()).toEqual(["A2", "B2", "C2"]);
  });

  it("the greedy search's result does not depend on the order of the relations", () => {
    const base = causes(audit(snap, { relations, recognize: false }).findings);
    for (const seed of [1, 2]) expect(causes(audit(snap, { relations: shuffled(relations, seed), recognize: false }).findings)).toEqual(base);
  });
});
