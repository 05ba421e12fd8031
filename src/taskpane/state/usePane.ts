import * as React from "react";
import { paneStore, type PaneState } from "./store";

export function usePane(): PaneState {
  const store = paneStore();
  return React.useSyncExternalStore(store.subscribe, store.get);
}
