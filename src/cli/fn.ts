import { callFunction, type Arg, type Out } from "../core/catalogue";
import { isFormulaError } from "../core/result";
import { UsageError } from "./errors";

function parseArg(text: string): Arg {
  try {
    return JSON.parse(text) as Arg;
  } catch {
    // A bare word is taken as a string, so `lkjip fn IKPA_KATEGORI 95` and `... positif` both work.
    return text;
  }
}

function firstError(out: Out): string | null {
  if (isFormulaError(out)) return out.toString();
  return null;
}

function toJson(out: Out): unknown {
  if (isFormulaError(out)) return out.toString();
  if (Array.isArray(out)) return out.map((row) => row.map(toJson));
  return out;
}

/** `lkjip fn NAME [ARG...]`: prints the result as JSON; an Excel error goes to stderr with exit 1. */
export function runFn(name: string, rawArgs: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  if (!name) throw new UsageError("nama fungsi wajib diisi / function name required");
  const result = callFunction(name, rawArgs.map(parseArg));
  const e = firstError(result);
  if (e) {
    if (e.startsWith("#NAME?")) throw new UsageError(e);
    err.write(e + "\n");
    return 1;
  }
  out.write(JSON.stringify(toJson(result)) + "\n");
  return 0;
}
