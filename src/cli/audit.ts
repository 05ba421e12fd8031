import { UsageError } from "./errors";

export interface AuditOptions {
  format: "text" | "json" | "html" | "sarif";
  out?: string;
  failOn: "error" | "warning" | "info";
  lang: "id" | "en";
}

/** `lkjip audit FILE|DIR...`: audits workbooks; exit 0/1 by --fail-on, 2 on bad input. */
export async function runAudit(_paths: string[], _opts: AuditOptions, _stdout: NodeJS.WritableStream, _stderr: NodeJS.WritableStream): Promise<number> {
  throw new UsageError("audit belum tersedia / audit is not available yet");
}
