// The corpus: workbooks in layouts of our own making (test/audit/corpus/*.ts), each with the
// contradictions planted in it. The audit must find every planted one on the named cell and
// raise no other error or warning; the consistent twin gives none at all.
import { audit } from "../../src/audit/engine";
import type { Finding } from "../../src/audit/types";
import { CORPUS } from "./corpus";

const bad = (f: Finding) => f.severity !== "info" && !f.ignored;
/** Every finding, also those folded under a root cause by the diagnosis (when present). */
type Folded = Finding & { consequences?: Finding[]; cause?: unknown };
const all = (fs: Finding[]): Folded[] => (fs as Folded[]).flatMap((f) => [f, ...(f.consequences ?? [])]);
const at = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

it("the corpus holds at least 12 workbooks, names unique", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(12);
  expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
});

describe.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, entry) => {
  const standing = (entry.standing ?? []).map((p) => `${p.at} ${p.rule}`).sort();
  it("consistent twin: no error, no warning (but the layout's standing defects)", () => {
    const r = audit(entry.build(false));
    const found = all(r.findings).filter(bad);
    expect(found.filter((f) => !standing.includes(at(f))).map((f) => `${at(f)}: ${f.message}`)).toEqual([]);
    expect(standing.filter((p) => !found.some((f) => at(f) === p))).toEqual([]);
  });
  it("planted: every contradiction found on its cell, nothing else", () => {
    const r = audit(entry.build(true));
    const found = all(r.findings).filter(bad);
    const planted = [...entry.planted.map((p) => `${p.at} ${p.rule}`), ...standing].sort();
    // Every planted contradiction is found …
    expect(planted.filter((p) => !found.some((f) => at(f) === p))).toEqual([]);
    // … with the value the cell should hold, where the entry names it …
    for (const p of entry.planted.filter((x) => x.expected !== undefined)) {
      const f = found.find((x) => at(x) === `${p.at} ${p.rule}`)!;
      expect([p.at, Number(f.expected)]).toEqual([p.at, expect.closeTo(p.expected!, 4)]);
    }
    // … and nothing else, apart from a root-cause summary pointing at the cell to fix.
    expect(found.filter((f) => !planted.includes(at(f)) && f.cause === undefined).map((f) => `${at(f)}: ${f.message}`)).toEqual([]);
  });
  it("planted typos: each named as a root cause with the value it had, and no other cell named", () => {
    const r = audit(entry.build(true));
    const named = r.findings.filter((f) => f.cause && !f.ignored).flatMap((f) => f.cause!.candidates.map((c) => `${c.sheet}!${c.cell}`));
    for (const t of entry.typos ?? []) {
      const root = r.findings.find((f) => f.cause?.candidates.length === 1 && `${f.cause.candidates[0].sheet}!${f.cause.candidates[0].cell}` === t.at);
      expect(root).toBeDefined();
      expect(Number(root!.cause!.candidates[0].value)).toBeCloseTo(t.value, 6);
    }
    if (entry.typos) expect(named.sort()).toEqual(entry.typos.map((t) => t.at).sort());
  });
});
