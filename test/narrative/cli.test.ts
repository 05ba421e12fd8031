// `lkjip audit --laporan REPORT` (alone and with a workbook) through the CLI entry the user types.
import fs from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/cli";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-laporan-"));

const run = (args: string[]) => runCli(["audit", ...args]);

describe("lkjip audit --laporan", () => {
  const wrong = path.join(dir, "laporan.md");
  const right = path.join(dir, "benar.txt");
  beforeAll(() => {
    fs.writeFileSync(wrong, "# Ringkasan\n\nRealisasi PNBP tahun 2024 sebesar **Rp.4.922.000.500** atau **239,90%** dari target Rp.2.140.900.000.\n");
    fs.writeFileSync(right, "Realisasi PNBP tahun 2024 sebesar Rp.4.922.000.500 atau 229,90% dari target Rp.2.140.900.000.\n");
  });

  it("checks a report alone: text report with the quote and its place; exit 1", async () => {
    const r = await run(["--laporan", wrong]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain("-- Laporan");
    expect(r.out).toMatch(/par\. 2\s+galat\s+Naskah menyebut 239,90%, padahal Rp4\.922\.000\.500 ÷ Rp2\.140\.900\.000 = 229,90%/);
    expect(r.out).toContain("“Realisasi PNBP tahun 2024 sebesar Rp.4.922.000.500 atau 239,90% dari target Rp.2.140.900.000.”");
  });

  it("a correct report: exit 0", async () => {
    const r = await run(["--laporan", right]);
    expect(r.code).toBe(0);
  });

  it("JSON and SARIF carry the quote and the location", async () => {
    const j = JSON.parse((await run(["--laporan", wrong, "--format", "json"])).out);
    const f = j.files[0].findings[0];
    expect(j.files[0].path).toBe(wrong);
    expect(f).toMatchObject({ rule: "narrative-arithmetic", code: "narrative.ratio", sheet: "Laporan", cell: "par. 2", location: { paragraph: 2 } });
    expect(f.quote).toContain("239,90%");
    const s = JSON.parse((await run(["--laporan", wrong, "--format", "sarif", "--lang", "en"])).out);
    const res = s.runs[0].results[0];
    expect(res.ruleId).toBe("narrative-arithmetic");
    expect(res.properties.quote).toContain("239,90%");
    expect(res.locations[0].logicalLocations[0].kind).toBe("paragraph");
    expect(s.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === "narrative-workbook")).toBe(true);
  });

  it("HTML escapes the quote", async () => {
    const evil = path.join(dir, "evil.txt");
    fs.writeFileSync(evil, "Realisasi \"A&B\" <script>x</script> sebesar Rp 4.922.000.500 atau 239,90% dari target Rp 2.140.900.000.\n");
    const r = await run(["--laporan", evil, "--format", "html"]);
    expect(r.out).not.toContain("<script>x");
    expect(r.out).toContain("&quot;A&amp;B&quot;");
  });

  it("bad input: unknown type, missing file, nothing to audit → exit 2 with one line", async () => {
    const odd = path.join(dir, "laporan.rtf");
    fs.writeFileSync(odd, "x");
    let r = await run(["--laporan", odd]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/jenis berkas laporan tidak didukung \(\.rtf\)/);
    r = await run(["--laporan", path.join(dir, "tidak-ada.txt")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak dapat dibaca/);
    r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sebutkan berkas .xlsx/);
  });
});
