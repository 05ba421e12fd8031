export { textReport } from "./text";
export { jsonReport } from "./json";
export { htmlReport, escapeHtml } from "./html";
export { sarifReport } from "./sarif";
export type { FileReport, Lang } from "./types";
