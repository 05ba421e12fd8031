// Runs the CLI the way a user's command does (src/cli/index main), capturing what it prints.
import { PassThrough } from "stream";
import { main } from "../../src/cli/index";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `lkjip ARGS…` in process: exit code, stdout and stderr as text. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = "";
  let e = "";
  out.on("data", (d) => (o += String(d)));
  err.on("data", (d) => (e += String(d)));
  const code = await main(["node", "lkjip", ...args], out, err);
  return { code, out: o, err: e };
}
