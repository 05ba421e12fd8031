// `lkjip audit FILE|DIR...`: reads .xlsx files (never writes them), audits them in parallel
// worker threads, writes a text/JSON/HTML/SARIF report. Exit 0 when nothing reaches --fail-on,
// 1 when something does, 2 on bad input (one line per bad file, no stack trace).
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import { audit } from "../audit/engine";
import { analyze, explain } from "../audit/recognize";
import { resolveTemplateRelations } from "../templates/resolve";
import { htmlReport, jsonReport, sarifReport, textReport, type FileReport } from "../audit/report";
import type { AuditResult } from "../audit/types";
import { readWorkbook, WorkbookReadError } from "../host/xlsx/read";
import { UsageError } from "./errors";
import { auditReportFile } from "./laporan";

export interface AuditOptions {
  format: "text" | "json" | "html" | "sarif";
  out?: string;
  failOn: "error" | "warning" | "info";
  lang: "id" | "en";
  /** Also print what recognition saw (tables, hierarchy, accepted/rejected relations). */
  explain?: boolean;
  /** Report text to check (.docx/.pdf/.txt/.md), against the workbook when exactly one is given (issue 17). */
  laporan?: string;
}

type Outcome = { path: string; result?: AuditResult; error?: string; explain?: string };

/** Audits one file in this thread; read errors become one line in the chosen language. */
export async function auditFile(file: string, lang: "id" | "en" = "id", withExplain = false): Promise<Outcome> {
  try {
    const snapshot = await readWorkbook(file);
    const result = audit(snapshot);
    if (!withExplain) return { path: file, result };
    return { path: file, result, explain: explain(analyze(snapshot, resolveTemplateRelations(snapshot)), lang) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { path: file, error: `${file}: ${lang === "id" ? e.messageId : e.messageEn}` };
    const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { path: file, error: `${file}: ${lang === "id" ? "gagal diaudit" : "audit failed"} (${msg})` };
  }
}

async function collect(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && !e.name.startsWith(".")) await walk(p);
      } else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) files.push(p);
    }
  };
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (st?.isDirectory()) {
      const before = files.length;
      await walk(input);
      if (files.length === before) throw new UsageError(`tidak ada berkas .xlsx di ${input} / no .xlsx files in ${input}`);
    } else files.push(input);
  }
  return files;
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

export async function runAudit(paths: string[], opts: AuditOptions, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const files = paths.length ? await collect(paths) : [];
  if (!files.length && !opts.laporan) throw new UsageError("tidak ada berkas untuk diaudit / nothing to audit");
  if (opts.laporan && files.length > 1) throw new UsageError("--laporan diperiksa terhadap satu buku kerja saja / --laporan is checked against one workbook only");
  // The report must never replace a workbook it reads (`--out laporan.xlsx` typed by mistake).
  if (opts.out && files.some((f) => path.resolve(f) === path.resolve(opts.out!))) {
    throw new UsageError(`--out ${opts.out} adalah berkas yang diaudit, tidak ditimpa / is a workbook being audited, not overwritten`);
  }
  const progress = makeProgress(stderr, files.length);
  const outcomes = await auditAll(files, opts.lang, progress.tick, opts.explain === true);
  progress.done();
  // The explanation goes to stdout before a text report, to stderr when the report is data.
  if (opts.explain) {
    const stream = opts.format === "text" && !opts.out ? stdout : stderr;
    for (const o of outcomes) if (o.explain !== undefined) stream.write(`== ${o.path}\n${o.explain || (opts.lang === "id" ? "(tidak ada tabel yang dikenali)\n" : "(no table recognised)\n")}`);
  }
  const bad = outcomes.filter((o) => o.error);
  for (const b of bad) stderr.write(`lkjip: ${b.error}\n`);
  const good: FileReport[] = outcomes.filter((o) => o.result);
  if (opts.laporan) {
    const r = await auditReportFile(opts.laporan, files[0], opts.lang);
    if (r.error) bad.push({ path: opts.laporan, error: r.error });
    else good.push(r);
  }
  if (good.length) {
    const report =
      opts.format === "json" ? jsonReport(good) : opts.format === "html" ? htmlReport(good, opts.lang) : opts.format === "sarif" ? sarifReport(good, opts.lang) : textReport(good, opts.lang);
    if (opts.out) await fs.writeFile(opts.out, report, "utf8");
    else stdout.write(report);
  }
  if (bad.length) {
    if (opts.laporan && bad.some((b) => b.path === opts.laporan)) stderr.write(`lkjip: ${bad.find((b) => b.path === opts.laporan)!.error}\n`);
    return 2;
  }
  const threshold = RANK[opts.failOn];
  const failing = good.some((g) => g.result!.findings.some((f) => !f.ignored && RANK[f.severity] >= threshold));
  return failing ? 1 : 0;
}

function canUseWorkers(): boolean {
  return typeof __filename === "string" && __filename.endsWith(".js");
}

async function auditAll(files: string[], lang: "id" | "en", tick: () => void, withExplain = false): Promise<Outcome[]> {
  const results: Outcome[] = new Array(files.length);
  if (files.length < 2 || !canUseWorkers()) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await auditFile(files[i], lang, withExplain);
      tick();
    }
    return results;
  }
  let next = 0;
  const size = Math.max(1, Math.min(files.length, os.cpus().length, 8));
  const runWorker = () =>
    new Promise<void>((resolve) => {
      const w = new Worker(__filename, { workerData: { lkjipAuditWorker: true, lang, explain: withExplain } });
      const feed = () => {
        if (next >= files.length) {
          void w.terminate();
          resolve();
          return;
        }
        const i = next++;
        w.once("message", (o: Outcome) => {
          results[i] = o;
          tick();
          feed();
        });
        w.postMessage({ index: i, file: files[i] });
      };
      w.once("error", async () => {
        // A crashed worker: audit the rest of its share in this thread.
        while (next < files.length) {
          const i = next++;
          results[i] = await auditFile(files[i], lang, withExplain);
          tick();
        }
        resolve();
      });
      feed();
    });
  await Promise.all(Array.from({ length: size }, runWorker));
  for (let i = 0; i < files.length; i++) if (!results[i]) results[i] = await auditFile(files[i], lang, withExplain);
  return results;
}

function makeProgress(stream: NodeJS.WritableStream, total: number): { tick: () => void; done: () => void } {
  const tty = (stream as NodeJS.WriteStream).isTTY === true && total > 1;
  let n = 0;
  const draw = () => {
    const width = 30;
    const filled = Math.round((n / total) * width);
    stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${n}/${total}`);
  };
  return {
    tick: () => {
      n++;
      if (tty) draw();
    },
    done: () => {
      if (tty) stream.write("\r\x1b[K");
    },
  };
}

// Worker-thread entry: the same module, started by auditAll with workerData.lkjipAuditWorker.
if (!isMainThread && parentPort && (workerData as { lkjipAuditWorker?: boolean } | null)?.lkjipAuditWorker) {
  const port = parentPort;
  const { lang, explain: withExplain } = workerData as { lang: "id" | "en"; explain?: boolean };
  port.on("message", async (m: { index: number; file: string }) => {
    port.postMessage(await auditFile(m.file, lang, withExplain === true));
  });
}
