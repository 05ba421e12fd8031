// Plain-text report: per file, findings grouped by sheet, cell address first.
import type { Finding } from "../types";
import type { FileReport, Lang } from "./types";

const SEV: Record<Lang, Record<Finding["severity"], string>> = {
  id: { error: "galat", warning: "peringatan", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

export function textReport(files: FileReport[], lang: Lang = "id"): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`== ${f.path}`);
    if (f.error || !f.result) {
      out.push(`   ${f.error ?? "?"}`);
      continue;
    }
    const { findings, summary } = f.result;
    const roots = rootCausesFirst(findings);
    if (roots.length) out.push(lang === "id" ? `-- Akar masalah (${roots.length})` : `-- Root causes (${roots.length})`);
    for (const x of roots) {
      line(x, true);
      for (const c of x.consequences ?? []) {
        const where = c.sheet === x.sheet ? c.cell : `${c.sheet}!${c.cell}`;
        out.push(`${"".padEnd(20)}↳ ${where}: ${lang === "id" ? c.message : c.message_en}  [${c.rule}]`);
      }
    }
    let sheet = "";
    for (const x of findings) {
      if (x.cause) continue;
      if (x.sheet !== sheet) {
        sheet = x.sheet;
        out.push(`-- ${sheet}`);
      }
      line(x, false);
    }
    const stopped = f.result.diagnosis?.stoppedEarly;
    if (stopped) out.push(lang === "id" ? stopped.note : stopped.note_en);
    out.push(
      lang === "id"
        ? `Jumlah temuan: ${summary.error} galat, ${summary.warning} peringatan, ${summary.info} info, ${summary.ignored} diabaikan`
        : `Findings: ${summary.error} errors, ${summary.warning} warnings, ${summary.info} info, ${summary.ignored} ignored`,
    );
  }
  return out.join("\n") + "\n";

  function line(x: Finding, qualified: boolean): void {
    const tag = x.ignored ? (lang === "id" ? `diabaikan: ${x.ignored.reason}` : `ignored: ${x.ignored.reason}`) : SEV[lang][x.severity];
    const cell = qualified ? `${x.sheet}!${x.cell}` : x.cell;
    out.push(`${cell.padEnd(qualified ? 24 : 8)} ${tag.padEnd(10)} ${lang === "id" ? x.message : x.message_en}  [${x.rule}]`);
    if (x.quote) out.push(`${"".padEnd(20)}“${x.quote}”`);
    const fix = lang === "id" ? x.fix : x.fix_en;
    if (fix && x.severity !== "info") out.push(`${"".padEnd(20)}→ ${fix}`);
  }
}

/** Root causes (diagnosis), in workbook order. */
export function rootCausesFirst(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.cause);
}
