// No data loss from the CLI: `lkjip audit` leaves every byte of the workbook as it was (and
// refuses to write its report over an input), `lkjip init` refuses to overwrite without
// --force. The in-memory Excel's read-only and never-overwrite tests live with the host
// adapter (test/host/); the settings round trip is in settings-roundtrip.test.ts.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ensureBuilt, lines, lkjip, STACK } from "./cli";
import { BUDGET_ROWS, sheetXml, tmpDir, xlsx } from "./fixtures";

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir("lkjip-no-loss-");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function fingerprint(file: string): { hash: string; size: number; mtimeMs: number } {
  const st = fs.statSync(file);
  return { hash: sha256(file), size: st.size, mtimeMs: st.mtimeMs };
}

describe("lkjip audit is read-only", () => {
  // A hand-typed table whose JUMLAH contradicts its rows, and the template sample.
  const workbooks = (): string[] => {
    const typed = path.join(dir, "ketik.xlsx");
    const rows = BUDGET_ROWS.map((r) => [...r]);
    rows[4][1] = 10_190_860_000;
    fs.writeFileSync(typed, xlsx([{ name: "Jenis Belanja", xml: sheetXml(rows) }]));
    const sample = path.join(dir, "kerinci.xlsx");
    if (!fs.existsSync(sample)) {
      const r = lkjip(["init", "--sample", "kerinci-2024", sample]);
      if (r.status !== 0) throw new Error(`lkjip init failed: ${r.stderr}`);
    }
    return [typed, sample];
  };

  it.each(["text", "json", "html", "sarif"])("leaves the bytes identical (--format %s)", (format) => {
    for (const file of workbooks()) {
      const before = fingerprint(file);
      const r = lkjip(["audit", file, "--format", format, "--out", path.join(dir, `laporan.${format}`)]);
      expect(r.stderr).not.toMatch(STACK);
      expect([0, 1]).toContain(r.status);
      expect(fingerprint(file)).toEqual(before);
    }
  });

  it("refuses to write the report over the workbook it audits", () => {
    const [file] = workbooks();
    const before = fingerprint(file);
    const r = lkjip(["audit", file, "--format", "html", "--out", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(fingerprint(file)).toEqual(before);
  });
});

describe("lkjip init never overwrites without --force", () => {
  it("refuses an existing file: exit 2, one line, bytes unchanged", () => {
    const out = path.join(dir, "punya-saya.xlsx");
    fs.writeFileSync(out, "data penting milik pengguna");
    const before = fingerprint(out);
    const r = lkjip(["init", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(lines(r.stderr)[0]).toMatch(/--force/);
    expect(fingerprint(out)).toEqual(before);
  });

  it("overwrites with --force, and the result is a workbook", () => {
    const out = path.join(dir, "ganti.xlsx");
    fs.writeFileSync(out, "lama");
    const r = lkjip(["init", "--force", out]);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
