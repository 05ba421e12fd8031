// Report readers: .docx XML walk (paragraphs, tabs, tables, page breaks) and the PDF line builder,
// on small inputs we write here.
import JSZip from "jszip";
import { docxToText, documentXmlToText } from "../../src/host/report/docx";
import { itemsToText } from "../../src/host/report/pdf";
import { auditNarrative, parseText } from "../../src/narrative";

const W = (body: string) => `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const P = (...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join("")}</w:p>`;

describe(".docx text", () => {
  it("paragraphs apart, tables as tab rows, entities decoded, page breaks as \\f", () => {
    const xml = W(
      P("Realisasi PNBP sebesar Rp 4.922.000.500 atau 239,90% ", "dari target Rp 2.140.900.000.") +
        `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` +
        P("Jumlah &amp; rincian:") +
        `<w:tbl><w:tr><w:tc>${P("No")}</w:tc><w:tc>${P("Jumlah")}</w:tc></w:tr><w:tr><w:tc>${P("1")}</w:tc><w:tc>${P("10.502")}</w:tc></w:tr></w:tbl>`,
    );
    const text = documentXmlToText(xml);
    expect(text).toContain("Realisasi PNBP sebesar Rp 4.922.000.500 atau 239,90% dari target Rp 2.140.900.000.\n");
    expect(text).toContain("\f");
    expect(text).toContain("Jumlah & rincian:");
    expect(text).toContain("No\tJumlah\n1\t10.502");
    const doc = parseText(text);
    expect(doc.blocks.filter((b) => b.kind === "table")).toHaveLength(1);
    const f = auditNarrative(doc).findings.find((x) => x.code === "narrative.ratio")!;
    expect(f.cell).toBe("hlm. 1, par. 1");
  });

  it("reads a zipped document and refuses bytes that are not one", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", W(P("Nilai indeks yang diperoleh 3,45 atau 110,94% dari target 3,2 Indeks.")));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const text = await docxToText(bytes);
    expect(auditNarrative(text).findings.map((x) => x.code)).toEqual(["narrative.ratio"]);
    await expect(docxToText(new TextEncoder().encode("not a zip"))).rejects.toThrow();
  });
});

describe("PDF lines", () => {
  it("rebuilds lines by baseline, tabs from wide gaps, paragraphs from vertical gaps", () => {
    const it = (str: string, x: number, y: number, w = str.length * 6) => ({ str, x, y, w, h: 10 });
    const text = itemsToText([
      it("Pada tahun 2024 sebanyak 62 layanan", 50, 700),
      it("dengan rincian sebagai berikut:", 50, 688),
      it("Paspor", 50, 664), it(" ", 86, 664, 74), it("50", 160, 664),
      it("Izin tinggal", 50, 652), it("12", 160, 652),
    ]);
    expect(text).toBe("Pada tahun 2024 sebanyak 62 layanan\ndengan rincian sebagai berikut:\n\nPaspor\t50\nIzin tinggal\t12");
  });

  it("a paragraph cut by a page break goes on on the next page", () => {
    const doc = parseText("Realisasi PNBP sebesar Rp 4.922.000.500 atau\n\f239,90% dari target Rp 2.140.900.000.\n");
    const paras = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(paras).toHaveLength(1);
    expect(auditNarrative(doc).findings[0]).toMatchObject({ code: "narrative.ratio", cell: "hlm. 1, par. 1" });
  });
});
