// Typed errors of the Excel adapter. Their texts are a catalogue in the one bilingual shape
// (src/core/message.ts), so the pane shows them in its own language (errorMessage) instead of
// a raw Office.js error.
import { MessageError, type Bilingual, type Params } from "../../core/message";

export const HOST_MESSAGES = {
  sheetProtected: {
    id: "Lembar \"{sheet}\" diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar) lalu coba lagi; add-in tidak mengubah lembar yang diproteksi.",
    en: "The sheet \"{sheet}\" is protected. Unprotect it (Review › Unprotect Sheet) and try again; the add-in does not change protected sheets.",
  },
  sheetExists: {
    id: "Lembar \"{sheet}\" sudah ada; add-in tidak pernah menimpa lembar yang ada.",
    en: "A sheet named \"{sheet}\" already exists; the add-in never overwrites an existing sheet.",
  },
  nameExists: {
    id: "Nama lembar atau nama range sudah ada; tidak ada yang ditimpa.",
    en: "A sheet or name already exists; nothing was overwritten.",
  },
  sheetNotFound: {
    id: "Lembar \"{sheet}\" tidak ditemukan (mungkin sudah diganti namanya).",
    en: "The sheet \"{sheet}\" was not found (it may have been renamed).",
  },
  workbookTooLarge: {
    id: "Data buku kerja terlalu besar untuk dibaca.",
    en: "The workbook data is too large to read.",
  },
  templateBlockTooLarge: {
    id: "Satu bagian templat melebihi batas 5 MB Excel.",
    en: "One template block exceeds Excel's 5 MB request limit.",
  },
  templatesTooLarge: {
    id: "Templat terlalu besar untuk dipasang sekaligus; pilih lebih sedikit lembar.",
    en: "The templates are too large to install at once; choose fewer sheets.",
  },
} satisfies Record<string, Bilingual>;

export type HostMessageKey = keyof typeof HOST_MESSAGES;

export type HostErrorCode = "sheetProtected" | "sheetExists" | "payloadTooLarge" | "notFound";

export class HostError extends MessageError {
  readonly code: HostErrorCode;
  readonly sheet?: string;

  constructor(code: HostErrorCode, message: HostMessageKey, params: Params & { sheet?: string } = {}) {
    super(HOST_MESSAGES[message], params);
    this.name = "HostError";
    this.code = code;
    this.sheet = params.sheet;
  }
}

export function sheetProtectedError(sheet: string): HostError {
  return new HostError("sheetProtected", "sheetProtected", { sheet });
}

export function sheetExistsError(sheet: string): HostError {
  return new HostError("sheetExists", "sheetExists", { sheet });
}

/** Office.js errors carry a string `code` (Excel.ErrorCodes). */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = officeErrorCode(e) ?? "";
  return /PayloadSizeLimitExceeded/i.test(code);
}
