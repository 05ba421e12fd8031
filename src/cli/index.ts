// The `lkjip` command: the same core as the add-in, on files and in a terminal.
import { Command, CommanderError } from "commander";
import { UsageError } from "./errors";
import { runFn } from "./fn";

export function buildProgram(out: NodeJS.WritableStream, err: NodeJS.WritableStream, setCode: (c: number) => void): Command {
  const program = new Command();
  program
    .name("lkjip")
    .description("LKjIP: lembar kerja terstruktur, fungsi, dan audit konsistensi / worksheets, functions and consistency audit")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(s) });

  program
    .command("fn")
    .description("jalankan fungsi LKJIP.* / run an LKJIP.* function; each ARG is JSON (null = omitted, [[..]] = range)")
    .argument("<name>", "nama fungsi, mis. CAPAIAN")
    .argument("[args...]", "argumen JSON")
    .allowUnknownOption()
    .action((name: string, args: string[]) => setCode(runFn(name, args ?? [], out, err)));

  return program;
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let code = 0;
  const program = buildProgram(out, err, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      err.write(`lkjip: ${e.message}\n`);
      return 2;
    }
    err.write(`lkjip: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
