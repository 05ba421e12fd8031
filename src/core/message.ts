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
 * Fills `{name}` placeholders from params. `{name_en}` with no such param takes `name` (a value
 * that reads the same in both languages is given once). A placeholder with no param is left as
 * written, so a missing value shows instead of vanishing. Values are inserted as given (callers
 * escape for HTML).
 */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name in params) return String(params[name]);
    const base = name.endsWith("_en") ? name.slice(0, -3) : undefined;
    return base !== undefined && base in params ? String(params[base]) : whole;
  });
}

/** The message in one language, placeholders filled. */
export function renderMessage(message: Bilingual, lang: Lang, params?: Params): string {
  return fill(message[lang], params);
}

/** The placeholders a template uses, sorted (catalogue tests compare id and en). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/**
 * An error whose text is a catalogue message: `message` is the English text (logs, stack
 * traces), `render(lang)` the user's language. Host, read and CLI errors all extend it, so a
 * front end shows any of them in its language through `errorMessage`.
 */
export class MessageError extends Error {
  readonly text: Bilingual;
  readonly params: Params;
  constructor(text: Bilingual, params: Params = {}) {
    super(fill(text.en, params));
    this.name = "MessageError";
    this.text = text;
    this.params = params;
  }

  render(lang: Lang): string {
    return renderMessage(this.text, lang, this.params);
  }
}

/**
 * What to tell the user about a thrown value, in both languages: a MessageError's text filled,
 * anything else (a bug, a raw Office.js error) its message as written in both.
 */
export function errorMessage(e: unknown): Bilingual {
  if (e instanceof MessageError) return { id: e.render("id"), en: e.render("en") };
  const text = e instanceof Error ? e.message : String(e);
  return { id: text, en: text };
}
