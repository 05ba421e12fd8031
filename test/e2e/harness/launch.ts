// Shared start of the browser tests: the built pane and the harness served locally, Chromium
// launched headless. Fails with what to run when a build or Chromium is missing.
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require("./server.js") as {
  startServer(o: { distDir: string; harnessDir: string; pageFile: string }): Promise<{ url: string; close(): Promise<void> }>;
};

export const root = path.resolve(__dirname, "..", "..", "..");
export const shots = path.join(root, "artifacts", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export type HarnessServer = { url: string; close(): Promise<void> };

/** Starts the harness server and Chromium; `built` are files (from the repo root) the test needs. */
export async function launchHarness(built: string[]): Promise<{ server: HarnessServer; browser: Browser }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y --no-install-recommends chromium`);
  for (const f of built) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} missing: run npm run test:e2e (it builds them)`);
  }
  fs.mkdirSync(shots, { recursive: true });
  const server = await startServer({
    distDir: path.join(root, "dist"),
    harnessDir: path.join(root, "artifacts", "e2e-harness"),
    pageFile: path.join(__dirname, "harness.html"),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return { server, browser };
}

/**
 * The pane as a 320 × 720 page on the harness (reduced motion: Fluent skips its animations, so
 * screenshots show settled screens), open on Beranda; page and console errors go to `errors`.
 */
export async function openPane(browser: Browser, server: HarnessServer, errors: string[], query = ""): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 320, height: 720 }, reducedMotion: "reduce" });
  p.on("pageerror", (e) => errors.push(String(e)));
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await p.goto(`${server.url}/harness.html${query}`);
  await p.getByTestId("tab-beranda").waitFor();
  return p;
}
