// The .xlsx reader on workbooks rebuilt from public bug reports against xlsx readers: each is a
// few raw XML parts zipped here, read the way `lkjip audit` reads it.
import { audit } from "../../src/audit/engine";
import { toA1 } from "../../src/core/address";
import { resolveTemplateRelations } from "../../src/templates/resolve";
import { cell, forEachCell, getSheet, type WorkbookSnapshot } from "../../src/core/snapshot";
import { readBufferSync, shiftFormula } from "../../src/host/xlsx/read";
import { MAX_ROW } from "../../src/host/xlsx/limits";
import { zip, type ZipEntry } from "../reliability/fixtures";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

interface Book {
  sheets: { name: string; data: string; extra?: string; rels?: string; state?: string }[];
  sst?: string[];
  /** Raw <si> bodies (rich text). */
  sstRaw?: string[];
  styles?: string;
  workbookPr?: string;
  calcPr?: string;
  names?: string;
  /** Element prefix for SpreadsheetML ("x" → <x:worksheet>), as .NET exporters write. */
  prefix?: string;
  strict?: boolean;
  zip64?: boolean;
  extra?: ZipEntry[];
}

function build(b: Book): Buffer {
  const main = b.strict ? STRICT_MAIN : MAIN;
  const rel = b.strict ? STRICT_REL : REL;
  const p = b.prefix ? `${b.prefix}:` : "";
  const ns = b.prefix ? `xmlns:${b.prefix}="${main}"` : `xmlns="${main}"`;
  const x = (s: string) => (p ? s.replace(/<(\/?)([a-zA-Z]+)([\s/>])/g, (_m, sl: string, n: string, end: string) => `<${sl}${p}${n}${end}`) : s);
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`;
  const wb =
    head +
    `<${p}workbook ${ns} xmlns:r="${rel}">` +
    x(`${b.workbookPr ?? ""}<sheets>${b.sheets.map((s, i) => `<sheet name="${s.name.replace(/&/g, "&amp;").replace(/'/g, "&apos;")}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("")}</sheets>${b.names ? `<definedNames>${b.names}</definedNames>` : ""}${b.calcPr ?? ""}`) +
    `</${p}workbook>`;
  const n = b.sheets.length;
  const wbRels =
    head +
    `<Relationships xmlns="${PKG}">` +
    b.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    (b.sst || b.sstRaw ? `<Relationship Id="rId${n + 1}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
    (b.styles ? `<Relationship Id="rId${n + 2}" Type="${rel}/styles" Target="styles.xml"/>` : "") +
    `</Relationships>`;
  const entries: ZipEntry[] = [
    { name: "[Content_Types].xml", data: `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
    { name: "_rels/.rels", data: `${head}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", data: wb },
    { name: "xl/_rels/workbook.xml.rels", data: wbRels },
    ...b.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: head + `<${p}worksheet ${ns} xmlns:r="${rel}">` + x(`<sheetData>${s.data}</sheetData>${s.extra ?? ""}`) + `</${p}worksheet>` })),
    ...b.sheets.flatMap((s, i) => (s.rels ? [{ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: head + `<Relationships xmlns="${PKG}">${s.rels}</Relationships>` }] : [])),
  ];
  if (b.sst || b.sstRaw) {
    const items = [...(b.sst ?? []).map((t) => `<si><t xml:space="preserve">${t}</t></si>`), ...(b.sstRaw ?? []).map((r) => `<si>${r}</si>`)];
    entries.push({ name: "xl/sharedStrings.xml", data: head + `<${p}sst ${ns} count="${items.length}" uniqueCount="${items.length}">` + x(items.join("")) + `</${p}sst>` });
  }
  if (b.styles) entries.push({ name: "xl/styles.xml", data: head + `<${p}styleSheet ${ns}>` + x(b.styles) + `</${p}styleSheet>` });
  return zip([...entries, ...(b.extra ?? [])], { zip64: b.zip64 });
}

const read = (b: Book | Buffer): WorkbookSnapshot => readBufferSync(Buffer.isBuffer(b) ? b : build(b), "t.xlsx");
const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
const num = (ref: string, v: number | string, st?: number) => `<c r="${ref}"${st !== undefined ? ` s="${st}"` : ""}><v>${v}</v></c>`;
const fml = (ref: string, f: string, v?: number) => `<c r="${ref}"><f>${f}</f>${v === undefined ? "" : `<v>${v}</v>`}</c>`;

/** Header + three rows + JUMLAH, with the total cells given (strings in the sst). */
function budget(total: string, label = 4): string {
  return (
    `<row r="1">${s("A1", 0)}${s("B1", 1)}${s("C1", 2)}</row>` +
    `<row r="2">${s("A2", 3)}${num("B2", 2242327000)}${num("C2", 2241548521)}</row>` +
    `<row r="3">${s("A3", 5)}${num("B3", 5147457000)}${num("C3", 5002887280)}</row>` +
    `<row r="4">${s("A4", 6)}${num("B4", 2672576000)}${num("C4", 2667854000)}</row>` +
    `<row r="5">${s("A5", label)}${total}</row>`
  );
}
const SST = ["BELANJA", "PAGU", "REALISASI", "Belanja Pegawai", "JUMLAH", "Belanja Barang", "Belanja Modal"];
const errorsOf = (snap: WorkbookSnapshot) => audit(snap).findings.filter((f) => f.severity !== "info" && !f.ignored);

describe("reads what Excel reads", () => {
  it("a consistent budget table: no finding (the baseline for the cases below)", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289801)) }], sst: SST });
    expect(errorsOf(snap)).toEqual([]);
    expect(cell(snap.sheets[0], "B5").value).toBe(10062360000);
  });

  it("1904 date system: a date-formatted amount keeps its stored value", () => {
    const styles = `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>`;
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000, 1) + num("C5", 9912289801, 1)) }], sst: SST, styles, workbookPr: `<workbookPr date1904="1"/>` });
    expect(snap.date1904).toBe(true);
    expect(cell(snap.sheets[0], "B5")).toEqual({ value: 10062360000, formula: null, numberFormat: "mm-dd-yy" });
    expect(errorsOf(snap)).toEqual([]);
  });

  it("prefixed SpreadsheetML (<x:worksheet>, <x:c>) as .NET exporters write it", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289800)) }], sst: SST, prefix: "x" });
    expect(cell(snap.sheets[0], "A1").value).toBe("BELANJA");
    expect(cell(snap.sheets[0], "C5").value).toBe(9912289800);
    expect(errorsOf(snap).map((f) => `${f.cell} ${f.code}`)).toEqual(["C5 sum.mismatch"]);
  });

  it("Strict OOXML (purl.oclc.org namespaces)", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289801)) }], sst: SST, strict: true, workbookPr: `<workbookPr date1904="false"/>` });
    expect(snap.sheets.map((x) => x.name)).toEqual(["Rekap"]);
    expect(cell(snap.sheets[0], "B2").value).toBe(2242327000);
    expect(snap.date1904).toBeUndefined();
  });

  it("rich text (hyperlinked total label): the runs' text, phonetic runs left out", () => {
    const rich = `<r><rPr><b/></rPr><t>JUMLAH</t></r><r><t xml:space="preserve"> (lihat LKD)</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh>`;
    const snap = read({
      sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289800), 7), extra: `<hyperlinks><hyperlink ref="A5" r:id="rId9"/></hyperlinks>`, rels: `<Relationship Id="rId9" Type="${REL}/hyperlink" Target="https://example.org/lkd" TargetMode="External"/>` }],
      sst: SST,
      sstRaw: [rich],
    });
    expect(cell(snap.sheets[0], "A5").value).toBe("JUMLAH (lihat LKD)");
    expect(errorsOf(snap).map((f) => `${f.cell} ${f.code}`)).toEqual(["C5 sum.mismatch"]);
  });

  it("a formula whose cached result is 0 reads 0, and the wrong total is found", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + fml("C5", "SUM(C6:C8)", 0)) }], sst: SST });
    expect(cell(snap.sheets[0], "C5")).toEqual({ value: 0, formula: "=SUM(C6:C8)", numberFormat: "General" });
    expect(errorsOf(snap).map((f) => `${f.cell} ${f.code}`)).toContain("C5 sum.mismatch");
    expect(snap.uncalculated).toBeUndefined();
  });

  it("formulas without cached results: a file-level warning, no clean bill", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(fml("B5", "SUM(B2:B4)") + fml("C5", "SUM(C2:C4)")) }], sst: SST });
    expect(snap.uncalculated).toEqual({ count: 2, sheet: "Rekap", cell: "B5" });
    const found = audit(snap).findings.filter((f) => f.code === "workbook.uncalculated");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", sheet: "Rekap", cell: "B5" });
    expect(found[0].message).toBe("2 rumus belum dihitung — buka dan simpan di Excel, lalu audit lagi");
  });

  it("recalculate-on-load with every cached result 0: also not calculated", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(fml("B5", "SUM(B2:B4)", 0) + fml("C5", "SUM(C2:C4)", 0)) }], sst: SST, calcPr: `<calcPr calcId="191029" fullCalcOnLoad="1"/>` });
    expect(snap.uncalculated?.count).toBe(2);
    // The same file with real results is read as calculated.
    const ok = read({ sheets: [{ name: "Rekap", data: budget(fml("B5", "SUM(B2:B4)", 10062360000) + fml("C5", "SUM(C2:C4)", 9912289801)) }], sst: SST, calcPr: `<calcPr fullCalcOnLoad="1"/>` });
    expect(ok.uncalculated).toBeUndefined();
  });

  it("sheet-scoped names (Excel's Move or Copy) stay bound to their sheet; the workbook's own comes first", () => {
    const names = `<definedName name="Anggaran" localSheetId="1">'Rekap (2)'!$A$1:$C$5</definedName><definedName name="Anggaran">Rekap!$A$1:$C$5</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Rekap!$A$1:$C$5</definedName>`;
    const data = budget(num("B5", 10062360000) + num("C5", 9912289801));
    const snap = read({ sheets: [{ name: "Rekap", data }, { name: "Rekap (2)", data }], sst: SST, names });
    expect(snap.tables).toEqual([
      { name: "Anggaran", sheet: "Rekap", range: "A1:C5", kind: "name" },
      { name: "Anggaran", sheet: "Rekap (2)", range: "A1:C5", kind: "name", scope: "Rekap (2)" },
    ]);
    expect(snap.tables.find((t) => t.name === "Anggaran")?.sheet).toBe("Rekap");
  });

  it("Zip64 records in a tiny file", () => {
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289801)) }], sst: SST, zip64: true });
    expect(cell(snap.sheets[0], "C5").value).toBe(9912289801);
  });

  it("a 40-character sheet name (LibreOffice writes them)", () => {
    const name = "Realisasi Anggaran per Jenis Belanja 2024";
    expect(name.length).toBeGreaterThan(31);
    const snap = read({ sheets: [{ name, data: budget(num("B5", 10062360000) + num("C5", 9912289801)) }], sst: SST });
    expect(snap.sheets[0].name).toBe(name);
    expect(errorsOf(snap)).toEqual([]);
  });

  it("NaN, INF and 1e309 are cell errors, not numbers", () => {
    const snap = read({ sheets: [{ name: "S", data: `<row r="1">${num("A1", "NaN")}${num("B1", "INF")}${num("C1", "1e309")}${num("D1", "-1E+309")}${num("E1", "2.5")}</row>` }] });
    const sh = snap.sheets[0];
    expect(["A1", "B1", "C1", "D1"].map((a) => cell(sh, a).value)).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }, { error: "#NUM!" }, { error: "#NUM!" }]);
    expect(cell(sh, "E1").value).toBe(2.5);
  });

  it("a row beyond Excel's grid is refused with the sheet named", () => {
    expect(() => read({ sheets: [{ name: "Data", data: `<row r="${MAX_ROW + 1}">${num(`A${MAX_ROW + 1}`, 1)}</row>` }] })).toThrow(expect.objectContaining({ kind: "sheet-limits" }));
    expect(() => read({ sheets: [{ name: "Data", data: `<row r="1">${num("XFE1", 1)}</row>` }] })).toThrow(expect.objectContaining({ kind: "sheet-limits" }));
    expect(cell(read({ sheets: [{ name: "Data", data: `<row r="${MAX_ROW}">${num(`XFD${MAX_ROW}`, 1)}</row>` }] }).sheets[0], `XFD${MAX_ROW}`).value).toBe(1);
  });

  it("other cell types: inline strings, booleans, errors, ISO dates, formula strings, _xHHHH_ escapes", () => {
    const data =
      `<row r="1"><c r="A1" t="inlineStr"><is><r><t>Pa</t></r><r><t>gu</t></r></is></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#DIV/0!</v></c>` +
      `<c r="D1" t="d"><v>2024-12-31T00:00:00</v></c><c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="F1" t="inlineStr"><is><t>x_x000D_y</t></is></c></row>`;
    const sh = read({ sheets: [{ name: "S", data }] }).sheets[0];
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => cell(sh, a).value)).toEqual(["Pagu", true, { error: "#DIV/0!" }, 45657, "ab", "x\ry"]);
    expect(cell(sh, "E1").formula).toBe('="a"&"b"');
  });

  it("cells and rows without r attributes take the next position", () => {
    const sh = read({ sheets: [{ name: "S", data: `<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="s"><v>0</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>` }], sst: ["x"] }).sheets[0];
    expect([cell(sh, "A1").value, cell(sh, "B1").value, cell(sh, "A2").value, cell(sh, "C5").value, cell(sh, "D5").value]).toEqual([1, 2, "x", 3, 4]);
  });

  it("shared formulas are given relative to each cell", () => {
    const data = `<row r="2"><c r="D2"><f t="shared" ref="D2:D4" si="0">B2/C2+$B$1+SUM(B$2:B2)+'My Sheet'!A2+"B2"</f><v>1</v></c></row><row r="3"><c r="D3"><f t="shared" si="0"/><v>1</v></c></row>`;
    const sh = read({ sheets: [{ name: "S", data }] }).sheets[0];
    expect(cell(sh, "D3").formula).toBe(`=B3/C3+$B$1+SUM(B$2:B3)+'My Sheet'!A3+"B2"`);
    expect(shiftFormula("LOG10(A1)+SUM(A1:B2)", 1, 1)).toBe("LOG10(B2)+SUM(B2:C3)");
  });

  it("tables from table parts, hidden sheets, merged ranges as strings", () => {
    const snap = read({
      sheets: [
        { name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289801)), extra: `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`, rels: `<Relationship Id="rId3" Type="${REL}/table" Target="../tables/table1.xml"/>` },
        { name: "Lain", data: "", state: "hidden" },
      ],
      sst: SST,
      extra: [{ name: "xl/tables/table1.xml", data: `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="T1" displayName="Anggaran_JenisBelanja" ref="A1:C5"/>` }],
    });
    expect(snap.tables).toEqual([{ name: "Anggaran_JenisBelanja", sheet: "Rekap", range: "A1:C5", kind: "table" }]);
    expect(snap.sheets[0].merged).toEqual(["A1:XFD1048576"]);
    expect(snap.sheets[1].visible).toBe(false);
  });
});

