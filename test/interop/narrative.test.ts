// The seed report's text converted by LibreOffice headless to .docx and to PDF gives the same
// narrative findings (every error and warning: code, stated figure, severity) as the .txt, through
// the built CLI the user runs: `lkjip audit kerinci.xlsx --laporan REPORT --format json`.
// Needs `soffice` with Writer (Debian: libreoffice-writer-nogui, installed by .ci/run) and the
// compiled CLI (`npm run build` first, as for the rest of this suite).

import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SEED_ARITHMETIC, SEED_VS_TABLES } from "../narrative/seedFindings";

const root = join(__dirname, "..", "..");
const seed = join(root, "test", "fixtures", "narrative", "kerinci-2024.txt");

function findSoffice(): string {
  for (const p of [process.env.SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (p && existsSync(p)) return p;
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error("soffice not found (install libreoffice-writer-nogui)");
}

interface Found {
  code: string;
  severity: string;
  actual: number;
  quote: string;
}

function lkjip(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, "bin", "lkjip.js"), ...args], { encoding: "utf8", timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("narrative checks on the seed as .txt, .docx and PDF made by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "lkjip-narrative-"));
  const book = join(work, "kerinci.xlsx");
  const txt = join(work, "laporan.txt");
  const results: Record<string, Found[]> = {};

  beforeAll(() => {
    if (!existsSync(join(root, "lib", "cli", "index.js"))) throw new Error("run `npm run build` first");
    copyFileSync(seed, txt);
    const soffice = findSoffice();
    const profile = join(work, "profile");
    for (const to of ["docx:MS Word 2007 XML", "pdf"]) {
      const r = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", to, "--outdir", work, txt], { encoding: "utf8", timeout: 240_000 });
      if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
    }
    expect(lkjip(["init", book, "--sample", "kerinci-2024"]).status).toBe(0);
    for (const ext of ["txt", "docx", "pdf"]) {
      const r = lkjip(["audit", book, "--laporan", join(work, `laporan.${ext}`), "--format", "json"]);
      expect(r.stderr).toBe("");
      const json = JSON.parse(r.stdout) as { files: { path: string; findings: Found[] }[] };
      results[ext] = json.files.find((f) => f.path.endsWith(`laporan.${ext}`))!.findings.filter((f) => f.severity !== "info");
    }
  }, 600_000);

  const key = (f: Found) => `${f.severity} ${f.code} ${f.actual}`;

  it("the .txt gives the seed's arithmetic and table contradictions (the lists of test/narrative/seedFindings.ts)", () => {
    expect(results.txt.filter((f) => f.severity === "error")).toHaveLength(SEED_ARITHMETIC.length);
    expect(results.txt.filter((f) => f.severity === "warning")).toHaveLength(SEED_VS_TABLES.length);
    expect(results.txt.some((f) => f.code === "narrative.mismatch" && f.actual === 3.12)).toBe(true);
  });

  it.each(["docx", "pdf"])("the .%s gives the same errors and warnings, quoting the same sentences", (ext) => {
    expect(results[ext].map(key).sort()).toEqual(results.txt.map(key).sort());
    const words = (s: string) => s.replace(/\s+/g, " ").slice(0, 60);
    for (const f of results[ext]) {
      const twin = results.txt.filter((t) => key(t) === key(f));
      expect(twin.some((t) => f.quote.replace(/\s+/g, " ").includes(words(t.quote)) || t.quote.replace(/\s+/g, " ").includes(words(f.quote)))).toBe(true);
    }
  });

  it("a PDF carries pages: findings are located by page and paragraph", () => {
    expect(results.pdf.every((f) => /^hlm\. \d+, par\. \d+$/.test((f as unknown as { cell: string }).cell))).toBe(true);
  });

  it("reads the converted files' text at all (not an empty layer)", () => {
    expect(readFileSync(join(work, "laporan.pdf")).length).toBeGreaterThan(10_000);
  });
});
