// The task pane's UI string catalogue (src/i18n/messages.ts: one `{ id, en }` entry a key) and
// the user's language choice, remembered per user in localStorage. Rendering is the project's one
// renderer (src/core/message.ts), shared with findings and errors.

import { DEFAULT_LANG, isLang, renderMessage, type Bilingual, type Lang, type Params } from "../core/message";
import { formatNumberId, formatNumberOmspan } from "../core/numbers";
import { UI_MESSAGES, type MessageKey } from "./messages";

export { UI_MESSAGES, type MessageKey } from "./messages";
export { DEFAULT_LANG, LANGS, isLang, placeholders, type Lang, type Params } from "../core/message";

const STORAGE_KEY = "lkjip.lang";

/** The UI string `key` in both languages. */
export function uiMessage(key: MessageKey): Bilingual {
  return UI_MESSAGES[key];
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return renderMessage(uiMessage(key), lang, params);
}

export function allKeys(): MessageKey[] {
  return Object.keys(UI_MESSAGES) as MessageKey[];
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

/** Counts shown in the UI through core's one formatter: 1.234 (Indonesian), 1,234 (English). */
export function formatCount(lang: Lang, n: number): string {
  return lang === "id" ? formatNumberId(n) : formatNumberOmspan(n);
}
