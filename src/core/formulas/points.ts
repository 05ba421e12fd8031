// Scores on a 0–100 point scale (IKPA, NKA, NK Perencanaan, SAKIP, the IKM converted value) as
// users type them: 97,02 or "97,02%" mean the same score. A plain fraction such as 0,9702 —
// what a percent-formatted cell hands to a function — is refused with the reason rather than
// scored as 0,97 points (which would silently give the lowest category).

import { FormulaError } from "../result";
import { formatNumberId, shiftDecimal } from "../numbers";

/**
 * Points from a value and whether it was written as a percentage ("97,02%" → 97,02). `name` names
 * the argument in messages; `lo`/`hi` bound the scale (hi above 100 where a regulation allows it,
 * e.g. Revisi DIPA 110). Errors: #VALUE! for a fraction 0 < |x| < 1 written without "%" and for
 * values outside lo–hi.
 */
export function toPoints(value: number, percent: boolean, name: string, lo = 0, hi = 100): number | FormulaError {
  if (!Number.isFinite(value)) return new FormulaError("#VALUE!", `${name} bukan angka`);
  const points = percent ? shiftDecimal(value, 2) : value;
  if (!percent && value !== 0 && Math.abs(value) < 1) {
    const asPoints = formatNumberId(shiftDecimal(value, 2));
    return new FormulaError(
      "#VALUE!",
      `${name} ${formatNumberId(value)} tampak seperti pecahan (${asPoints}%); nilai ini dalam poin ${lo}–${hi}: tulis ${asPoints} atau "${asPoints}%"`,
    );
  }
  if (points < lo || points > hi) return new FormulaError("#VALUE!", `${name} harus antara ${lo} dan ${hi} poin, bukan ${formatNumberId(points)}`);
  return points;
}
