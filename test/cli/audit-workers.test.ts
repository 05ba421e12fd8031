// The compiled CLI (CommonJS, as `npm run build:cli` makes it) audits a folder of files in
// worker threads; results come back complete, in path order, identical to the in-process run.
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/index";
import { PassThrough } from "stream";

const root = path.join(__dirname, "..", "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-build-"));
const data = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-many-"));

async function book(file: string, jumlah: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bulanan");
  ws.addRow(["Bulan", "Selesai", "Ditolak"]);
  ws.addRow(["Januari", 857, 15]);
  ws.addRow(["Februari", 485, 12]);
  ws.addRow(["Total", jumlah, 27]);
  await wb.xlsx.writeFile(path.join(data, file));
}

beforeAll(async () => {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json", "--outDir", out], { cwd: root, encoding: "utf8" });
  if (!fs.existsSync(path.join(out, "cli", "audit.js"))) throw new Error(r.stdout + r.stderr);
  for (let i = 0; i < 6; i++) await book(`f${i}.xlsx`, i % 2 ? 1342 : 1343);
});

afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(data, { recursive: true, force: true });
});

it("audits a folder in worker threads with the same results as in-process", async () => {
  const runner = `require(${JSON.stringify(path.join(out, "cli", "index.js"))}).main(["node", "lkjip", ...process.argv.slice(1)]).then((c) => (process.exitCode = c))`;
  const r = spawnSync(process.execPath, ["-e", runner, "audit", data, "--format", "json"], { encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(root, "node_modules") }, timeout: 120000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  const viaWorkers = JSON.parse(r.stdout) as { files: { path: string; readAt?: string; summary: { error: number } }[] };
  expect(viaWorkers.files.map((f) => path.basename(f.path))).toEqual(["f0.xlsx", "f1.xlsx", "f2.xlsx", "f3.xlsx", "f4.xlsx", "f5.xlsx"]);
  expect(viaWorkers.files.map((f) => f.summary.error)).toEqual([1, 0, 1, 0, 1, 0]);

  const o = new PassThrough();
  let text = "";
  o.on("data", (d) => (text += String(d)));
  await main(["node", "lkjip", "audit", data, "--format", "json"], o, new PassThrough());
  const inProcess = JSON.parse(text) as { files: { path: string; readAt?: string }[] };
  const strip = (j: { files: { path: string; readAt?: string }[] }) => j.files.map((f) => ({ ...f, readAt: "" }));
  expect(strip(viaWorkers)).toEqual(strip(inProcess));
});
