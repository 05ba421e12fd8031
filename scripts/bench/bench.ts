// `npm run bench [-- --json FILE] [-- --sizes 10k,100k,1m]`: audit speed at scale, traffic with
// Excel (in-memory), custom-function speed, bundle weight, with budgets that hold on any
// machine. Compiled by scripts/bench/run.js (tsc → lib/bench) and run with plain node.
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { performance } from "perf_hooks";
import { Worker } from "worker_threads";
import { parseRange } from "../../src/core/address";
import { CATALOGUE, type Arg } from "../../src/core/catalogue";
import { isFormulaError } from "../../src/core/result";
import { generate, type Injected } from "./generate";
import { writeSnapshotXlsx } from "./xlsx";
import { subjects, type FindingLike } from "./subjects";
import type { EngineJob, EngineResult } from "./engine-worker";

const root = path.resolve(__dirname, "..", "..", "..", "..");
const SIZES: Record<string, { cells: number; perKind: number }> = {
  "10k": { cells: 10_000, perKind: 1 },
  "100k": { cells: 100_000, perKind: 2 },
  "1m": { cells: 1_000_000, perKind: 4 },
};
const MB = 1024 * 1024;
const BUDGET = {
  auditSyncs: 3,
  installSyncs: 4,
  payloadBytes: 5 * MB,
  auditOverParse1m: 1.3,
  auditOverSax1m: 2,
  taskpaneGzip: 400 * 1024,
  functionsGzip: 60 * 1024,
  cliRssBytes: 2 * 1024 * MB,
};

interface SizeResult {
  cells: number;
  /** Engine time; null when it did not finish within the step's time limit. */
  ms: number | null;
  /** Engine time with `diagnose: false` (median of as many runs); the difference is the diagnosis. */
  plainMs: number | null;
  cellsPerSec: number | null;
  engineTimedOut: boolean;
  cliTimedOut: boolean;
  syncs: number | null;
  maxPayloadBytes: number | null;
  readSnapshotMs: number | null;
  cliMs: number;
  cliExit: number | null;
  parseMs: number | null;
  auditOverParse: number | null;
  cliPeakRssBytes: number | null;
  parsePeakRssBytes: number | null;
  injected: number;
  found: number;
  foundByCli: number;
  missed: string[];
  findings: number;
  /** Error/warning findings that point at no injected contradiction: false alarms at scale. */
  unexpected: number;
  /** The same file through each reader (./read-one.ts), each its own process: ms and peak RSS. */
  readers: Record<string, { ms: number | null; peakRssBytes: number | null }>;
}

const READERS = ["exceljs", "sheetjs", "sax", "audit-old"] as const;

interface Options {
  json?: string;
  sizes: string[];
  keep: boolean;
  /** Time limit of one measured step (engine, CLI, parse) in ms. */
  limitMs: number;
}

function args(): Options {
  const a = process.argv.slice(2);
  const out: Options = { sizes: Object.keys(SIZES), keep: false, limitMs: 75_000 };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === "--json") out.json = a[++i];
    else if (a[i] === "--sizes") out.sizes = a[++i].split(",").map((s) => s.trim().toLowerCase());
    else if (a[i] === "--keep") out.keep = true;
    else if (a[i] === "--step-limit") out.limitMs = Number(a[++i]) * 1000;
    else throw new Error(`unknown argument ${a[i]}`);
  }
  for (const s of out.sizes) if (!SIZES[s]) throw new Error(`unknown size ${s} (10k, 100k, 1m)`);
  return out;
}

/** Does a finding point at (or relate to) the injected cell? Findings may name a range. */
function covers(f: FindingLike, inj: Injected): boolean {
  const at = (sheet: string, cell: string) => {
    if (sheet !== inj.sheet) return false;
    try {
      const r = parseRange(cell);
      const p = parseRange(inj.cell).start;
      return p.row >= r.start.row && p.row <= r.end.row && p.col >= r.start.col && p.col <= r.end.col;
    } catch {
      return false;
    }
  };
  if (f.severity === "info") return false;
  return at(f.sheet, f.cell) || (f.related ?? []).some((r) => at(r.sheet, r.cell));
}

function missedOf(findings: FindingLike[], injected: Injected[]): Injected[] {
  return injected.filter((inj) => !findings.some((f) => covers(f, inj)));
}

