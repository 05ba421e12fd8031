// The `lkjip` command: the same core as the add-in, on files and in a terminal. Every message,
// commander's included, is one line in the --lang chosen (Indonesian by default) saying what to
// do; no stack trace ever reaches the user.
import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError } from "commander";
import { DEFAULT_LANG, isLang, MessageError, type Lang } from "../core/message";
import { supportedYears, unsupportedYearError } from "../templates";
import { errnoCode, UsageError } from "./errors";
import { runFn } from "./fn";
import { runInit, type InitOptions } from "./init";
import { runAudit, type AuditOptions } from "./audit";

const FORMATS = ["text", "json", "html", "sarif"] as const;
const SEVERITIES = ["error", "warning", "info"] as const;
const LANG_CHOICES = ["id", "en"] as const;

/** The value a choice option must take, or a UsageError listing the valid ones. */
function choice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError("value.choice", { option, value, choices: choices.map((c) => `'${c}'`).join(", ") });
}

/** The package version, read next to lib/ (or src/ under ts-jest). */
function version(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

export function buildProgram(out: NodeJS.WritableStream, err: NodeJS.WritableStream, setCode: (c: number) => void): Command {
  const program = new Command();
  program
    .name("lkjip")
    .description("LKjIP: lembar kerja terstruktur, fungsi, dan audit konsistensi / worksheets, functions and consistency audit")
    .version(version(), "-V, --version", "tampilkan versi / show the version")
    .helpOption("-h, --help", "tampilkan bantuan / show help")
    .exitOverride()
    // commander's own error text is English; main() rewords its errors instead.
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: () => undefined, outputError: () => undefined });

  program
    .command("fn")
    .description("jalankan fungsi LKJIP.* / run an LKJIP.* function; each ARG is JSON (null = omitted, [[..]] = range)")
    .argument("<name>", "nama fungsi, mis. CAPAIAN / function name")
    .argument("[args...]", "argumen JSON / JSON arguments")
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
    .option("--sasaran <n>", "jumlah sasaran kegiatan / number of goals (blank workbook)", "3")
    .option("--indikator <n>", "indikator per sasaran / indicators per goal", "2")
    .option("--kegiatan <n>", "jumlah kegiatan anggaran / number of budget activities", "2")
    .option("--from-pk <file>", "susun sasaran dan indikator dari lembar Perjanjian Kinerja (.xlsx) / build goals and indicators from a Perjanjian Kinerja sheet")
    .option("--force", "timpa berkas yang ada / overwrite an existing file", false)
    .action(async (outPath: string, o: { year: string; satker?: string; sample?: string; sheets?: string; force: boolean; lang: string; sasaran: string; indikator: string; kegiatan: string; fromPk?: string }, cmd: Command) => {
      const lang = choice("--lang", o.lang, LANG_CHOICES);
      // Counts the user typed that the chosen source would silently override are a usage error.
      const typed = ["sasaran", "indikator", "kegiatan"].filter((k) => cmd.getOptionValueSource(k) === "cli");
      const overridden = o.sample ? typed : o.fromPk ? typed.filter((k) => k !== "kegiatan") : [];
      if (overridden.length) throw new UsageError("init.countsIgnored", { options: overridden.map((k) => `--${k}`).join(", "), source: o.sample ? "--sample" : "--from-pk" });
      const year = /^\d{4}$/.test(o.year.trim()) ? Number(o.year) : NaN;
      if (!supportedYears().includes(year)) throw unsupportedYearError(o.year);
      const opts: InitOptions = { year, satker: o.satker, sample: o.sample, force: o.force, sheets: o.sheets?.split(",").map((s) => s.trim()).filter(Boolean), lang };
      const count = (name: string, v: string): number => {
        if (!/^\d{1,3}$/.test(v.trim())) throw new UsageError("init.notWhole", { name, value: v });
        return Number(v);
      };
      opts.structure = { sasaran: count("sasaran", o.sasaran), indikator: count("indikator", o.indikator), kegiatan: count("kegiatan", o.kegiatan) };
      opts.fromPk = o.fromPk;
      setCode(await runInit(outPath, opts, out));
    });

  program
    .command("audit")
    .description("audit konsistensi angka / consistency audit of .xlsx files and folders")
    .argument("[paths...]", "berkas .xlsx atau folder / .xlsx files or folders")
    .option("--format <format>", "text | json | html | sarif", "text")
    .option("--out <path>", "tulis laporan ke berkas / write the report to a file")
    .option("--fail-on <severity>", "error | warning | info", "error")
    .option("--lang <lang>", "bahasa laporan dan pesan / language of the report and messages: id | en", "id")
    .option("--laporan <report>", "periksa naskah laporan (.docx/.pdf/.txt/.md) / check the report text against the workbook")
    .option("--explain", "tampilkan tabel, hierarki dan relasi yang dikenali / print the tables, hierarchy and relations recognised")
    .action(async (paths: string[], o: { format: string; out?: string; failOn: string; lang: string; laporan?: string; explain?: boolean }) => {
      const opts: AuditOptions = {
        lang: choice("--lang", o.lang, LANG_CHOICES),
        format: choice("--format", o.format, FORMATS),
        failOn: choice("--fail-on", o.failOn, SEVERITIES),
        out: o.out,
        laporan: o.laporan,
        explain: o.explain === true,
      };
      setCode(await runAudit(paths, opts, out, err));
    });

  return program;
}

