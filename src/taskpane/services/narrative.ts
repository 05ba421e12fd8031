// The "Periksa naskah" screen's glue: report text (pasted, or read from a .docx in the browser)
// checked against the OPEN workbook, read through the same HostService the audit uses. The
// checks are src/narrative's auditNarrative, the one entry the CLI's --laporan also takes.

import type { WorkbookSnapshot } from "../../core/snapshot";
import { auditNarrative, locate, parseText, type NarrativeDoc } from "../../narrative";
import type { Store } from "../state/store";
import { toFindingView } from "./domain";
import { errorMessage } from "../../core/message";
import type { Bilingual, CellTarget, FindingView, HostService } from "./types";

export interface NarrativeFindingView extends FindingView {
  /** The report's sentence the finding is about. */
  quote: string;
  /** Where the sentence is: "hlm. 4, par. 12" / "p. 4, para 12". */
  place: Bilingual;
  /** The workbook cell the figure was compared with (jump target), when there is one. */
  target?: CellTarget;
}

export interface NarrativeView {
  at: string;
  /** File name, or undefined for pasted text. */
  source?: string;
  findings: NarrativeFindingView[];
  /** Paragraphs read from the text (0 = nothing to check). */
  paragraphs: number;
}

/** Report file kinds the pane reads itself; PDF is read by the CLI only (pdf.js needs a worker in the browser). */
export type PaneReportKind = "docx" | "text" | "pdf" | "other";

export function reportKind(name: string): PaneReportKind {
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? "";
  if (ext === ".docx") return "docx";
  if (ext === ".txt" || ext === ".md") return "text";
  if (ext === ".pdf") return "pdf";
  return "other";
}

/** Error the screen shows from the catalogue (key of src/i18n/messages.ts). */
export class NarrativeInputError extends Error {
  constructor(readonly key: "naskah.pdfUnsupported" | "naskah.unsupported" | "naskah.badDocx") {
    super(key);
  }
}

/**
 * Text of a report file opened in the pane. .docx is unzipped with JSZip in the browser (the
 * reader takes bytes, no file system; loaded on first use); .txt/.md are UTF-8. Throws
 * NarrativeInputError for PDF and other kinds.
 */
export async function reportFileText(name: string, bytes: ArrayBuffer): Promise<string> {
  const kind = reportKind(name);
  if (kind === "text") return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (kind === "docx") {
    const { docxToText } = await import(/* webpackChunkName: "docx" */ "../../host/report/docx");
    try {
      return await docxToText(bytes);
    } catch {
      throw new NarrativeInputError("naskah.badDocx");
    }
  }
  throw new NarrativeInputError(kind === "pdf" ? "naskah.pdfUnsupported" : "naskah.unsupported");
}

/** Pure: narrative findings as pane views (same message shape as the audit's, plus quote and place). */
export function narrativeView(doc: NarrativeDoc, snapshot: WorkbookSnapshot | undefined, now?: string): NarrativeView {
  const result = auditNarrative(doc, snapshot, { now });
  const findings = result.findings.map((f, i): NarrativeFindingView => {
    const view = toFindingView(f);
    const at = f.location ?? { paragraph: 0 };
    const place = { id: locate({ page: at.page, index: at.paragraph }, "id"), en: locate({ page: at.page, index: at.paragraph }, "en") };
    const cell = f.related[0];
    return {
      ...view,
      // several findings can share one sentence's rule|code|place
      key: `${view.key}|${i}`,
      quote: f.quote ?? "",
      place,
      target: cell ? { sheet: cell.sheet, address: cell.cell } : undefined,
    };
  });
  const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph").length;
  return { at: result.readAt, source: doc.source, findings, paragraphs };
}

/** Reads the open workbook and checks the text against it; the result goes into the store. */
export async function checkNarrative(host: HostService, store: Store, text: string, source?: string): Promise<NarrativeView | undefined> {
  store.set({ checkingNarrative: true, error: undefined });
  try {
    const snapshot = await host.readSnapshot();
    const view = narrativeView(parseText(text, source), snapshot);
    store.set({ narrative: view, checkingNarrative: false });
    return view;
  } catch (e) {
    store.set({ checkingNarrative: false, error: errorMessage(e) });
    return undefined;
  }
}
