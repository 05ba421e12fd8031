// The `lkjip` command: the same core as the add-in, on files and in a terminal.
import { Command, CommanderError } from "commander";
import { UsageError } from "./errors";
import { supportedYears, unsupportedYearMessage } from "../templates";
import { runFn } from "./fn";
import { runInit, type InitOptions } from "./init";
import { runAudit, type AuditOptions } from "./audit";

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

  program
    .command("init")
    .description("tulis buku kerja LKjIP dari templat / write an LKjIP workbook from the templates")
    .argument("<out>", "berkas .xlsx tujuan / output .xlsx file")
    .option("--year <year>", "tahun anggaran / budget year", "2024")
    .option("--satker <name>", "nama satker / work unit name")
    .option("--sample <name>", "isi dengan contoh / fill with a sample, e.g. kerinci-2024")
    .option("--sheets <list>", "lembar yang dipasang, dipisah koma / comma-separated sheet ids")
    .option("--lang <lang>", "bahasa isi lembar / language of the sheets' text: id | en", "id")
    .option("--force", "timpa berkas yang ada / overwrite an existing file", false)
    .action(async (outPath: string, o: { year: string; satker?: string; sample?: string; sheets?: string; force: boolean; lang: string }) => {
      const year = /^\d{4}$/.test(o.year.trim()) ? Number(o.year) : NaN;
      if (!supportedYears().includes(year)) throw new UsageError(unsupportedYearMessage(o.year));
      if (!["id", "en"].includes(o.lang)) throw new UsageError(`--lang tidak dikenal / unknown: ${o.lang} (id | en)`);
      const opts: InitOptions = { year, satker: o.satker, sample: o.sample, force: o.force, sheets: o.sheets?.split(",").map((s) => s.trim()).filter(Boolean), lang: o.lang as "id" | "en" };
      setCode(await runInit(outPath, opts, out));
    });

  program
    .command("audit")
    .description("audit konsistensi angka / consistency audit of .xlsx files and folders")
    .argument("[paths...]", "berkas .xlsx atau folder / .xlsx files or folders")
    .option("--format <format>", "text | json | html | sarif", "text")
    .option("--out <path>", "tulis laporan ke berkas / write the report to a file")
    .option("--fail-on <severity>", "error | warning | info", "error")
    .option("--lang <lang>", "id | en", "id")
    .option("--laporan <report>", "periksa naskah laporan (.docx/.pdf/.txt/.md) / check the report text against the workbook")
    .option("--explain", "tampilkan tabel, hierarki dan relasi yang dikenali / print the tables, hierarchy and relations recognised")
    .action(async (paths: string[], o: { format: string; out?: string; failOn: string; lang: string; laporan?: string; explain?: boolean }) => {
      if (!["text", "json", "html", "sarif"].includes(o.format)) throw new UsageError(`--format tidak dikenal: ${o.format}`);
      if (!["error", "warning", "info"].includes(o.failOn)) throw new UsageError(`--fail-on tidak dikenal: ${o.failOn}`);
      if (!["id", "en"].includes(o.lang)) throw new UsageError(`--lang tidak dikenal: ${o.lang}`);
      const opts: AuditOptions = { format: o.format as AuditOptions["format"], out: o.out, failOn: o.failOn as AuditOptions["failOn"], lang: o.lang as AuditOptions["lang"], laporan: o.laporan, explain: o.explain === true };
      setCode(await runAudit(paths, opts, out, err));
    });

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
