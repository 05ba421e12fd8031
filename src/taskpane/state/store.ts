// The pane's state in one small store. It lives on globalThis because the ribbon commands and
// the task pane are separate bundles in the same shared-runtime page: the "Audit" button fills
// it and the pane, opened afterwards, shows the same results.

import type { AppliedFixView, AuditView } from "../services/types";
import type { Bilingual } from "../../core/message";
import type { NarrativeView } from "../services/narrative";

export type Route = "beranda" | "templat" | "audit" | "fungsi" | "naskah";
export const ROUTES: readonly Route[] = ["beranda", "templat", "audit", "fungsi", "naskah"];

export interface Progress {
  step: number;
  total: number;
  label: "read" | "check" | "done";
}

export interface PaneState {
  route: Route;
  audit?: AuditView;
  auditing: boolean;
  progress?: Progress;
  highlighted: number;
  /** Fixes applied with Terapkan and not undone (read from the workbook after each audit). */
  applied?: AppliedFixView[];
  /** The last error, in both languages (errorMessage(e)); shown in the pane's language. */
  error?: Bilingual;
  /** "Periksa naskah": the last check of a report's text against the open workbook. */
  narrative?: NarrativeView;
  checkingNarrative?: boolean;
}

export interface Store {
  get(): PaneState;
  set(patch: Partial<PaneState>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore(initial?: Partial<PaneState>): Store {
  let state: PaneState = { route: "beranda", auditing: false, highlighted: 0, ...initial };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const GLOBAL_KEY = "__lkjipPaneStore";

export function routeFromHash(hash: string): Route | undefined {
  const h = hash.replace(/^#/, "").split("-")[0];
  return (ROUTES as readonly string[]).includes(h) ? (h as Route) : undefined;
}

/** The one store of this page, shared by the commands and the pane bundles. */
export function paneStore(): Store {
  const g = globalThis as unknown as Record<string, Store | undefined>;
  let store = g[GLOBAL_KEY];
  if (!store) {
    const fromHash = typeof location !== "undefined" ? routeFromHash(location.hash) : undefined;
    store = createStore(fromHash ? { route: fromHash } : undefined);
    g[GLOBAL_KEY] = store;
  }
  return store;
}
