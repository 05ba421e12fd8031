// JSON report: the contract of issue 5 ({ files: [{ path, summary, findings }] }).
import type { FileReport } from "./types";

export function jsonReport(files: FileReport[]): string {
  return (
    JSON.stringify(
      {
        files: files.map((f) =>
          f.result
            ? { path: f.path, readAt: f.result.readAt, summary: f.result.summary, ...(f.result.diagnosis ? { diagnosis: f.result.diagnosis } : {}), findings: f.result.findings }
            : { path: f.path, error: f.error ?? "", summary: { error: 0, warning: 0, info: 0, ignored: 0 }, findings: [] },
        ),
      },
      null,
      2,
    ) + "\n"
  );
}
