// One measured read in its own process (the bench times it from outside, with node's start):
//   node read-one.js MODE FILE
// MODE: new (lkjip's reader), exceljs (the reader it replaced), sheetjs (@e965/xlsx readFile),
// sax (unzip + a SAX pass over every part that holds cells, no snapshot: the floor for any
// reader of this file), audit-old (the replaced reader + the audit + the JSON report, as the CLI
// did before issue 13).
import * as fs from "fs";
import { SaxesParser } from "saxes";
import { readEntry, readZip } from "../../src/host/xlsx/zip";

async function main(mode: string, file: string): Promise<number> {
  if (mode === "new") {
    const { readWorkbook } = await import("../../src/host/xlsx/read");
    return (await readWorkbook(file)).sheets.length;
  }
  if (mode === "exceljs") {
    const { readWorkbookExceljs } = await import("./legacy-read");
    return (await readWorkbookExceljs(file)).sheets.length;
  }
  if (mode === "sheetjs") {
    const XLSX = await import("@e965/xlsx");
    return XLSX.readFile(file, { cellFormula: true, cellNF: true, dense: true }).SheetNames.length;
  }
  if (mode === "sax") {
    const buf = fs.readFileSync(file);
    const zip = readZip(buf);
    if (!zip) return 0;
    let tags = 0;
    for (const e of zip.entries) {
      if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i.test(e.name)) continue;
      const bytes = readEntry(buf, e);
      const p = new SaxesParser({ position: false });
      p.on("opentag", () => tags++);
      const dec = new TextDecoder();
      for (let at = 0; at < bytes.length; at += 1 << 20) p.write(dec.decode(bytes.subarray(at, at + (1 << 20)), { stream: true }));
      p.close();
    }
    return tags > 0 ? 1 : 0;
  }
  if (mode === "audit-old") {
    const { readWorkbookExceljs } = await import("./legacy-read");
    const { audit } = await import("../../src/audit/engine");
    const { jsonReport } = await import("../../src/audit/report");
    const snapshot = await readWorkbookExceljs(file);
    fs.writeFileSync(`${file}.old.json`, jsonReport([{ path: file, result: audit(snapshot) }]));
    return 1;
  }
  throw new Error(`unknown mode ${mode}`);
}

main(process.argv[2], process.argv[3]).then(
  (n) => process.exit(n > 0 ? 0 : 3),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
