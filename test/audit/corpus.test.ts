// The corpus: workbooks in layouts of our own making (test/audit/corpus/*.ts), each with the
// contradictions planted in it. The audit must find every planted one on the named cell and
// raise no other error or warning; the consistent twin gives none at all.
import { audit } from "../../src/audit/engine";
import type { Finding } from "../../src/audit/types";
import { CORPUS } from "./corpus";

const bad = (f: Finding) => f.severity !== "info" && !f.ignored;
const at = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

it("corpus names are unique", () => {
  expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
});

describe.each(CORPUS.map((c) => [c.name, c] as const))("%s", (_name, entry) => {
  it("consistent twin: no error, no warning", () => {
    const r = audit(entry.build(false));
    expect(r.findings.filter(bad).map((f) => `${at(f)}: ${f.message}`)).toEqual([]);
  });
  it("planted: every contradiction found on its cell, nothing else", () => {
    const r = audit(entry.build(true));
    const found = r.findings.filter(bad).map(at).sort();
    expect(found).toEqual(entry.planted.map((p) => `${p.at} ${p.rule}`).sort());
  });
});
