import type { AuditResult } from "../types";

export interface FileReport {
  path: string;
  result?: AuditResult;
  /** One-line read error (id / en) when the file could not be audited. */
  error?: string;
}

export type Lang = "id" | "en";
