// Glue from src/templates to the Templat and Beranda screens. Pure.

import type { WorkbookSnapshot } from "../../core/snapshot";
import { neutralStructure, planInstall, SAMPLES, sheetsFor, SHEETS, type PlanOptions } from "../../templates";
import type { InstallOptions, InstallPreview, TemplateChoice } from "./types";

export const SAMPLE_ID = "kerinci-2024";
export const SAMPLE_YEAR = SAMPLES[SAMPLE_ID].year;
export const SAMPLE_SATKER = SAMPLES[SAMPLE_ID].satker;

export function templateChoices(): TemplateChoice[] {
  // Sheet names are Indonesian in both UI languages: they are the names in the workbook.
  return SHEETS.map((s) => ({ key: s.id, sheetName: s.name, title: { id: s.name, en: s.name } }));
}

/** The planner's options for what the user chose on the Templat screen (existing names are the host's to read). */
export function planOptions(options: InstallOptions): Omit<PlanOptions, "existingSheetNames" | "existingNames"> {
  const s = options.structure;
  const structure = options.sample ? undefined : neutralStructure(s?.sasaran, s?.indikator, s?.kegiatan);
  // A satker's own layout has no ILK sheet (one ministry's survey): a choice of it is dropped.
  const available = new Set(sheetsFor(structure).map((x) => x.id));
  return {
    sheets: options.templates.filter((k) => available.has(k)),
    lang: options.lang,
    structure,
    year: options.year,
    satker: options.satker || undefined,
    sample: options.sample ? SAMPLE_ID : undefined,
    onConflict: "rename",
  };
}

/** What an install would do to this workbook (names it would pick, tables), for the preview. */
export function previewInstall(snapshot: WorkbookSnapshot, options: InstallOptions): InstallPreview {
  const plan = planInstall({
    ...planOptions(options),
    existingSheetNames: snapshot.sheets.map((s) => s.name),
    existingNames: snapshot.tables.map((t) => t.name),
  });
  return {
    sheets: plan.sheets.map((s) => ({ name: s.name, original: s.renamedFrom ?? s.name })),
    // Each LKjIP table is a workbook name (or an Excel table) over its range.
    tables: plan.actions.filter((a) => a.kind === "addTable" || a.kind === "addName").length,
    actions: plan.actions,
  };
}

export interface WorkbookOverview {
  lkjipSheets: Array<{ name: string; tables: number }>;
  otherSheets: number;
}

/** LKjIP sheets: a template's sheet name, or the same with a " (n)" suffix from a second install. */
export function workbookOverview(snapshot: WorkbookSnapshot): WorkbookOverview {
  const base = new Set(SHEETS.map((s) => s.name.toLowerCase()));
  const lkjipSheets: WorkbookOverview["lkjipSheets"] = [];
  let otherSheets = 0;
  for (const s of snapshot.sheets) {
    const stem = s.name.replace(/ \(\d+\)$/, "").toLowerCase();
    if (base.has(stem)) lkjipSheets.push({ name: s.name, tables: snapshot.tables.filter((t) => t.sheet === s.name).length });
    else otherSheets++;
  }
  return { lkjipSheets, otherSheets };
}
