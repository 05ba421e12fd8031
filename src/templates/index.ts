// Public API of the templates: schemas, the install plan, the relations for the auditor.
export { SHEETS, buildSchemas, tablesByDomain, MONTHS, TRIWULAN, POLARITAS, SATUAN } from "./schemas";
export { planInstall, supportedYears, unsupportedYearMessage, sameAtDisplay, displayDecimals, INPUT_FILL, type PlanOptions, type InstallPlan, type PlannedSheet, type TypedValue } from "./plan";
export { resolveTemplateRelations, templateYear } from "./resolve";
export { SAMPLES, getSample, type Sample } from "./samples";
export type * from "./types";
