// Public API of the templates: schemas, the install plan, the relations for the auditor.
export { SHEETS, sheetsFor, buildSchemas, tablesByDomain, MONTHS, TRIWULAN, POLARITAS, SATUAN } from "./schemas";
export { planInstall, supportedYears, unsupportedYearError, sameAtDisplay, displayDecimals, INPUT_FILL, type PlanOptions, type InstallPlan, type PlannedSheet, type TypedValue } from "./plan";
export { resolveTemplateRelations, templateYear, templateStructure } from "./resolve";
export { neutralStructure, indicators, STRUCTURE_LIMITS, type Structure, type SasaranSpec, type IndikatorSpec } from "./structure";
export { structureFromPk } from "./fromPk";
export { PkReadError, TemplateError, TEMPLATE_MESSAGES } from "./errors";
export { SAMPLES, getSample, type Sample } from "./samples";
export type * from "./types";
