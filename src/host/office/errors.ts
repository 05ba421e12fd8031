// Typed errors of the Excel adapter, each with a message in Indonesian and English, so the pane
// can explain instead of showing a raw Office.js error.

export type HostErrorCode = "sheetProtected" | "sheetExists" | "tooOld" | "payloadTooLarge" | "notFound";

export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly messageId: string;
  readonly messageEn: string;
  readonly sheet?: string;

  constructor(code: HostErrorCode, messageId: string, messageEn: string, sheet?: string) {
    super(messageEn);
    this.name = "HostError";
    this.code = code;
    this.messageId = messageId;
    this.messageEn = messageEn;
    this.sheet = sheet;
  }
}

export function sheetProtectedError(sheet: string): HostError {
  return new HostError(
    "sheetProtected",
    `Lembar "${sheet}" diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar) lalu coba lagi; add-in tidak mengubah lembar yang diproteksi.`,
    `The sheet "${sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and try again; the add-in does not change protected sheets.`,
    sheet,
  );
}

export function sheetExistsError(sheet: string): HostError {
  return new HostError(
    "sheetExists",
    `Lembar "${sheet}" sudah ada; add-in tidak pernah menimpa lembar yang ada.`,
    `A sheet named "${sheet}" already exists; the add-in never overwrites an existing sheet.`,
    sheet,
  );
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
