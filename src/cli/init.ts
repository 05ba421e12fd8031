import { existsSync } from "fs";
import { UsageError } from "./errors";
import { planInstall, SAMPLES } from "../templates";

export interface InitOptions {
  year: number;
  satker?: string;
  sample?: string;
  force: boolean;
  sheets?: string[];
  lang?: "id" | "en";
}

/** `lkjip init OUT.xlsx`: writes the LKjIP workbook from the template schemas. */
export async function runInit(out: string, opts: InitOptions, stdout: NodeJS.WritableStream): Promise<number> {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`berkas tujuan harus .xlsx / output must be an .xlsx file: ${out}`);
  if (existsSync(out) && !opts.force) throw new UsageError(`${out} sudah ada; pakai --force untuk menimpa / already exists; use --force to overwrite`);
  let year = opts.year;
  if (opts.sample) {
    const s = SAMPLES[opts.sample];
    if (!s) throw new UsageError(`contoh tidak dikenal / unknown sample '${opts.sample}' (${Object.keys(SAMPLES).join(", ")})`);
    year = s.year;
    if (opts.year !== s.year) throw new UsageError(`contoh ${s.id} untuk tahun ${s.year}, bukan ${opts.year}`);
  }
  let plan;
  try {
    plan = planInstall({ year, satker: opts.satker, sample: opts.sample as "kerinci-2024" | undefined, sheets: opts.sheets, lang: opts.lang });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  // The writer (exceljs) is loaded only by the command that writes.
  const { writeWorkbook } = await import("../host/xlsx/write");
  await writeWorkbook(plan.actions, out);
  const names = Object.values(plan.names);
  stdout.write(`Ditulis / written: ${out}\n`);
  stdout.write(`  tahun / year ${year}${opts.sample ? `, contoh / sample ${opts.sample}` : ""}; ${plan.sheets.length} lembar / sheets, ${names.length} tabel bernama / named tables\n`);
  for (const s of plan.sheets) stdout.write(`  - ${s.name}\n`);
  if (plan.typedValues.length) stdout.write(`  ${plan.typedValues.length} sel berisi angka terbit yang diketik / cells hold typed published figures (samples/README.md)\n`);
  return 0;
}
