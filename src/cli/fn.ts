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

// Numbers print as exact JSON (1/0.9 → 1.1111111111111112), so scripts get the value Excel holds.
// Functions that round by regulation (IKPA_SCORE, NKA, NK_PERENCANAAN, IKM_KONVERSI: 2 decimals)
// already return their published figure, e.g. 96.12.
function toJson(out: Out): unknown {
  if (isFormulaError(out)) return out.toString();
  if (Array.isArray(out)) return out.map((row) => row.map(toJson));
  return out;
}

function cellErrors(out: Out): string[] {
  if (!Array.isArray(out)) return [];
  const found: string[] = [];
  out.forEach((row, r) => row.forEach((cell, c) => isFormulaError(cell) && found.push(`[${r + 1},${c + 1}] ${cell.toString()}`)));
  return found;
}

/**
 * `lkjip fn NAME [ARG...]`: each ARG is JSON (number, string, null for an omitted argument,
 * [[...]] for a range); a bare word is a string. Prints the result as JSON on stdout and exits 0.
 * An Excel error prints "#CODE message" on stderr and exits 1; an array with error cells is still
 * printed (errors as "#CODE message" strings), each error cell is listed on stderr, and it exits 1.
 */
export function runFn(name: string, rawArgs: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  if (!name) throw new UsageError("usage.missingArgument", { value: "name", example: "lkjip fn CAPAIAN 1 0.9" });
  const result = callFunction(name, rawArgs.map(parseArg));
  if (isFormulaError(result)) {
    if (result.code === "#NAME?") throw new UsageError({ id: result.toString(), en: result.toString() });
    err.write(result.toString() + "\n");
    return 1;
  }
  out.write(JSON.stringify(toJson(result)) + "\n");
  const errors = cellErrors(result);
  for (const e of errors) err.write(e + "\n");
  return errors.length ? 1 : 0;
}
