// PDF text layer → text in the form parseText reads, with pdfjs-dist (Apache-2.0; no OCR). Items are
// put back into lines by their baseline; a wide horizontal gap is a tab (table cell), a vertical gap
// larger than one and a half lines ends a paragraph, each page ends with "\f". Node only (the CLI).

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Lines of one page → text. Exported for tests. */
export function itemsToText(items: Item[]): string {
  const rows: Item[][] = [];
  const sorted = items.filter((i) => i.str !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of sorted) {
    const last = rows[rows.length - 1];
    if (last && Math.abs(last[0].y - it.y) <= Math.max(2, it.h * 0.4)) last.push(it);
    else rows.push([it]);
  }
  const lines: { text: string; y: number; h: number }[] = [];
  for (const r of rows) {
    r.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    const h = Math.max(...r.map((i) => i.h || 10));
    for (const it of r) {
      // a blank run as wide as two spaces or more is where a tab was (LibreOffice, Word)
      if (!it.str.trim()) {
        if (text && it.w > h * 1.1) text = text.replace(/\s+$/, "") + "\t";
        else if (text && !/\s$/.test(text)) text += " ";
        end = it.x + it.w;
        continue;
      }
      if (text) {
        const gap = it.x - end;
        if (gap > h * 1.5) text = text.replace(/\s+$/, "") + "\t";
        else if (gap > h * 0.15 && !/\s$/.test(text) && !/^\s/.test(it.str)) text += " ";
        else if (gap > h * 1.1 && !text.endsWith("\t")) text = text.replace(/\s+$/, "") + "\t";
      }
      text += it.str;
      end = it.x + it.w;
    }
    lines.push({ text: text.replace(/\s+$/, ""), y: r[0].y, h });
  }
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) {
      const step = lines[i - 1].y - lines[i].y;
      out += step > lines[i].h * 1.9 ? "\n\n" : "\n";
    }
    out += lines[i].text;
  }
  return out;
}

/** Reads the text layer of a PDF. Throws when the bytes are not a PDF. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!("str" in it)) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width, h: it.height || Math.abs(it.transform[3]) });
      }
      pages.push(itemsToText(items));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages.join("\n\f");
}
