// Every rule has stable metadata, docs in both languages and its own test file.
import fs from "fs";
import path from "path";
import { RULES } from "../../src/audit/rules";

const root = path.join(__dirname, "..", "..");

describe.each(RULES.map((r) => [r.meta.id, r] as const))("rule %s", (id, rule) => {
  it("has meta with id, severity and descriptions in id + en", () => {
    expect(rule.meta.id).toMatch(/^[a-z][a-z-]+$/);
    expect(["error", "warning", "info"]).toContain(rule.meta.severity);
    expect(rule.meta.description.id.length).toBeGreaterThan(10);
    expect(rule.meta.description.en.length).toBeGreaterThan(10);
    expect(rule.meta.docs).toBe(`docs/rules/${id}.md`);
  });
  it("has a doc page with an Indonesian and an English section", () => {
    const file = path.join(root, rule.meta.docs);
    expect(fs.existsSync(file)).toBe(true);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toMatch(/## Bahasa Indonesia\n\n\S/);
    expect(text).toMatch(/## English\n\n\S/);
    expect(text).toContain(rule.meta.description.en);
  });
  it("has its own must-trigger / must-not-trigger test file", () => {
    const file = path.join(root, "test", "audit", "rules", `${id}.test.ts`);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("must trigger");
    expect(text).toContain("must not trigger");
  });
});

it("rule ids are unique", () => {
  expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
});
