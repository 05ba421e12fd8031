// Every documented error of `lkjip`, run as a user runs it (the built CLI in a real process), in
// both languages: exit 2, exactly one line, no stack trace, no raw Node/library text, and in
// Indonesian (the default) no English outside quoted names, options and values.
import * as fs from "fs";
import * as path from "path";
import { ensureBuilt, lines, lkjip, STACK } from "../reliability/cli";
import { randomBytes, tmpDir } from "../reliability/fixtures";

let dir: string;
let good: string;
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir("lkjip-errors-");
  good = path.join(dir, "baik.xlsx");
  expect(lkjip(["init", good]).status).toBe(0);
  fs.writeFileSync(path.join(dir, "acak.xlsx"), randomBytes(2048));
  fs.mkdirSync(path.join(dir, "folder"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ENGLISH = /\b(the|not|found|file|files|unknown|option|missing|argument|invalid|allowed|choices|error|cannot|could|is|directory|use|see|value|must|choose|expected|no such)\b/i;
const INDONESIAN = /\b(berkas|tidak|pilih|lihat|wajib|opsi|adalah|nilai|perintah)\b/i;
const RAW = /ENOENT|EISDIR|no such file|outside buffer bounds|error: /;

/** The text around quoted names, options and values, and the paths. */
const prose = (line: string) => line.replace(/'[^']*'/g, "").replace(new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "\\S*", "g"), "").replace(/^lkjip:/, "");

type Case = [string, () => string[], RegExp?];
const CASES: Case[] = [
  ["a missing file", () => ["audit", path.join(dir, "tidak-ada.xlsx")], /tidak-ada\.xlsx/],
  ["an unreadable file", () => ["audit", path.join(dir, "acak.xlsx")], /acak\.xlsx/],
  ["a bad option", () => ["audit", good, "--bogus"], /--bogus/],
  ["a bad value for --fail-on (lists the valid ones)", () => ["audit", good, "--fail-on", "bogus"], /'error', 'warning', 'info'/],
  ["a bad value for --format", () => ["audit", good, "--format", "pdf"], /'text', 'json', 'html', 'sarif'/],
  ["a missing argument", () => ["init"], /'out'/],
  ["an unknown sheet id for init (lists the known ones)", () => ["init", path.join(dir, "baru.xlsx"), "--sheets", "ikpa,bogus"], /'bogus'.*'ringkasan'/],
  ["an output that exists, without --force", () => ["init", good], /--force/],
  ["an option without its value", () => ["audit", good, "--out"], /--out/],
  ["an unknown command", () => ["periksa", good], /periksa/],
  ["a directory as output", () => ["audit", good, "--out", path.join(dir, "folder")], /folder/],
  ["a folder without workbooks", () => ["audit", path.join(dir, "folder")], /folder/],
];

describe.each([
  ["id", [] as string[]],
  ["en", ["--lang", "en"]],
])("in %s", (lang, flag) => {
  test.each(CASES)("%s: exit 2, one line, no stack trace", (_what, args, says) => {
    const [command, ...rest] = args();
    const r = lkjip([command, ...flag, ...rest]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    const ls = lines(r.stderr);
    expect(ls).toHaveLength(1);
    expect(ls[0]).not.toMatch(RAW);
    if (says) expect(ls[0]).toMatch(says);
    if (lang === "id") expect(prose(ls[0])).not.toMatch(ENGLISH);
    else expect(prose(ls[0])).not.toMatch(INDONESIAN);
  });
});

test("--version prints the package version and exits 0", () => {
  const r = lkjip(["--version"]);
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toBe((JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version);
});

test("lkjip with no command prints its usage on stderr and exits 2 (never silent)", () => {
  const r = lkjip([]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^Usage: lkjip/);
  for (const c of ["fn", "init", "audit"]) expect(r.stderr).toContain(`  ${c} `);
});
