// Every corpus workbook, in one list (the corpus test and the docs read it).
import type { CorpusEntry } from "./build";
import { sipd } from "./sipd";

export const CORPUS: CorpusEntry[] = [sipd];
