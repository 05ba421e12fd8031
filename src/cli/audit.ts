// `lkjip audit FILE|DIR...`: reads .xlsx files (never writes them), audits each in a worker
// thread with memory and time limits, writes a text/JSON/HTML/SARIF report. Exit 0 when nothing
// reaches --fail-on, 1 when something does, 2 when a file could not be audited (one line per
// bad file, no stack trace; the other files are still reported). The exit code is the worst.
import { promises as fs, type Stats } from "fs";
import * as os from "os";
import * as path from "path";
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import type { FileReport } from "../audit/report";
import type { AuditResult } from "../audit/types";
import { renderMessage } from "../core/message";
import { errnoCode, UsageError, writeError } from "./errors";
import { CLI_MESSAGES, type CliMessageKey } from "./messages";

export interface AuditOptions {
  format: "text" | "json" | "html" | "sarif";
  out?: string;
  failOn: "error" | "warning" | "info";
  lang: "id" | "en";
  /** Report text to check (.docx/.pdf/.txt/.md), against the workbook when exactly one is given (issue 17). */
  laporan?: string;
  /** Also print what recognition saw (tables, hierarchy, accepted/rejected relations). */
  explain?: boolean;
}

type Outcome = { path: string; result?: AuditResult; error?: string; explain?: string };
type Progress = { phase: "unzip" | "strings" | "sheet" | "audit"; done: number; label?: string };

/** Old-generation heap of one file's worker; a file that needs more fails alone. */
export const WORKER_MEMORY_MB = 2048;
/** Time one file may take in its worker. */
export const FILE_TIME_LIMIT_MS = 10 * 60 * 1000;
/** A single file that takes longer than this shows its phase on a TTY. */
const PROGRESS_AFTER_MS = 1000;


/**
 * Control characters, C1 controls and bidi overrides of file, sheet and cell text shown as
 * \xNN / \u{NNNN}, so a name cannot move the cursor, recolour or reorder the terminal. Keeps \n, \t.
 */
