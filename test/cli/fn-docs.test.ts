// docs/functions.md shows `lkjip fn` sessions: each command is run through the CLI entry and
// must print exactly what the page says (stdout, or stderr where the page says so).
import fs from "fs";
import path from "path";
import { runCli } from "../support/cli";

/** Splits a shell line the way sh does for the quoting the page uses ('…' and bare words). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2]);
  return words;
}

interface Session {
  command: string;
  output: string;
  stderr: boolean;
}

function sessions(doc: string): Session[] {
  const out: Session[] = [];
  for (const block of doc.matchAll(/```\n([\s\S]*?)```/g)) {
    const lines = block[1].split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("$ lkjip ")) continue;
      const shown: string[] = [];
      while (i + 1 < lines.length && lines[i + 1] && !lines[i + 1].startsWith("$ ")) shown.push(lines[++i]);
      const text = shown.join("\n");
      const stderr = /\s+\(stderr, exit \d\)$/.test(text);
      out.push({ command: lines[i - shown.length].slice("$ lkjip ".length), output: text.replace(/\s+\(stderr, exit \d\)$/, ""), stderr });
    }
  }
  return out;
}

const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "functions.md"), "utf8");
const list = sessions(doc);

it("the page shows sessions", () => {
  expect(list.length).toBeGreaterThanOrEqual(5);
});

it.each(list.map((s) => [s.command, s] as const))("lkjip %s prints what docs/functions.md shows", async (_c, s) => {
  const r = await runCli(shellWords(s.command));
  expect((s.stderr ? r.err : r.out).trimEnd()).toBe(s.output);
  expect(r.code).toBe(s.stderr ? 1 : 0);
});
