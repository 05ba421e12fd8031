// Registry of audit rules; order here is the order findings of the same cell are listed.
import type { Rule } from "../types";
import { rule as totalSum } from "./total-sum";
import { rule as ratio } from "./ratio";
import { rule as difference } from "./difference";
import { rule as sameQuantity } from "./same-quantity";
import { rule as capaian } from "./capaian";
import { rule as mean } from "./mean";
import { rule as product } from "./product";
import { rule as regimeWeight } from "./regime-weight";
import { rule as categoryLabel } from "./category-label";
import { rule as rowCount } from "./row-count";
import { rule as numberAsText } from "./number-as-text";
import { rule as constantOverFormula } from "./constant-over-formula";
import { rule as sumRangeGap } from "./sum-range-gap";
import { rule as errorValue } from "./error-value";
import { rule as outOfRange } from "./out-of-range";
import { rule as uncalculated } from "./uncalculated";
import { rule as structureUnread } from "./structure-unread";

export const RULES: Rule[] = [
  totalSum,
  ratio,
  difference,
  sameQuantity,
  capaian,
  mean,
  product,
  regimeWeight,
  categoryLabel,
  rowCount,
  numberAsText,
  constantOverFormula,
  sumRangeGap,
  errorValue,
  outOfRange,
  uncalculated,
  structureUnread,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
