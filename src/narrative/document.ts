// A report's text as blocks: paragraphs (prose and list items) and tables, each located by page
// (when the source has page breaks: "\f" in text, page boundaries in PDF/.docx) and by a running
// paragraph number. Every reader (.txt/.md, .docx, PDF) produces this text form first, so the
// checks see the same blocks whatever the file type.

export interface Paragraph {
  kind: "paragraph";
  text: string;
  /** 1-based page, when the source has pages. */
  page?: number;
  /** 1-based running number of the paragraph in the document (tables not counted). */
  index: number;
  /** A list item ("- …", "1. …", "a) …"); lists are checked for their stated totals. */
  item: boolean;
}

export interface Table {
  kind: "table";
  rows: string[][];
  page?: number;
  /** Number of the paragraph just before the table (0 at the start). */
  after: number;
}

export type Block = Paragraph | Table;

export interface NarrativeDoc {
  blocks: Block[];
  /** Where the text came from (file path or "teks"), for reports. */
  source?: string;
}

const ITEM = /^\s*(?:[-•●▪◦*]\s+(?:[a-z0-9]{1,2}[.)]\s+)?|\d{1,2}[.)]\s+|[a-z][.)]\s+|[a-z]\.\d+\s+|\(?[a-z0-9]{1,2}\)\s+)/i;

/** Removes Markdown emphasis and stray brackets so "**99,79%**" reads as "99,79%". */
function clean(line: string): string {
  return line
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|[.,;:]|$)/g, "$1$2")
    .replace(/\[([^\]]*)\]/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/[ \u00a0]+/g, " ")
    .trim();
}

/**
 * Splits plain text (from a .txt/.md file or a converted document) into blocks. Lines with a tab are
 * table rows; consecutive prose lines form one paragraph; a list item starts its own paragraph;
 * "$$…$$" formula lines are skipped (they restate the tables).
 */
export function parseText(text: string, source?: string): NarrativeDoc {
  const blocks: Block[] = [];
  const norm = text.replace(/\r\n?/g, "\n");
  const paged = norm.includes("\f");
  let page = paged ? 1 : undefined;
  let index = 0;
  let prose: string[] = [];
  let prosePage = page;
  let item = false;
  let table: string[][] | null = null;
  const flushProse = () => {
    const t = clean(prose.join(" "));
    if (t) blocks.push({ kind: "paragraph", text: t, page: prosePage, index: ++index, item });
    prose = [];
    item = false;
  };
  const flushTable = () => {
    if (table && table.length) blocks.push({ kind: "table", rows: table, page, after: index });
    table = null;
  };
  for (const raw of norm.split("\n")) {
    let line = raw;
    // a page break: a paragraph cut by it (no final punctuation) goes on on the next page
    while (line.includes("\f")) {
      const at = line.indexOf("\f");
      const head = line.slice(0, at);
      if (head.trim()) prose.push(head.trim());
      flushTable();
      if (!prose.length || /[.!?:;)]["”]?\s*$/.test(prose[prose.length - 1])) flushProse();
      page = (page ?? 1) + 1;
      if (!prose.length) prosePage = page;
      line = line.slice(at + 1);
    }
    line = line.replace(/\s+$/, "");
    if (!line.trim()) {
      flushProse();
      flushTable();
      prosePage = page;
      continue;
    }
    if (/^\s*\$\$/.test(line) || /^\s*\\\[/.test(line)) {
      flushProse();
      prosePage = page;
      continue;
    }
    if (line.includes("\t") || /^\s*\|.*\|\s*$/.test(line)) {
      flushProse();
      prosePage = page;
      const cells = line.includes("\t") ? line.split("\t") : line.trim().replace(/^\||\|$/g, "").split("|");
      if (cells.every((c) => /^[\s:-]*$/.test(c))) continue; // Markdown separator row
      (table ??= []).push(cells.map((c) => clean(c)));
      continue;
    }
    // a line without tabs right under a table row is the row wrapped (PDF): numbers are further cells, words go on the last cell
    if (table && table.length && !ITEM.test(line)) {
      const last: string[] = table[table.length - 1];
      const t = clean(line);
      if (/^[\d.,%\s-]+$/.test(t)) last.push(...t.split(/\s+/));
      else last[last.length - 1] = `${last[last.length - 1]} ${t}`.trim();
      continue;
    }
    flushTable();
    if (ITEM.test(line)) {
      flushProse();
      prosePage = page;
      item = true;
    }
    if (!prose.length) prosePage = page;
    prose.push(line.trim());
  }
  flushProse();
  flushTable();
  return { blocks, source };
}

/** "hlm. 4, par. 12" / "p. 4, para 12": where a paragraph is, for reports. */
export function locate(p: { page?: number; index: number }, lang: "id" | "en"): string {
  if (lang === "id") return p.page ? `hlm. ${p.page}, par. ${p.index}` : `par. ${p.index}`;
  return p.page ? `p. ${p.page}, para ${p.index}` : `para ${p.index}`;
}