describe("parts a workbook refers to", () => {
  it("cells naming shared strings the file does not hold (sharedStrings part missing): one named read error, not a silent audit without labels", () => {
    const data = `<row r="1">${s("A1", 0)}${s("B1", 1)}</row><row r="2">${s("A2", 2)}${num("B2", 5)}</row>`;
    expect(() => read({ sheets: [{ name: "S", data }] })).toThrow(expect.objectContaining({ kind: "strings-missing", message: expect.stringContaining("3 cells refer to text the file does not hold") }));
  });
});

describe("hidden rows", () => {
  it("rows marked hidden are listed 0-based; none → no field", () => {
    const data = `<row r="1">${num("A1", 1)}</row><row r="2" hidden="1">${num("A2", 2)}</row><row r="3" hidden="true">${num("A3", 3)}</row><row r="4">${num("A4", 4)}</row>`;
    expect(read({ sheets: [{ name: "S", data }] }).sheets[0].hiddenRows).toEqual([1, 2]);
    expect(read({ sheets: [{ name: "S", data: `<row r="1">${num("A1", 1)}</row>` }] }).sheets[0].hiddenRows).toBeUndefined();
  });
});

describe("bounded by the cells a file holds", () => {
  it("A1 and XFD1048576: two cells, not the grid", () => {
    const snap = read({ sheets: [{ name: "S", data: `<row r="1">${num("A1", 1)}</row><row r="${MAX_ROW}">${num(`XFD${MAX_ROW}`, 2)}</row>` }] });
    const sh = snap.sheets[0];
    const seen: string[] = [];
    forEachCell(sh, (r, c, v) => seen.push(`${r},${c}=${String(v.value)}`));
    expect(seen).toEqual(["0,0=1", `${MAX_ROW - 1},16383=2`]);
    expect(cell(sh, `XFD${MAX_ROW}`).value).toBe(2);
    expect(audit(snap).findings).toEqual([]);
  });

  it("merged range, validation and name covering the whole grid are not expanded", () => {
    const extra = `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>`;
    const snap = read({ sheets: [{ name: "Rekap", data: budget(num("B5", 10062360000) + num("C5", 9912289801)), extra }], sst: SST, names: `<definedName name="Semua">Rekap!$A$1:$XFD$1048576</definedName>` });
    expect(snap.tables).toEqual([{ name: "Semua", sheet: "Rekap", range: "A1:XFD1048576", kind: "name" }]);
    expect(errorsOf(snap)).toEqual([]);
  });

  it("template table names over the whole grid of a sheet that is not ours: no relation asserted, no row walked", () => {
    const names = ["Ringkasan", "Capaian_Kinerja", "DD_TAK", "Anggaran_JenisBelanja", "PNBP_2024", "IKPA_2024", "NKA_2024", "LKD"].map((n) => `<definedName name="${n}">Data!$A$1:$XFD$${MAX_ROW}</definedName>`).join("");
    const extra = `<mergeCells count="1"><mergeCell ref="A1:XFD${MAX_ROW}"/></mergeCells>`;
    const data = `<row r="1">${s("A1", 0)}${num("B1", 5)}</row><row r="2">${s("A2", 1)}${num("B2", 3)}</row><row r="${MAX_ROW}">${num(`XFD${MAX_ROW}`, 2)}</row>`;
    const snap = read({ sheets: [{ name: "Data", data, extra }], sst: ["Jumlah", "Pagu"], names });
    expect(resolveTemplateRelations(snap)).toEqual([]);
    expect(audit(snap).findings).toEqual([]);
  });

  it("a SUM in every column of the grid's last row over rows 1–2 walks only the cells held in between", () => {
    const cells: string[] = [];
    for (let c = 0; c < 16384; c++) cells.push(fml(`${toA1(0, c).replace(/\d+$/, "")}${MAX_ROW}`, `SUM(${toA1(0, c)}:${toA1(1, c)})`, 0));
    const snap = read({ sheets: [{ name: "S", data: `<row r="1">${num("A1", 1)}</row><row r="${MAX_ROW}">${cells.join("")}</row>` }] });
    expect(errorsOf(snap)).toEqual([]);
  });

  it("a header merged over the whole row and a merge on every row cost the cells held", () => {
    const rows = [`<row r="1">${s("A1", 0)}${s("B1", 1)}${s("C1", 2)}</row>`];
    const merges = [`<mergeCell ref="A1:XFD1"/>`];
    for (let r = 2; r <= 20001; r++) {
      rows.push(`<row r="${r}">${s(`A${r}`, 3)}${num(`B${r}`, r)}${fml(`C${r}`, `B${r}*2`, 2 * r)}${num(`E${r}`, 1)}${num(`F${r}`, 1)}</row>`);
      merges.push(`<mergeCell ref="E${r}:F${r}"/>`);
    }
    const snap = read({ sheets: [{ name: "Rekap", data: rows.join(""), extra: `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` }], sst: ["Uraian", "Pagu", "Realisasi", "Belanja"] });
    expect(errorsOf(snap)).toEqual([]);
  });

  it("rows holding A, B and XFD are stored and recognised by the cells they hold", () => {
    const rows = [`<row r="1">${s("A1", 0)}${s("B1", 1)}</row>`];
    for (let r = 2; r <= 2000; r++) rows.push(`<row r="${r}">${s(`A${r}`, 3)}${num(`B${r}`, r)}${num(`XFD${r}`, 1)}</row>`);
    rows.push(`<row r="2001">${s("A2001", 2)}${num("B2001", (2000 * 2001) / 2 - 1)}</row>`);
    const snap = read({ sheets: [{ name: "Rekap", data: rows.join("") }], sst: ["Uraian", "Pagu", "Jumlah", "Belanja"] });
    expect(errorsOf(snap)).toEqual([]);
  });

  it("a 130 000-row sheet is read and audited without exhausting the stack", () => {
    const rows: string[] = [`<row r="1">${s("A1", 0)}${s("B1", 1)}</row>`];
    for (let r = 2; r <= 130001; r++) rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>k${r}</t></is></c>${num(`B${r}`, r)}</row>`);
    const snap = read({ sheets: [{ name: "Panjang", data: rows.join("") }], sst: ["Kegiatan", "PAGU"] });
    expect(getSheet(snap, "Panjang")?.values).toHaveLength(130001);
    expect(() => audit(snap)).not.toThrow();
  });

  it("exceeding the cell limit is one named error", () => {
    const data = `<row r="1">${num("A1", 1)}${num("B1", 2)}${num("C1", 3)}</row>`;
    expect(() => readBufferSync(build({ sheets: [{ name: "S", data }] }), "t.xlsx", { maxCells: 2 })).toThrow(expect.objectContaining({ kind: "limit", message: "the file exceeds a reading limit: more than 2 cells" }));
  });
});