export function escapeTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u{${n.toString(16)}}`;
  });
}

/** Audits one file in this thread; read errors become one line in the chosen language. */
export async function auditFile(file: string, lang: "id" | "en" = "id", withExplain = false, onProgress?: (p: Progress) => void): Promise<Outcome> {
  // Loaded here, not at start: `lkjip fn` and `lkjip init` never load the reader.
  const { readWorkbook, WorkbookReadError } = await import("../host/xlsx/read");
  const { audit } = await import("../audit/engine");
  try {
    const snapshot = await readWorkbook(file, { onProgress: onProgress && ((phase, done, label) => onProgress({ phase, done, label })) });
    onProgress?.({ phase: "audit", done: 0 });
    const result = audit(snapshot);
    if (!withExplain) return { path: file, result };
    const { analyze, explain } = await import("../audit/recognize");
    const { resolveTemplateRelations } = await import("../templates/resolve");
    return { path: file, result, explain: explain(analyze(snapshot, resolveTemplateRelations(snapshot)), lang) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { path: file, error: `${file}: ${e.render(lang)}` };
    // Never a raw library message ("Attempt to access memory outside buffer bounds"): one line
    // in the chosen language, with Node's error code when there is one.
    return { path: file, error: new UsageError("file.auditFailed", { path: file, code: errnoCode(e) ?? (e instanceof Error ? e.name : "?") }).render(lang) };
  }
}

/** Spreadsheet files a folder walk does not audit but names, so none is passed over in silence. */
const OTHER_SPREADSHEET = /\.(xls|xlsb|ods|xltx|xltm)$/i;

async function collect(inputs: string[], skipped: string[] = []): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && !e.name.startsWith(".")) await walk(p);
        continue;
      }
      if (e.name.startsWith("~$")) continue;
      if (!/\.xls[xm]$/i.test(e.name)) {
        if (OTHER_SPREADSHEET.test(e.name)) skipped.push(p);
        continue;
      }
      // Only regular files (a FIFO or device named .xlsx would block or never end); links followed.
      if (e.isFile()) files.push(p);
      else if (e.isSymbolicLink() && (await fs.stat(p).catch(() => null))?.isFile()) files.push(p);
    }
  };
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const before = files.length;
      await walk(input);
      if (files.length === before) throw new UsageError("file.noWorkbooks", { path: input });
    } else files.push(input);
  }
  return files;
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Refuses an --out that is (by device and inode, links resolved) any input workbook. */
async function checkOut(out: string, files: string[]): Promise<void> {
  const o = await fs.stat(out).catch(() => null);
  const refuse = () => new UsageError("file.outIsInput", { path: out });
  for (const f of files) {
    if (path.resolve(f) === path.resolve(out)) throw refuse();
    if (!o) continue;
    const s = await fs.stat(f).catch(() => null);
    if (s && sameFile(s, o)) throw refuse();
  }
}

/** Writes next to the target and renames over it: a failed write never leaves half a report. */
async function writeReport(out: string, report: string, lang: "id" | "en"): Promise<void> {
  let target = out;
  // Writing through a link to a report keeps the link (the identity check above ran already).
  const real = await fs.realpath(out).catch(() => null);
  if (real) target = real;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, report, { encoding: "utf8", flag: "wx" });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    void lang;
    // One line in the chosen language: a folder, a missing folder, no permission, or the code.
    throw writeError(out, e);
  }
}

/** A closed pipe (`lkjip audit … | head -1`) ends the run quietly instead of an EPIPE trace. */
function quietOnEpipe(stream: NodeJS.WritableStream): void {
  const s = stream as NodeJS.WritableStream & { listenerCount?: (e: string) => number };
  if (typeof s.on !== "function" || (s.listenerCount?.("error") ?? 0) > 0) return;
  s.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export async function runAudit(paths: string[], opts: AuditOptions, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  if (stdout === process.stdout) quietOnEpipe(stdout);
  if (stderr === process.stderr) quietOnEpipe(stderr);
  const skipped: string[] = [];
  const files = paths.length ? await collect(paths, skipped) : [];
  if (skipped.length) {
    const names = skipped.slice(0, 5).map((p) => path.basename(p)).join(", ") + (skipped.length > 5 ? ", …" : "");
    stderr.write(`lkjip: ${escapeTerminal(renderMessage(CLI_MESSAGES["file.skipped"], opts.lang, { count: skipped.length, names }))}\n`);
  }
  if (!files.length && !opts.laporan) throw new UsageError("file.noInput");
  if (opts.laporan && files.length > 1) throw new UsageError("laporan.oneWorkbook");
  // The report must never replace a file it reads (`--out laporan.xlsx` typed by mistake).
  if (opts.out) await checkOut(opts.out, opts.laporan ? [...files, opts.laporan] : files);
  const progress = makeProgress(stderr, files, opts.lang);
  const outcomes = await auditAll(files, opts.lang, progress, opts.explain === true);
  progress.done();
  // The explanation goes to stdout before a text report, to stderr when the report is data.
  if (opts.explain) {
    const stream = opts.format === "text" && !opts.out ? stdout : stderr;
    for (const o of outcomes) if (o.explain !== undefined) stream.write(escapeTerminal(`== ${o.path}\n${o.explain || `${renderMessage(CLI_MESSAGES["explain.none"], opts.lang)}\n`}`));
  }
  const bad = outcomes.filter((o) => o.error);
  for (const b of bad) stderr.write(`lkjip: ${escapeTerminal(b.error!)}\n`);
  const good: FileReport[] = outcomes.filter((o) => o.result);
  if (opts.laporan) {
    const { auditReportFile } = await import("./laporan");
    const r = await auditReportFile(opts.laporan, files[0], opts.lang);
    if (r.error) {
      bad.push({ path: opts.laporan, error: r.error });
      stderr.write(`lkjip: ${escapeTerminal(r.error)}\n`);
    } else good.push(r);
  }
  if (good.length) {
    const { htmlReport, jsonReport, sarifReport, textReport } = await import("../audit/report");
    const report =
      opts.format === "json" ? jsonReport(good) : opts.format === "html" ? htmlReport(good, opts.lang) : opts.format === "sarif" ? sarifReport(good, opts.lang) : textReport(good, opts.lang);
    if (opts.out) await writeReport(opts.out, report, opts.lang);
    else stdout.write(opts.format === "text" ? escapeTerminal(report) : report);
  }
  if (bad.length) return 2;
  const threshold = RANK[opts.failOn];
  const failing = good.some((g) => g.result!.findings.some((f) => !f.ignored && RANK[f.severity] >= threshold));
  return failing ? 1 : 0;
}

function canUseWorkers(): boolean {
  return typeof __filename === "string" && __filename.endsWith(".js");
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

type Tracker = ReturnType<typeof makeProgress>;

async function auditAll(files: string[], lang: "id" | "en", progress: Tracker, withExplain: boolean): Promise<Outcome[]> {
  const results: Outcome[] = new Array(files.length);
  if (!canUseWorkers()) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await auditFile(files[i], lang, withExplain, (p) => progress.step(i, p));
      progress.tick(i);
    }
    return results;
  }
  // Limits may be lowered for tests and small machines (LKJIP_WORKER_MEMORY_MB, LKJIP_FILE_TIME_LIMIT_MS).
  const memoryMb = envNumber("LKJIP_WORKER_MEMORY_MB", WORKER_MEMORY_MB);
  const timeMs = envNumber("LKJIP_FILE_TIME_LIMIT_MS", FILE_TIME_LIMIT_MS);
  let next = 0;
  const size = Math.max(1, Math.min(files.length, os.cpus().length, 8));
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await inWorker(files[i], i, { lang, explain: withExplain }, memoryMb, timeMs, (p) => progress.step(i, p));
      progress.tick(i);
    }
  };
  await Promise.all(Array.from({ length: size }, lane));
  return results;
}

/** One file in a fresh worker: a file that exhausts its memory or time fails alone. */
function inWorker(file: string, index: number, how: { lang: "id" | "en"; explain: boolean }, memoryMb: number, timeMs: number, onProgress: (p: Progress) => void): Promise<Outcome> {
  const lang = how.lang;
  return new Promise((resolve) => {
    let settled = false;
    const w = new Worker(__filename, {
      workerData: { lkjipAuditWorker: true, lang, explain: how.explain },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      stderr: true,
      stdout: true,
    });
    // Library noise in a worker never reaches the user's terminal.
    w.stderr.resume();
    w.stdout.resume();
    const finish = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void w.terminate();
      resolve(o);
    };
    const line = (key: CliMessageKey, vars: Record<string, string | number> = {}) => ({ path: file, error: `${file}: ${renderMessage(CLI_MESSAGES[key], lang, vars)}` });
    const timer = setTimeout(() => finish(line("file.timeLimit", { limit: Math.round(timeMs / 1000) })), timeMs);
    w.on("message", (m: { progress?: Progress; outcome?: Outcome }) => {
      if (m.progress) onProgress(m.progress);
      else if (m.outcome) finish(m.outcome);
    });
    w.on("error", (e: Error & { code?: string }) => {
      finish(e.code === "ERR_WORKER_OUT_OF_MEMORY" || /heap|memory/i.test(e.message) ? line("file.memoryLimit", { limit: memoryMb }) : line("file.crashed"));
    });
    w.on("exit", () => finish(line("file.crashed")));
    w.postMessage({ index, file });
  });
}

function makeProgress(stream: NodeJS.WritableStream, files: string[], lang: "id" | "en") {
  const tty = (stream as NodeJS.WriteStream).isTTY === true;
  const total = files.length;
  const started = Date.now();
  let n = 0;
  let shown = false;
  const width = 30;
  const draw = (text: string) => {
    shown = true;
    const cols = (stream as NodeJS.WriteStream).columns || 80;
    stream.write(`\r\x1b[K${escapeTerminal(text).slice(0, Math.max(10, cols - 1))}`);
  };
  return {
    /** A file's phase (only for a single file running longer than a second). */
    step: (i: number, p: Progress) => {
      if (!tty || total > 1 || Date.now() - started < PROGRESS_AFTER_MS) return;
      const phase = renderMessage(CLI_MESSAGES[`progress.${p.phase}`], lang);
      const pct = p.phase === "sheet" ? ` ${Math.round(p.done * 100)}%` : "";
      draw(`${path.basename(files[i])}: ${phase}${p.label ? ` '${p.label}'` : ""}${pct}`);
    },
    tick: (_i: number) => {
      n++;
      if (tty && total > 1) {
        const filled = Math.round((n / total) * width);
        draw(`[${"#".repeat(filled)}${".".repeat(width - filled)}] ${n}/${total}`);
      }
    },
    done: () => {
      if (tty && shown) stream.write("\r\x1b[K");
    },
  };
}

// Worker-thread entry: the same module, started by inWorker with workerData.lkjipAuditWorker.
if (!isMainThread && parentPort && (workerData as { lkjipAuditWorker?: boolean } | null)?.lkjipAuditWorker) {
  const port = parentPort;
  const { lang, explain } = workerData as { lang: "id" | "en"; explain?: boolean };
  port.on("message", async (m: { index: number; file: string }) => {
    let last = 0;
    const outcome = await auditFile(m.file, lang, explain === true, (p) => {
      const now = Date.now();
      if (now - last < 200 && p.phase !== "audit") return;
      last = now;
      port.postMessage({ progress: p });
    });
    port.postMessage({ outcome });
  });
}
