// One catalogue of UI strings (Indonesian default, English), the user's language choice
// remembered per user in localStorage, and `{name}` placeholders filled from params.

import { en, id, type MessageKey } from "./messages";

export type { MessageKey } from "./messages";
export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];
export const DEFAULT_LANG: Lang = "id";

const catalogues: Record<Lang, Record<MessageKey, string>> = { id, en };
const STORAGE_KEY = "lkjip.lang";

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogues[lang][key] ?? catalogues[DEFAULT_LANG][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

export function allKeys(): MessageKey[] {
  return Object.keys(id) as MessageKey[];
}

export function catalogue(lang: Lang): Record<MessageKey, string> {
  return catalogues[lang];
}

export function isLang(v: unknown): v is Lang {
  return v === "id" || v === "en";
}

/** Minimal storage shape so tests can pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function defaultStore(): KeyValueStore | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame)
  }
}

export function loadLang(store: KeyValueStore | undefined = defaultStore()): Lang {
  try {
    const saved = store?.getItem(STORAGE_KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function saveLang(lang: Lang, store: KeyValueStore | undefined = defaultStore()): void {
  try {
    store?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the choice still holds for this session.
  }
}

/** Indonesian or English number formatting for counts shown in the UI. */
export function formatCount(lang: Lang, n: number): string {
  return n.toLocaleString(lang === "id" ? "id-ID" : "en-US");
}