/**
 * The language for messages, read from argv before commander parses it (so commander's own
 * errors are reworded in it too): `--lang en` / `--lang=en`, else Indonesian.
 */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (isLang(v)) return v;
  }
  return DEFAULT_LANG;
}

/** The subcommand named in argv (for the help hint), if any. */
function commandOf(argv: string[]): string | undefined {
  return argv.slice(2).find((a) => a === "audit" || a === "init" || a === "fn");
}

/** commander's error, reworded in our catalogue: one line, what to do. */
function fromCommander(e: CommanderError, argv: string[]): UsageError {
  const cmd = commandOf(argv);
  const help = cmd ? `lkjip ${cmd} --help` : "lkjip --help";
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  switch (e.code) {
    case "commander.unknownCommand":
      return new UsageError("usage.unknownCommand", { value: quoted });
    case "commander.unknownOption":
      return new UsageError("usage.unknownOption", { value: quoted, help });
    case "commander.missingArgument": {
      const examples: Record<string, string> = { init: "lkjip init laporan.xlsx", fn: "lkjip fn CAPAIAN 1 0.9", audit: "lkjip audit laporan.xlsx" };
      return new UsageError("usage.missingArgument", { value: quoted, example: examples[cmd ?? "audit"] ?? help });
    }
    case "commander.optionMissingArgument":
      return new UsageError("usage.optionNeedsValue", { value: quoted.split(" ")[0], help });
    case "commander.excessArguments":
      return new UsageError("usage.tooManyArguments", { help });
    default:
      return new UsageError("usage.other", { help });
  }
}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let code = 0;
  const lang = langOf(argv);
  const program = buildProgram(out, err, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    let usage: MessageError;
    if (e instanceof CommanderError) {
      // --help and --version print and exit 0; `lkjip` alone prints help and exits 2.
      if (e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      if (e.code === "commander.help") {
        // `lkjip` with no command: the usage on stderr (commander's writeErr is silenced for its English errors).
        err.write(program.helpInformation());
        return 2;
      }
      usage = fromCommander(e, argv);
    } else if (e instanceof MessageError) usage = e; // usage, template and read errors: already in both languages
    else usage = new UsageError("internal", { code: errnoCode(e) ?? (e instanceof Error ? e.name : "?") });
    err.write(`lkjip: ${usage.render(lang)}\n`);
    return 2;
  }
}
