// Runs the audit engine on a generated snapshot inside a worker thread, so the bench can stop
// it at a time limit (a slow engine must not make the bench itself exceed its 5 minutes).
import { parentPort, workerData } from "worker_threads";
import { performance } from "perf_hooks";
import { generate } from "./generate";
import { subjects, type FindingLike } from "./subjects";

export interface EngineJob {
  cells: number;
  perKind: number;
  runs: number;
}

export interface EngineResult {
  times: number[];
  /** The same runs with `diagnose: false`, interleaved with the others (warm-up and load shared). */
  plainTimes: number[];
  findings: FindingLike[];
}

if (parentPort && workerData && (workerData as { lkjipBenchEngine?: boolean }).lkjipBenchEngine) {
  const job = (workerData as { job: EngineJob }).job;
  const syn = generate(job.cells, job.perKind);
  const times: number[] = [];
  let findings: FindingLike[] = [];
  const plainTimes: number[] = [];
  for (let k = 0; k < job.runs; k++) {
    // Alternate which goes first, so neither profits alone from the other's JIT warm-up.
    const plainFirst = k % 2 === 1;
    const plain = () => {
      if (!subjects.auditWithoutDiagnosis) return;
      const t = performance.now();
      subjects.auditWithoutDiagnosis(syn.snapshot);
      plainTimes.push(performance.now() - t);
    };
    if (plainFirst) plain();
    const t0 = performance.now();
    findings = subjects.audit(syn.snapshot);
    times.push(performance.now() - t0);
    if (!plainFirst) plain();
  }
  const out: EngineResult = { times, plainTimes, findings: findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, related: f.related })) };
  parentPort.postMessage(out);
}
