// Static guarantees: the task pane's CSP, the lint rules that forbid eval and raw HTML, and no
// network client code anywhere in the shipped sources.
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";

const root = path.join(__dirname, "..", "..");

function cspOf(html: string): Record<string, string[]> {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error("no CSP meta tag");
  const out: Record<string, string[]> = {};
  for (const part of m[1].split(";").map((s) => s.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    out[name] = values;
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|js)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe("task pane Content-Security-Policy", () => {
  const csp = cspOf(fs.readFileSync(path.join(root, "src", "taskpane", "taskpane.html"), "utf8"));

  it("allows scripts only from its own origin and Microsoft's office.js CDN", () => {
    expect(csp["script-src"].sort()).toEqual(["'self'", "https://appsforoffice.microsoft.com"].sort());
    expect(csp["default-src"]).toEqual(["'self'"]);
  });

  it("never allows eval or outside connections", () => {
    for (const values of Object.values(csp)) expect(values).not.toContain("'unsafe-eval'");
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
  });
});

// ESLint runs as a child process: its flat config is an ES module, which jest's VM cannot import.
function lint(code: string, file: string): { errorCount: number; ruleIds: string[] } {
  const bin = path.join(root, "node_modules", "eslint", "bin", "eslint.js");
  const r = spawnSync(process.execPath, [bin, "--format", "json", "--stdin", "--stdin-filename", path.join(root, "src", "taskpane", file)], { input: code, encoding: "utf8", cwd: root });
  const [result] = JSON.parse(r.stdout) as Array<{ errorCount: number; messages: Array<{ ruleId: string | null }> }>;
  return { errorCount: result.errorCount, ruleIds: result.messages.map((m) => String(m.ruleId)) };
}

describe("lint rules forbid eval and raw HTML", () => {
  const cases: Array<[string, string]> = [
    ["eval", "export function f(s: string): unknown { return eval(s); }\n"],
    ["new Function", "export const f = new Function('return 1');\n"],
    ["innerHTML", "export function f(el: HTMLElement, s: string): void { el.innerHTML = s; }\n"],
    ["insertAdjacentHTML", "export function f(el: HTMLElement, s: string): void { el.insertAdjacentHTML('beforeend', s); }\n"],
  ];
  it.each(cases)("reports %s", (_name, code) => {
    expect(lint(code, "fixture.ts").errorCount).toBeGreaterThan(0);
  });

  it("reports dangerouslySetInnerHTML", () => {
    const code = "export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;\n";
    expect(lint(code, "fixture.tsx").ruleIds).toContain("no-restricted-syntax");
  });

  it("accepts text rendering", () => {
    const code = "export function f(el: HTMLElement, s: string): void { el.textContent = s; }\n";
    expect(lint(code, "fixture.ts").errorCount).toBe(0);
  });
});

describe("no network client code in shipped sources", () => {
  // The add-in and the CLI never talk to a network; only office.js (loaded by the page) does.
  const forbidden = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bEventSource\b/, /require\(["'](?:node:)?(?:https?|net|tls|dgram)["']\)/, /from ["'](?:node:)?(?:https?|net|tls|dgram)["']/, /sendBeacon/];
  const files = sourceFiles(path.join(root, "src"));
  it("finds sources to check", () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((f) => [path.relative(root, f)]))("%s", (rel) => {
    const text = fs.readFileSync(path.join(root, rel), "utf8");
    for (const re of forbidden) expect(text).not.toMatch(re);
  });
});
