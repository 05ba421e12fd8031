// Every rule a finding can name (registry, diagnosis, narrative checks) and the human name a
// report shows for it: readers never see internal ids such as "total-sum".
import { RULES } from "../rules";
import { NARRATIVE_RULES } from "../../narrative/findings";
import { diagnosisRule } from "../diagnose";
import type { Lang } from "./types";

export const REPORTED_RULES = [...RULES.map((r) => r.meta), diagnosisRule.meta, ...NARRATIVE_RULES];

const BY_ID = new Map(REPORTED_RULES.map((r) => [r.id, r]));

/** The rule's name in `lang`; an unknown id is shown as given. */
export function ruleName(id: string, lang: Lang): string {
  return BY_ID.get(id)?.name[lang] ?? id;
}
