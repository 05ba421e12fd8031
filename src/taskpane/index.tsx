/* global Office */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function mount(): void {
  // The pane fills the whole frame; the theme's background reaches the edges.
  document.body.style.margin = "0";
  const el = document.getElementById("root");
  if (el) createRoot(el).render(<App />);
}

if (typeof Office !== "undefined" && Office.onReady) {
  Office.onReady(() => mount());
} else {
  mount();
}
