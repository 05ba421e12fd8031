// .docx → text in the form parseText reads: one line per paragraph, a blank line after each
// paragraph, table rows as tab-separated lines, "\f" at explicit and rendered page breaks. A small
// walk over word/document.xml (WordprocessingML: w:p, w:r/w:t, w:tab, w:br, w:tbl/w:tr/w:tc);
// no DOM, so the same code runs in Node and in the task pane. The zip is read with JSZip (MIT).
import JSZip from "jszip";

const ENT: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENT[e.toLowerCase()],
  );

/** Text of a WordprocessingML body. Exported for tests. */
export function documentXmlToText(xml: string): string {
  const out: string[] = [];
  let para = "";
  let cell = "";
  let row: string[] | null = null;
  let depth = 0; // table nesting
  const tag = /<(\/?)(w:[A-Za-z]+)\b([^>]*?)(\/?)>|([^<]+)/g;
  let inText = false;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (inText) {
        if (depth) cell += decode(text);
        else para += decode(text);
      }
      continue;
    }
    if (name === "w:t") inText = !close && !selfClose;
    else if (name === "w:tab" && !close) {
      if (depth) cell += " ";
      else para += "\t";
    }
    else if ((name === "w:br" && /w:type="page"/.test(attrs)) || name === "w:lastRenderedPageBreak") {
      if (!close && !depth) out.push("\f");
    } else if (name === "w:br" && !close) {
      if (depth) cell += " ";
      else para += "\n";
    }
    else if (name === "w:tbl") depth += close ? -1 : 1;
    else if (name === "w:tr" && depth === 1) {
      if (!close) row = [];
      else if (row) {
        out.push(row.join("\t"));
        row = null;
      }
    } else if (name === "w:tc" && depth === 1) {
      if (!close) cell = "";
      else row?.push(cell.replace(/\s+/g, " ").trim());
    } else if (name === "w:p") {
      if (close || selfClose) {
        if (depth) cell += " ";
        else {
          // paragraphs are separated by a blank line, except consecutive tab-separated rows (a table typed with tabs)
          const prev = out[out.length - 2];
          if (para.includes("\t") && prev !== undefined && prev.includes("\t") && out[out.length - 1] === "") out.pop();
          out.push(para, "");
          para = "";
        }
      }
    }
  }
  return out.join("\n").replace(/\n*\f\n*/g, "\n\f");
}

/** Reads a .docx file's main text. Throws when the bytes are not a Word document. */
export async function docxToText(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = zip.file("word/document.xml");
  if (!doc) throw new Error("word/document.xml missing");
  return documentXmlToText(await doc.async("string"));
}
