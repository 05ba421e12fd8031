import { existsSync } from "fs";
import { UsageError, writeError } from "./errors";
import { neutralStructure, planInstall, SAMPLES, structureFromPk, type Structure } from "../templates";
import { MessageError } from "../core/message";

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
  const names = Object.values(plan.names);
  stdout.write(`Ditulis / written: ${out}\n`);
  stdout.write(`  tahun / year ${year}${opts.sample ? `, contoh / sample ${opts.sample}` : ""}; ${plan.sheets.length} lembar / sheets, ${names.length} tabel bernama / named tables\n`);
  for (const s of plan.sheets) stdout.write(`  - ${s.name}\n`);
  if (structure && !opts.sample) {
    const n = structure.sasaran.reduce((a, x) => a + x.indikator.length, 0);
    stdout.write(`  ${structure.sasaran.length} sasaran, ${n} indikator, ${structure.kegiatan} kegiatan${opts.fromPk ? ` (dari / from ${opts.fromPk})` : ""}\n`);
  }
  if (plan.typedValues.length) stdout.write(`  ${plan.typedValues.length} sel berisi angka terbit yang diketik / cells hold typed published figures (samples/README.md)\n`);
  return 0;
}