interface ChildRun {
  ms: number;
  code: number | null;
  peakRssBytes: number | null;
  stderr: string;
  timedOut: boolean;
}

/** Peak RSS so far of a running process (Linux: VmHWM), or null elsewhere. */
function vmHwm(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs node with the RSS probe preloaded; wall time includes node's start, as a user sees it.
 * Stopped at `limitMs` (a slow step must not push the bench past its 5 minutes).
 */
function runNode(nodeArgs: string[], tmp: string, limitMs: number): Promise<ChildRun> {
  const probe = path.join(tmp, `probe-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--require", path.join(root, "scripts", "bench", "rss-probe.js"), ...nodeArgs], {
      cwd: root,
      env: { ...process.env, LKJIP_BENCH_PROBE: probe },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let polled: number | null = null;
    let timedOut = false;
    const poll = setInterval(() => (polled = vmHwm(child.pid) ?? polled), 250);
    const timer = setTimeout(() => {
      timedOut = true;
      polled = vmHwm(child.pid) ?? polled;
      child.kill("SIGKILL");
    }, limitMs);
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const ms = performance.now() - t0;
      let peak: number | null = polled;
      try {
        peak = (JSON.parse(fs.readFileSync(probe, "utf8")) as { maxRssKiB: number }).maxRssKiB * 1024;
      } catch {
        // killed before exit: the polled figure stands
      }
      resolve({ ms, code, peakRssBytes: peak, stderr, timedOut });
    });
  });
}

/** The audit engine in a worker thread, stopped at `limitMs`. */
function runEngine(job: EngineJob, limitMs: number): Promise<EngineResult | null> {
  return new Promise((resolve, reject) => {
    const w = new Worker(path.join(__dirname, "engine-worker.js"), {
      workerData: { lkjipBenchEngine: true, job },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve(null);
    }, limitMs);
    w.once("message", (r: EngineResult) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(r);
    });
    w.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The task pane bundle is taskpane.js plus every split chunk (all counted, to be safe). */
function bundleSizes(): { taskpaneGzipBytes: number; functionsGzipBytes: number; commandsGzipBytes: number; taskpaneFiles: string[] } {
  const dist = path.join(root, "dist");
  const js = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
  const entries = new Set(["functions.js", "commands.js"]);
  const taskpaneFiles = js.filter((f) => !entries.has(f));
  return {
    taskpaneGzipBytes: taskpaneFiles.reduce((n, f) => n + gzipSize(path.join(dist, f)), 0),
    functionsGzipBytes: gzipSize(path.join(dist, "functions.js")),
    commandsGzipBytes: js.includes("commands.js") ? gzipSize(path.join(dist, "commands.js")) : 0,
    taskpaneFiles,
  };
}

function capaian100k(): { ms: number; rows: number } {
  const rows = 100_000;
  const real: Arg[][] = [];
  const target: Arg[][] = [];
  for (let i = 0; i < rows; i++) {
    real.push([50 + (i % 50)]);
    target.push([60 + (i % 40)]);
  }
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const out = CATALOGUE.CAPAIAN(real, target, "positif", null);
    times.push(performance.now() - t0);
    if (!Array.isArray(out) || out.length !== rows || isFormulaError(out[0][0])) throw new Error("CAPAIAN over 100k rows did not return 100k numbers");
  }
  return { ms: median(times), rows };
}

const fmtInt = (n: number | null) => (n === null ? "n/a" : Math.round(n).toLocaleString("en-US"));
const fmtMs = (n: number | null) => (n === null ? "n/a" : n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString("en-US"));
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  const opts = args();
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-bench-"));
  const cli = path.join(root, "bin", "lkjip.js");
  const audit: Record<string, SizeResult> = {};
  const log = (s: string) => process.stderr.write(s + "\n");

  try {
    for (const size of opts.sizes) {
      const { cells: target, perKind } = SIZES[size];
      log(`[bench] ${size}: generating ~${target} cells`);
      const syn = generate(target, perKind);
      const file = path.join(tmp, `synthetic-${size}.xlsx`);
      await writeSnapshotXlsx(syn.snapshot, file);

      // 1. The audit engine on the snapshot (median of 3 below 1M cells, one run at 1M), in a
      // worker thread stopped at the step's time limit.
      log(`[bench] ${size}: audit engine on the snapshot`);
      const engine = await runEngine({ cells: target, perKind, runs: size === "1m" ? 1 : 3 }, opts.limitMs);
      if (!engine) log(`[bench] ${size}: the audit engine did not finish within ${opts.limitMs / 1000} s`);
      const ms = engine ? median(engine.times) : null;
      const plainMs = engine && engine.plainTimes.length ? median(engine.plainTimes) : null;
      const findings: FindingLike[] = engine?.findings ?? [];
      const missed = missedOf(findings, syn.injected);

      // 2. Excel traffic: the audit's read against the in-memory Excel.
      let syncs: number | null = null;
      let maxPayloadBytes: number | null = null;
      let readSnapshotMs: number | null = null;
      if (subjects.readFromFakeExcel) {
        log(`[bench] ${size}: readSnapshot against the in-memory Excel`);
        const t0 = performance.now();
        const r = await subjects.readFromFakeExcel(syn.snapshot);
        readSnapshotMs = performance.now() - t0;
        syncs = r.syncs;
        maxPayloadBytes = r.maxPayloadBytes;
      }

      // 3. The CLI end to end, and merely parsing the same file with the same reader.
      log(`[bench] ${size}: lkjip audit on the .xlsx`);
      const reportFile = path.join(tmp, `report-${size}.json`);
      const cliRun = await runNode([cli, "audit", file, "--format", "json", "--out", reportFile], tmp, opts.limitMs);
      if (cliRun.timedOut) log(`[bench] ${size}: lkjip audit did not finish within ${opts.limitMs / 1000} s`);
      let foundByCli = 0;
      try {
        const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as { files: { findings: FindingLike[] }[] };
        const all = report.files.flatMap((f) => f.findings);
        foundByCli = syn.injected.length - missedOf(all, syn.injected).length;
      } catch {
        log(`[bench] ${size}: no JSON report from the CLI (exit ${cliRun.code}): ${cliRun.stderr.trim().split("\n")[0] ?? ""}`);
      }
      log(`[bench] ${size}: parse only`);
      const parseScript = `require(${JSON.stringify(path.join(root, "lib", "host", "xlsx", "read.js"))}).readWorkbook(${JSON.stringify(file)}).then((s) => { if (!s.sheets.length) process.exit(3); })`;
      const parseRun = await runNode(["-e", parseScript], tmp, opts.limitMs);
      const parsed = parseRun.code === 0;
      if (!parsed) log(`[bench] ${size}: parsing failed (exit ${parseRun.code}): ${parseRun.stderr.trim().split("\n").slice(0, 5).join(" | ")}`);

      // 4. The readers side by side on the same file (issue 13): the one replaced, SheetJS, and
      // the floor (unzip + SAX pass, no snapshot); plus the whole audit with the replaced reader.
      const readers: SizeResult["readers"] = {};
      for (const mode of READERS) {
        log(`[bench] ${size}: ${mode}`);
        const rr = await runNode([path.join(__dirname, "read-one.js"), mode, file], tmp, opts.limitMs);
        if (rr.code !== 0) log(`[bench] ${size}: ${mode} failed (exit ${rr.code}${rr.timedOut ? ", time limit" : ""}): ${rr.stderr.trim().split("\n")[0] ?? ""}`);
        readers[mode] = { ms: rr.code === 0 ? rr.ms : null, peakRssBytes: rr.peakRssBytes };
      }

      audit[size] = {
        readers,
        cells: syn.cells,
        ms,
        plainMs,
        cellsPerSec: ms === null ? null : syn.cells / (Math.max(ms, 0.001) / 1000),
        engineTimedOut: engine === null,
        cliTimedOut: cliRun.timedOut,
        syncs,
        maxPayloadBytes,
        readSnapshotMs,
        cliMs: cliRun.ms,
        cliExit: cliRun.code,
        parseMs: parsed ? parseRun.ms : null,
        auditOverParse: parsed && cliRun.code !== 2 && !cliRun.timedOut ? cliRun.ms / parseRun.ms : null,
        cliPeakRssBytes: cliRun.peakRssBytes,
        parsePeakRssBytes: parseRun.peakRssBytes,
        injected: syn.injected.length,
        found: syn.injected.length - missed.length,
        foundByCli,
        missed: missed.map((m) => `${m.sheet}!${m.cell} (${m.what})`),
        findings: findings.length,
        unexpected: findings.filter((f) => f.severity !== "info" && !syn.injected.some((inj) => covers(f, inj))).length,
      };
    }

    log("[bench] installer against the in-memory Excel");
    const install = subjects.installIntoFakeExcel ? await subjects.installIntoFakeExcel() : null;
    log("[bench] CAPAIAN over 100 000 rows");
    const capaian = capaian100k();
    const bundle = bundleSizes();

    const checks: { name: string; ok: boolean; detail: string }[] = [];
    for (const [size, r] of Object.entries(audit)) {
      checks.push({ name: `audit syncs ≤ ${BUDGET.auditSyncs} (${size})`, ok: r.syncs !== null && r.syncs <= BUDGET.auditSyncs, detail: String(r.syncs ?? "not measured") });
      checks.push({ name: `audit payload ≤ 5 MB (${size})`, ok: r.maxPayloadBytes !== null && r.maxPayloadBytes <= BUDGET.payloadBytes, detail: r.maxPayloadBytes === null ? "not measured" : `${fmtInt(r.maxPayloadBytes)} B` });
      checks.push({
        name: `every injected contradiction found (${size})`,
        ok: !r.engineTimedOut && r.found === r.injected && r.foundByCli === r.injected,
        detail: r.engineTimedOut ? `engine did not finish in ${opts.limitMs / 1000} s` : `${r.found}/${r.injected} engine, ${r.foundByCli}/${r.injected} CLI`,
      });
      checks.push({ name: `CLI finishes, exit 1 on contradictions (${size})`, ok: r.cliExit === 1 && !r.cliTimedOut, detail: r.cliTimedOut ? `stopped after ${opts.limitMs / 1000} s` : `exit ${r.cliExit}` });
    }
    if (audit["1m"]) {
      const sax = audit["1m"].readers.sax?.ms ?? null;
      const overSax = sax && !audit["1m"].cliTimedOut ? audit["1m"].cliMs / sax : null;
      checks.push({ name: `CLI audit ≤ ${BUDGET.auditOverSax1m}× unzip + SAX pass (1m)`, ok: overSax !== null && overSax <= BUDGET.auditOverSax1m, detail: overSax === null ? "not measured" : overSax.toFixed(2) });
      const ratio = audit["1m"].auditOverParse;
      checks.push({ name: `auditOverParse ≤ ${BUDGET.auditOverParse1m} (1m)`, ok: ratio !== null && ratio <= BUDGET.auditOverParse1m, detail: ratio === null ? "not measured" : ratio.toFixed(2) });
      const rss = audit["1m"].cliPeakRssBytes;
      checks.push({ name: "CLI peak RSS < 2 GB (1m)", ok: rss !== null && rss < BUDGET.cliRssBytes, detail: rss === null ? "not measured" : `${fmtInt(rss / MB)} MB` });
    }
    checks.push({ name: `install syncs ≤ ${BUDGET.installSyncs}`, ok: install !== null && install.syncs <= BUDGET.installSyncs, detail: String(install?.syncs ?? "not measured") });
    checks.push({ name: "install payload ≤ 5 MB", ok: install !== null && install.maxPayloadBytes <= BUDGET.payloadBytes, detail: install ? `${fmtInt(install.maxPayloadBytes)} B` : "not measured" });
    checks.push({ name: "task pane ≤ 400 KiB gz", ok: bundle.taskpaneGzipBytes <= BUDGET.taskpaneGzip, detail: kib(bundle.taskpaneGzipBytes) });
    checks.push({ name: "functions ≤ 60 KiB gz", ok: bundle.functionsGzipBytes <= BUDGET.functionsGzip, detail: kib(bundle.functionsGzipBytes) });

    // Human table.
    const lines: string[] = [];
    lines.push(`lkjip bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
    lines.push("");
    lines.push("| size | cells | audit ms | cells/s | syncs | max payload B | CLI ms | parse ms | audit/parse | CLI peak RSS MB | found | other findings |");
    lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const [size, r] of Object.entries(audit)) {
      lines.push(
        `| ${size} | ${fmtInt(r.cells)} | ${r.engineTimedOut ? `> ${fmtMs(opts.limitMs)}` : fmtMs(r.ms)} | ${fmtInt(r.cellsPerSec)} | ${r.syncs ?? "n/a"} | ${fmtInt(r.maxPayloadBytes)} | ${r.cliTimedOut ? `> ${fmtMs(opts.limitMs)}` : fmtMs(r.cliMs)} | ${fmtMs(r.parseMs)} | ${r.auditOverParse === null ? "n/a" : r.auditOverParse.toFixed(2)} | ${r.cliPeakRssBytes === null ? "n/a" : fmtInt(r.cliPeakRssBytes / MB)} | ${r.found}/${r.injected} | ${r.unexpected} |`,
      );
    }
    lines.push("");
    lines.push("Diagnosis time (issue 12): the engine with and without root-cause diagnosis, same runs interleaved (ms):");
    lines.push("");
    lines.push("| size | audit without diagnosis | audit with diagnosis | diagnosis | share |");
    lines.push("|---|---:|---:|---:|---:|");
    for (const [size, r] of Object.entries(audit)) {
      const d = r.ms !== null && r.plainMs !== null ? r.ms - r.plainMs : null;
      lines.push(`| ${size} | ${fmtMs(r.plainMs)} | ${fmtMs(r.ms)} | ${d === null ? "n/a" : fmtMs(d)} | ${d === null || !r.plainMs ? "n/a" : `${((d / r.plainMs) * 100).toFixed(1)} %`} |`);
    }
    lines.push("");
    lines.push("Readers on the same file, each in its own process with node's start (ms; peak RSS MB):");
    lines.push("");
    lines.push("| size | lkjip parse | exceljs parse (replaced) | SheetJS parse | unzip + SAX pass | lkjip audit (CLI) | audit with exceljs reader |");
    lines.push("|---|---:|---:|---:|---:|---:|---:|");
    const cellOf = (ms: number | null, rss: number | null) => `${fmtMs(ms)} (${rss === null ? "n/a" : fmtInt(rss / MB)})`;
    for (const [size, r] of Object.entries(audit)) {
      const rd = (m: string) => cellOf(r.readers[m]?.ms ?? null, r.readers[m]?.peakRssBytes ?? null);
      lines.push(`| ${size} | ${cellOf(r.parseMs, r.parsePeakRssBytes)} | ${rd("exceljs")} | ${rd("sheetjs")} | ${rd("sax")} | ${cellOf(r.cliTimedOut ? null : r.cliMs, r.cliPeakRssBytes)} | ${rd("audit-old")} |`);
    }
    lines.push("");
    lines.push(`install into the in-memory Excel: ${install ? `${install.syncs} syncs, max payload ${fmtInt(install.maxPayloadBytes)} B, ${install.actions} actions` : "n/a"}`);
    lines.push(`CAPAIAN over ${fmtInt(capaian.rows)} rows: ${fmtMs(capaian.ms)} ms`);
    lines.push(`bundles (gzip -9): task pane ${kib(bundle.taskpaneGzipBytes)} (${bundle.taskpaneFiles.join(", ")}), functions ${kib(bundle.functionsGzipBytes)}, commands ${kib(bundle.commandsGzipBytes)}`);
    lines.push("");
    lines.push("| budget | result | |");
    lines.push("|---|---|---|");
    for (const c of checks) lines.push(`| ${c.name} | ${c.detail} | ${c.ok ? "PASS" : "FAIL"} |`);
    for (const [size, r] of Object.entries(audit)) if (r.missed.length) lines.push(`missed at ${size}: ${r.missed.join("; ")}`);
    lines.push("");
    lines.push(`bench wall time ${((performance.now() - started) / 1000).toFixed(1)} s (step time limit ${opts.limitMs / 1000} s)`);
    process.stdout.write(lines.join("\n") + "\n");

    if (opts.json) {
      const json = {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, memBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}` },
        audit,
        install: install ? { syncs: install.syncs, maxPayloadBytes: install.maxPayloadBytes, actions: install.actions } : null,
        functions: { capaian100k: { ms: capaian.ms } },
        bundle: { taskpaneGzipBytes: bundle.taskpaneGzipBytes, functionsGzipBytes: bundle.functionsGzipBytes, commandsGzipBytes: bundle.commandsGzipBytes },
        budgets: checks,
        pass: checks.every((c) => c.ok),
      };
      fs.writeFileSync(opts.json, JSON.stringify(json, null, 2) + "\n");
    }
    return checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`[bench] kept ${tmp}`);
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
