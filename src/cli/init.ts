import { existsSync } from "fs";
import { UsageError, writeError } from "./errors";
import { neutralStructure, planInstall, SAMPLES, structureFromPk, type Structure } from "../templates";
import { MessageError, renderMessage, type Params } from "../core/message";
import { CLI_MESSAGES, type CliMessageKey } from "./messages";

export interface InitOptions {
  year: number;
  satker?: string;
  sample?: string;
  force: boolean;
  sheets?: string[];
  lang?: "id" | "en";
  /** Counts for the neutral structure (ignored with --from-pk's own sasaran/indicators, and with a sample). */
  structure?: { sasaran: number; indikator: number; kegiatan: number };
  /** A workbook with the satker's Perjanjian Kinerja sheet. */
  fromPk?: string;
}

/** `lkjip init OUT.xlsx`: writes the LKjIP workbook from the template schemas. */
export async function runInit(out: string, opts: InitOptions, stdout: NodeJS.WritableStream): Promise<number> {
  if (!/\.xlsx$/i.test(out)) throw new UsageError("file.outNotXlsx", { path: out });
  if (existsSync(out) && !opts.force) throw new UsageError("file.outExists", { path: out });
  let year = opts.year;
  if (opts.sample) {
    const s = SAMPLES[opts.sample];
    if (!s) throw new UsageError("init.unknownSample", { value: opts.sample, choices: Object.keys(SAMPLES).map((k) => `'${k}'`).join(", ") });
    year = s.year;
    if (opts.year !== s.year) throw new UsageError("init.sampleYear", { sample: s.id, year: s.year });
  }
  if (opts.sample && opts.fromPk) throw new UsageError("init.sampleAndPk");
  let structure: Structure | undefined;
  try {
    const c = opts.structure ?? { sasaran: 3, indikator: 2, kegiatan: 2 };
    if (opts.fromPk) {
      // The reader (exceljs) is loaded only when a PK file is to be read.
      const { readWorkbook } = await import("../host/xlsx/read");
      structure = structureFromPk(await readWorkbook(opts.fromPk), c.kegiatan);
    } else structure = neutralStructure(c.sasaran, c.indikator, c.kegiatan);
  } catch (e) {
    // A file that is not a workbook or has no PK table: said about the PK file.
    if (opts.fromPk && e instanceof MessageError) throw new UsageError({ id: `'{pk}': ${e.text.id}`, en: `'{pk}': ${e.text.en}` }, { ...e.params, pk: opts.fromPk });
    throw e;
  }
  let plan;
  try {
    plan = planInstall({ year, satker: opts.satker, sample: opts.sample as "kerinci-2024" | undefined, sheets: opts.sheets, lang: opts.lang, structure });
  } catch (e) {
    if (e instanceof MessageError) throw e;
    throw new UsageError("init.plan", { reason: e instanceof Error ? e.message : String(e) });
  }
  // The writer (exceljs) is loaded only by the command that writes.
  const { writeWorkbook } = await import("../host/xlsx/write");
  await writeWorkbook(plan.actions, out).catch((e: unknown) => Promise.reject(writeError(out, e)));
  const lang = opts.lang ?? "id";
  const say = (key: CliMessageKey, params?: Params) => stdout.write(`${renderMessage(CLI_MESSAGES[key], lang, params)}\n`);
  say("init.written", { path: out });
  say("init.summary", { year, sample: opts.sample ? renderMessage(CLI_MESSAGES["init.withSample"], lang, { sample: opts.sample }) : "", sheets: plan.sheets.length, tables: Object.keys(plan.names).length });
  for (const s of plan.sheets) stdout.write(`  - ${s.name}\n`);
  // Counts only when an installed sheet is built from them (not for '--sheets ikpa,pnbp').
  if (plan.structure) {
    const s = plan.structure;
    const from = opts.fromPk ? renderMessage(CLI_MESSAGES["init.fromPk"], lang, { pk: opts.fromPk }) : "";
    say("init.structure", { sasaran: s.sasaran.length, indikator: s.sasaran.reduce((a, x) => a + x.indikator.length, 0), kegiatan: s.kegiatan, from });
  }
  if (plan.typedValues.length) say("init.typed", { count: plan.typedValues.length });
  return 0;
}
