// Every corpus workbook, in one list (the corpus test reads it).
import type { CorpusEntry } from "./build";
import { averageAndGap, capaianSasaran, codesAsText, copiesAndHidden, formulaColumns, ikuHeadcount, parallelBreakdowns, rak, twoIndicators } from "./counts";
import { mergedHeader, omspan, perjanjianKinerja, pnbpBeside, subtotals, summarySheet, twoGroups } from "./finance";
import { sipd } from "./sipd";
import { FIELD } from "./field";

export const CORPUS: CorpusEntry[] = [
  sipd,
  omspan,
  ikuHeadcount,
  rak,
  perjanjianKinerja,
  summarySheet,
  mergedHeader,
  subtotals,
  twoGroups,
  pnbpBeside,
  capaianSasaran,
  codesAsText,
  twoIndicators,
  copiesAndHidden,
  formulaColumns,
  averageAndGap,
  parallelBreakdowns,
  // Layouts the recogniser was not designed on (test/audit/corpus/field.ts).
  ...FIELD,
];
