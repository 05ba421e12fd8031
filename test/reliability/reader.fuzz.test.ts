// Fuzz of the .xlsx reader and the audit behind it: 2 400 mutated workbooks (XML-level and
// zip-level mutations of a small valid workbook, including declared ranges covering the whole
// grid). Each must either read (and audit without throwing) or fail with a WorkbookReadError —
// no other exception, no hang (the test's own timeout), and the fuzz adds less than 1 GB to the process.
import { audit } from "../../src/audit/engine";
import { readBufferSync, WorkbookReadError } from "../../src/host/xlsx/read";
import { zip, type ZipEntry } from "./fixtures";
import { prng as rng } from "../support/random";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;

const SHEET =
  `<dimension ref="A1:D6"/><sheetData>` +
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>Belanja Pegawai</t></is></c><c r="B2" s="1"><v>2242327000</v></c><c r="C2"><v>2241548521</v></c><c r="D2" s="2"><f>C2/B2</f><v>0.99965</v></c></row>` +
  `<row r="3"><c r="A3" t="inlineStr"><is><t>Belanja Barang</t></is></c><c r="B3" s="1"><v>5147457000</v></c><c r="C3"><v>5002887280</v></c><c r="D3" s="2"><f t="shared" ref="D3:D4" si="0">C3/B3</f><v>0.97191</v></c></row>` +
  `<row r="4"><c r="A4" t="inlineStr"><is><t>Belanja Modal</t></is></c><c r="B4" s="1"><v>2672576000</v></c><c r="C4"><v>2667854000</v></c><c r="D4" s="2"><f t="shared" si="0"/><v>0.99823</v></c></row>` +
  `<row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" s="1"><f>SUM(B2:B4)</f><v>10062360000</v></c><c r="C5"><f>SUM(C2:C4)</f><v>0</v></c><c r="D5" t="e"><v>#DIV/0!</v></c></row>` +
  `<row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="d"><v>2024-12-31</v></c><c r="C6" t="str"><f>"x"</f><v>x</v></c></row>` +
  `</sheetData><mergeCells count="1"><mergeCell ref="A7:D7"/></mergeCells>` +
  `<dataValidations count="1"><dataValidation type="whole" sqref="B2:B4"><formula1>0</formula1></dataValidation></dataValidations>`;

