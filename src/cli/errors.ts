// Errors the CLI reports as one line with exit code 2 (bad input or usage), never a stack trace,
// in the language chosen with --lang (Indonesian by default).
import { MessageError, type Bilingual, type Params } from "../core/message";
import { CLI_MESSAGES, type CliMessageKey } from "./messages";

export class UsageError extends MessageError {
  readonly exitCode = 2;
  /** A catalogue key (src/cli/messages.ts) with its params, or a message already in both languages. */
  constructor(message: CliMessageKey | Bilingual | string, params: Params = {}) {
    // A plain string (not a catalogue key) is shown as written: prefer a key or a Bilingual.
    super(typeof message !== "string" ? message : message in CLI_MESSAGES ? CLI_MESSAGES[message as CliMessageKey] : { id: message, en: message }, params);
    this.name = "UsageError";
  }
}

/** Node's error code of a failed file operation ("ENOENT", "EISDIR", …), if any. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** The one line for writing the report (or a workbook) to `file` failing with `e`. */
export function writeError(file: string, e: unknown): UsageError {
  const code = errnoCode(e);
  if (code === "EISDIR") return new UsageError("file.outIsDirectory", { path: file });
  if (code === "ENOENT" || code === "ENOTDIR") return new UsageError("file.outNoFolder", { path: file });
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return new UsageError("file.outDenied", { path: file });
  return new UsageError("file.outFailed", { path: file, code: code ?? "?" });
}
