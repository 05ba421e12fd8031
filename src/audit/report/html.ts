// Self-contained HTML report (inline CSS, no scripts, no external resources). Every string
// from a workbook is escaped.
import { formatDateTime } from "../../core/text";
import type { Finding } from "../types";
import { ruleName } from "./rules";
import type { FileReport, Lang } from "./types";

export function escapeHtml(s: unknown): string {
  return String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const T = {
  id: { title: "Laporan audit konsistensi LKjIP", sheet: "Lembar", cell: "Sel", sev: "Tingkat", msg: "Temuan", fix: "Saran perbaikan", rule: "Aturan", none: "Tidak ada temuan.", ignored: "diabaikan", error: "galat", warning: "peringatan", info: "info", related: "terkait", read: "Dibaca", roots: "Akar masalah", others: "Temuan lain", consequences: "temuan yang ikut benar bila diperbaiki" },
  en: { title: "LKjIP consistency audit report", sheet: "Sheet", cell: "Cell", sev: "Severity", msg: "Finding", fix: "Suggested fix", rule: "Rule", none: "No findings.", ignored: "ignored", error: "error", warning: "warning", info: "info", related: "related", read: "Read", roots: "Root causes", others: "Other findings", consequences: "findings that hold once it is fixed" },
};

const CSS = `body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:24px;color:#222}h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f0f0f0}.error{color:#a4262c;font-weight:600}.warning{color:#8a5300;font-weight:600}.info{color:#005a9e}.ignored{color:#777;text-decoration:line-through}
.sum span{margin-right:16px}small{color:#666}`;

/** The file's name without its folders: a shared report never shows where it sat on someone's disk. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function htmlReport(files: FileReport[], lang: Lang = "id"): string {
  const t = T[lang];
  const parts: string[] = [];
  const title = files.length === 1 ? `${fileName(files[0].path)} — ${t.title}` : t.title;
  parts.push(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>`);
  parts.push(`<h1>${escapeHtml(t.title)}</h1>`);
  for (const f of files) {
    parts.push(`<h2>${escapeHtml(fileName(f.path))}</h2>`);
    if (!f.result) {
      parts.push(`<p class="error">${escapeHtml(f.error ?? "")}</p>`);
      continue;
    }
    const s = f.result.summary;
    parts.push(
      `<p class="sum"><span class="error">${s.error} ${escapeHtml(t.error)}</span><span class="warning">${s.warning} ${escapeHtml(t.warning)}</span><span class="info">${s.info} ${escapeHtml(t.info)}</span><span>${s.ignored} ${escapeHtml(t.ignored)}</span><small>${escapeHtml(t.read)}: ${escapeHtml(formatDateTime(f.result.readAt, lang))}</small></p>`,
    );
    if (!f.result.findings.length) {
      parts.push(`<p>${escapeHtml(t.none)}</p>`);
      continue;
    }
    const roots = f.result.findings.filter((x) => x.cause);
    const rest = f.result.findings.filter((x) => !x.cause);
    const head = `<table><thead><tr><th>${t.sheet}</th><th>${t.cell}</th><th>${t.sev}</th><th>${t.msg}</th><th>${t.fix}</th><th>${t.rule}</th></tr></thead><tbody>`;
    if (roots.length) {
      parts.push(`<h3>${escapeHtml(t.roots)} (${roots.length})</h3>`, head);
      for (const x of roots) parts.push(row(x));
      parts.push(`</tbody></table>`);
      if (rest.length) parts.push(`<h3>${escapeHtml(t.others)} (${rest.length})</h3>`);
    }
    const stopped = f.result.diagnosis?.stoppedEarly;
    if (stopped) parts.push(`<p class="warning">${escapeHtml(lang === "id" ? stopped.note : stopped.note_en)}</p>`);
    if (!rest.length) continue;
    parts.push(head);
    for (const x of rest) parts.push(row(x));
    parts.push(`</tbody></table>`);
  }
  parts.push(`</body></html>\n`);
  return parts.join("\n");

  function row(x: Finding): string {
    const sev = x.ignored ? `${t.ignored}: ${x.ignored.reason}` : t[x.severity];
    const quote = x.quote ? `<br><q>${escapeHtml(x.quote)}</q>` : "";
    const related = x.related.length ? `<br><small>${escapeHtml(t.related)}: ${x.related.map((r) => escapeHtml(`${r.sheet}!${r.cell}`)).join(", ")}</small>` : "";
    // Consequences folded under their root cause (<details>: no script needed).
    const cons = x.consequences?.length
      ? `<details><summary>${x.consequences.length} ${escapeHtml(t.consequences)}</summary><ul>${x.consequences.map((c) => `<li>${escapeHtml(`${c.sheet}!${c.cell}`)}: ${escapeHtml(lang === "id" ? c.message : c.message_en)} <small>(${escapeHtml(ruleName(c.rule, lang))})</small></li>`).join("")}</ul></details>`
      : "";
    return `<tr class="${x.ignored ? "ignored" : ""}"><td>${escapeHtml(x.sheet)}</td><td>${escapeHtml(x.cell)}</td><td class="${x.severity}">${escapeHtml(sev)}</td><td>${escapeHtml(lang === "id" ? x.message : x.message_en)}${quote}${related}${cons}</td><td>${escapeHtml(lang === "id" ? x.fix : x.fix_en)}</td><td>${escapeHtml(ruleName(x.rule, lang))}</td></tr>`;
  }
}
