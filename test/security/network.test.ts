// Runs the CLI with every socket and DNS call made to throw: a command that tried to reach the
// network would fail and leave a NETWORK-ATTEMPT marker on stderr.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const cli = path.join(root, "bin", "lkjip.js");
const guard = path.join(__dirname, "no-network.js");

function run(args: string[]) {
  return spawnSync(process.execPath, ["--require", guard, cli, ...args], { encoding: "utf8", cwd: root });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "lib", "cli", "index.js"))) {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  }
});

describe("the CLI works with networking blocked", () => {
  it("the guard really blocks", () => {
    const r = spawnSync(process.execPath, ["--require", guard, "-e", "require('net').connect(80, '127.0.0.1')"], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("NETWORK-ATTEMPT");
  });

  it("the guard also blocks inside worker threads (lkjip audit uses them for folders)", () => {
    const code = "const { Worker } = require('worker_threads'); new Worker(\"require('net').connect(80, '127.0.0.1')\", { eval: true }).on('error', () => { process.exitCode = 3; });";
    const r = spawnSync(process.execPath, ["--require", guard, "-e", code], { encoding: "utf8" });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("NETWORK-ATTEMPT");
  });

  it("lkjip fn", () => {
    const r = run(["fn", "CAPAIAN", "1", "0.9"]);
    expect(r.stderr).not.toContain("NETWORK-ATTEMPT");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("1.1111111111111112");
  });

  describe("lkjip init and lkjip audit", () => {
    let dir: string;
    beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-nonet-"))));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("lkjip init --sample kerinci-2024", () => {
      const out = path.join(dir, "kerinci.xlsx");
      const r = run(["init", "--sample", "kerinci-2024", out]);
      expect(r.stderr).not.toContain("NETWORK-ATTEMPT");
      expect(r.status).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    });

    it.each(["text", "json", "html", "sarif"])("lkjip audit --format %s", (format) => {
      const file = path.join(dir, "kerinci.xlsx");
      const r = run(["audit", file, "--format", format, "--out", path.join(dir, `report.${format}`)]);
      expect(r.stderr).not.toContain("NETWORK-ATTEMPT");
      // 1: the sample holds the published contradictions; anything else is a failure.
      expect(r.status).toBe(1);
      expect(fs.statSync(path.join(dir, `report.${format}`)).size).toBeGreaterThan(100);
    });

    it("lkjip audit of a folder (many files, in parallel)", () => {
      const folder = path.join(dir, "kanwil");
      fs.mkdirSync(folder);
      for (const n of ["a", "b", "c"]) fs.copyFileSync(path.join(dir, "kerinci.xlsx"), path.join(folder, `${n}.xlsx`));
      const r = run(["audit", folder, "--format", "json"]);
      expect(r.stderr).not.toContain("NETWORK-ATTEMPT");
      expect(r.status).toBe(1);
      expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(3);
    });
  });
});
