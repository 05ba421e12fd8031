// The one bilingual message shape of the project and its one renderer. Findings, host errors,
// read errors, CLI messages and UI strings are all `{ id, en }` pairs whose `{name}`
// placeholders are filled here; Indonesian is the default language everywhere.

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];
export const DEFAULT_LANG: Lang = "id";

/** A user-facing text in Indonesian (`id`) and English (`en`), with `{name}` placeholders. */
export interface Bilingual {
  id: string;
  en: string;
}

export type Params = Record<string, string | number>;

export function isLang(v: unknown): v is Lang {
  return v === "id" || v === "en";
}

/**
 * Fills `{name}` placeholders from params; a placeholder with no param is left as written, so a
 * missing value shows instead of vanishing. Values are inserted as given (callers escape for HTML).
 */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message in one language, placeholders filled. */
export function renderMessage(message: Bilingual, lang: Lang, params?: Params): string {
  return fill(message[lang], params);
}

/** The placeholders a template uses, sorted (catalogue tests compare id and en). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
