// Public API of the audit: engine, rules, recognition, suppression and report writers.
export { audit, runRules } from "./engine";
export { RULES, ruleById } from "./rules";
export { recognizeRelations } from "./recognize";
export { addIgnoreAction, removeIgnoreAction, readIgnores, IGNORES_KEY } from "./ignores";
export type { AuditOptions, AuditResult, Finding, Severity, Ignore, Rule, RuleMeta } from "./types";
