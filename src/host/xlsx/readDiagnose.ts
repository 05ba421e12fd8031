// When exceljs cannot load a file, find which sheet is damaged so the one-line error names it:
// a worksheet part that is missing, not well-formed XML, or beyond Excel's limits.
import { readZipEntry, type ZipSummary } from "./readZipGuard";

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Tag balance check: enough to tell a truncated or spliced part from a good one. */
export function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    if (m[4]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]);
  }
  return stack.length === 0;
}

export function beyondLimits(xml: string): boolean {
  for (const m of xml.matchAll(/<(?:row|c)\b[^>]*\sr="([A-Z]*)(\d+)"/g)) {
    if (Number(m[2]) > MAX_ROW) return true;
    if (m[1] && colIndex(m[1]) > MAX_COL) return true;
  }
  return false;
}

/** Name of the first damaged sheet and why, or null when every sheet part looks fine. */
export function diagnoseSheets(buf: Buffer, dir: ZipSummary): { sheet: string; reason: "damaged" | "limits" } | null {
  const wb = readZipEntry(buf, dir, "xl/workbook.xml")?.toString("utf8");
  const rels = readZipEntry(buf, dir, "xl/_rels/workbook.xml.rels")?.toString("utf8");
  if (!wb || !rels) return null;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decode(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? "";
    const part = targets.get(rid);
    if (!part) continue;
    const xml = readZipEntry(buf, dir, part)?.toString("utf8");
    if (xml === undefined || !wellFormed(xml)) return { sheet: name, reason: "damaged" };
    if (beyondLimits(xml)) return { sheet: name, reason: "limits" };
  }
  return null;
}
