// ESLint 9 flat config: TypeScript rules, the Office add-in rules (no sync in loops, load
// before read, ...) and the project's safety rules (no eval, no raw HTML from workbook text).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officePlugin = officeAddins.plugin ?? officeAddins;

// Node built-ins, as `fs` and `node:fs`.
const NODE = ["fs", "path", "os", "zlib", "worker_threads", "child_process", "crypto", "stream", "util", "url", "http", "https", "net"]
  .flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);
const TEST = { group: ["**/test/**", "hyperformula", "hyperformula/*", "**/support/fake", "**/support/fake/*"], message: "Test tooling (test/support, HyperFormula) never ships in src/." };
const io = (what) => ({ group: NODE, message: `${what} must not touch Node I/O: a host reads and writes, pure code computes.` });
const ui = (what) => ({ group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "**/taskpane/**", "**/commands/**", "**/functions/**"], message: `${what} must not import the task pane, ribbon or custom-function front ends.` });
const hosts = (what) => ({ group: ["exceljs", "**/host/**", "**/host", "**/cli/**", "**/cli"], message: `${what} must not import a host (Office.js, exceljs) or the CLI.` });
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions", "document", "window", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest"]
  .map((name) => ({ name, message: "Pure layers and Node front ends never use Office.js, the DOM or the network." }));

function boundaries() {
  const pure = (dir, extra = []) => ({
    files: [`src/${dir}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", { patterns: [TEST, io(`src/${dir}`), ui(`src/${dir}`), hosts(`src/${dir}`), ...extra] }],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  });
  return [
    pure("core", [{ group: ["**/audit/**", "**/audit", "**/templates/**", "**/templates", "**/i18n/**"], message: "src/core imports nothing from the project but itself." }]),
    pure("templates", [{ group: ["**/audit/**", "**/audit", "**/i18n/**"], message: "src/templates does not depend on the audit or the UI strings." }]),
    pure("audit", [{ group: ["**/i18n/**"], message: "src/audit carries its own messages in src/audit/messages.ts." }]),
    pure("narrative", [{ group: ["**/i18n/**"], message: "src/narrative is pure, like src/audit." }]),
    {
      files: ["src/i18n/**/*.ts"],
      rules: { "no-restricted-imports": ["error", { patterns: [TEST, io("src/i18n"), hosts("src/i18n")] }] },
    },
    {
      files: ["src/host/xlsx/**/*.ts", "src/host/report/**/*.ts"],
      rules: {
        "no-restricted-imports": ["error", { patterns: [TEST, ui("src/host/xlsx"), { group: ["**/host/office/**", "**/office/**", "**/office", "**/cli/**", "**/cli"], message: "The file hosts (.xlsx, report text) are independent of Office.js and the CLI." }] }],
        "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
      },
    },
    {
      files: ["src/cli/**/*.ts"],
      rules: {
        "no-restricted-imports": ["error", { patterns: [TEST, ui("src/cli"), { group: ["**/host/office/**"], message: "The CLI reads workbooks with src/host/xlsx, never Office.js." }] }],
        "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
      },
    },
    {
      files: ["src/host/office/**/*.ts"],
      rules: {
        "no-restricted-imports": ["error", { patterns: [TEST, io("src/host/office"), ui("src/host/office"), { group: ["exceljs", "commander", "**/host/xlsx/**", "**/cli/**"], message: "The Office host uses only the Excel JavaScript API." }] }],
      },
    },
    ...["taskpane", "functions", "commands"].map((dir) => ({
      files: [`src/${dir}/**/*.{ts,tsx}`],
      rules: {
        "no-restricted-imports": ["error", { patterns: [TEST, io(`src/${dir}`), { group: ["exceljs", "commander", "**/host/xlsx/**", "**/cli/**"], message: "Bundled front ends never import Node-only hosts or the CLI." }] }],
      },
    })),
  ];
}

export default tseslint.config(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officePlugin },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: "Render text with textContent or React; never raw HTML." },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Never render raw HTML in the task pane." },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: "Never render raw HTML." },
      ],
    },
  },
  // Import boundaries (ARCHITECTURE.md "Direction of dependencies"): one block per folder of
  // src/, so a new import across a layer fails `npm run lint` (and `npm test`, via pretest).
  ...boundaries(),
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
);