const PARTS: Record<string, string> = {
  "[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="0"/><sheets><sheet name="Rekap" sheetId="1" r:id="rId1"/><sheet name="Salinan" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="Anggaran">Rekap!$A$1:$D$5</definedName><definedName name="Anggaran" localSheetId="1">Salinan!$A$1:$D$5</definedName></definedNames><calcPr fullCalcOnLoad="1"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  "xl/worksheets/sheet1.xml": `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${SHEET}</worksheet>`,
  "xl/worksheets/sheet2.xml": `${HEAD}<x:worksheet xmlns:x="${MAIN}">${SHEET.replace(/<(\/?)([a-zA-Z]+)([\s/>])/g, "<$1x:$2$3")}</x:worksheet>`,
  "xl/sharedStrings.xml": `${HEAD}<sst xmlns="${MAIN}"><si><t>BELANJA</t></si><si><t>PAGU</t></si><si><r><rPr><b/></rPr><t>REALI</t></r><r><t>SASI</t></r></si><si><t>%</t></si><si><t>JUMLAH</t><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>`,
  "xl/styles.xml": `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
};

const HOSTILE = [
  `<mergeCell ref="A1:XFD1048576"/>`,
  `<dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation>`,
  `<definedName name="Semua">Rekap!$A$1:$XFD$1048576</definedName>`,
  // Template table names over the whole grid (the resolver must not walk their declared rows).
  `<definedName name="IKPA_2024">Rekap!$A$1:$XFD$1048576</definedName>`,
  `<definedName name="Capaian_Kinerja">Rekap!$A:$XFD</definedName>`,
  `<c r="XFD1048576"><f>SUM(XFD1:XFD2)</f><v>0</v></c>`,
  `<dimension ref="A1:XFD1048576"/>`,
  `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`,
  `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`,
  `<c r="XFE1"><v>1</v></c>`,
  `<c r="A1"><v>NaN</v></c>`,
  `<c r="B9"><v>1e309</v></c>`,
  `<c r="C9" t="s"><v>99999999</v></c>`,
  `<c r="D9"><f t="shared" si="7"/></c>`,
  `<c r="E9"><f t="shared" si="0" ref="A1:XFD1048576">A1+1</f></c>`,
  `<c r="F9"><f>SUM(A:A)</f></c>`,
  `<c r="ZZZZ9"><v>1</v></c>`,
  `<c><v>1</v></c>`,
  `<row><c t="inlineStr"><is><t>a&amp;b</t></is></c></row>`,
  `&undefined;`,
  `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`,
  `<![CDATA[<row r="2">]]>`,
  `<sheet name="Baru" sheetId="9" r:id="rId9"/>`,
  `<sheet name="Tanpa" sheetId="8" r:id="rId3"/>`,
  `<xf numFmtId="99999"/>`,
  `<si><t>${"panjang ".repeat(200)}</t></si>`,
  `<c r="A2" t="d"><v>bukan tanggal</v></c>`,
  `<c r="A3" t="b"><v></v></c>`,
  `<hyperlink ref="A1:XFD1048576" r:id="rId1"/>`,
  `<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`,
];

function mutateXml(xml: string, r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  let s = xml;
  for (let k = 0; k < n; k++) {
    const at = Math.floor(r() * (s.length + 1));
    const kind = Math.floor(r() * 6);
    if (kind === 0) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 40));
    else if (kind === 1) s = s.slice(0, at) + HOSTILE[Math.floor(r() * HOSTILE.length)] + s.slice(at);
    else if (kind === 2) {
      // Hostile snippet right after a tag boundary, where it is most likely to be taken as markup.
      const gt = s.indexOf(">", at);
      const p = gt < 0 ? at : gt + 1;
      s = s.slice(0, p) + HOSTILE[Math.floor(r() * HOSTILE.length)] + s.slice(p);
    } else if (kind === 3) {
      const len = Math.floor(r() * 200);
      s = s.slice(0, at) + s.slice(at, at + len).repeat(1 + Math.floor(r() * 4)) + s.slice(at);
    } else if (kind === 4) s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + s.slice(at + 1);
    else s = s.replace(/\d+/, () => String(Math.floor(r() * 2 ** (1 + Math.floor(r() * 40)))));
  }
  return s;
}

function mutateZip(buf: Buffer, r: () => number): Buffer {
  const b = Buffer.from(buf);
  const kind = Math.floor(r() * 4);
  if (kind === 0) return b.subarray(0, Math.floor(r() * b.length));
  if (kind === 1) {
    for (let k = 0; k < 1 + Math.floor(r() * 8); k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    return b;
  }
  // Central directory fields: sizes, offsets, counts, methods.
  const cd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  if (cd < 0) return b;
  const field = [10, 20, 24, 28, 42][Math.floor(r() * 5)];
  const value = [0, 1, 0xffff, 0xffffffff, Math.floor(r() * 2 ** 32)][Math.floor(r() * 5)];
  if (field === 10 || field === 28) b.writeUInt16LE(value & 0xffff, cd + field);
  else b.writeUInt32LE(value >>> 0, cd + field);
  if (kind === 3) {
    const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd >= 0) b.writeUInt16LE(Math.floor(r() * 0x10000), eocd + 10);
  }
  return b;
}

function build(parts: Record<string, string>, zip64: boolean): Buffer {
  const entries: ZipEntry[] = Object.entries(parts).map(([name, data]) => ({ name, data }));
  return zip(entries, { zip64 });
}

it("2 400 mutated workbooks: each reads or fails with one read error; audits never throw; under 1 GB", () => {
  const r = rng(13);
  const names = Object.keys(PARTS);
  let read = 0;
  let refused = 0;
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const unexpected: string[] = [];
  for (let i = 0; i < 2400; i++) {
    const parts = { ...PARTS };
    const zipLevel = i % 4 === 3;
    if (!zipLevel) {
      const k = 1 + Math.floor(r() * 2);
      for (let j = 0; j < k; j++) {
        const name = names[Math.floor(r() * names.length)];
        parts[name] = mutateXml(parts[name], r);
      }
    }
    let buf = build(parts, r() < 0.2);
    if (zipLevel) buf = mutateZip(buf, r);
    try {
      const snap = readBufferSync(buf, `fuzz-${i}.xlsx`);
      audit(snap);
      read++;
    } catch (e) {
      if (e instanceof WorkbookReadError) {
        refused++;
        expect(e.render("en").split("\n")).toHaveLength(1);
        expect(e.render("id").split("\n")).toHaveLength(1);
      } else unexpected.push(`#${i}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  expect(unexpected).toEqual([]);
  expect(read + refused).toBe(2400);
  // Both outcomes occur: the mutations neither all break nor all miss the workbook.
  expect(read).toBeGreaterThan(200);
  expect(refused).toBeGreaterThan(200);
  // What the fuzz itself added: run in band (2-core CI), the process also holds every earlier
  // test file's modules and garbage, which is not this reader's memory.
  expect(peak - baseline).toBeLessThan(1024 * 1024 * 1024);
});
