/* global CustomFunctions */
// Excel custom functions (namespace LKJIP). Thin wrappers over src/core/catalogue: the JSDoc
// here generates functions.json at build time; the task pane's reference reads that file too.

import { callFunction, type Arg, type Out } from "../core/catalogue";
import { isFormulaError } from "../core/result";

function toExcel(out: Out): any {
  if (isFormulaError(out)) {
    const code =
      out.code === "#DIV/0!"
        ? CustomFunctions.ErrorCode.divisionByZero
        : out.code === "#N/A"
          ? CustomFunctions.ErrorCode.notAvailable
          : out.code === "#NUM!"
            ? CustomFunctions.ErrorCode.invalidNumber
            : CustomFunctions.ErrorCode.invalidValue;
    // Only #VALUE! and #N/A carry a message in Excel.
    const canCarry = code === CustomFunctions.ErrorCode.invalidValue || code === CustomFunctions.ErrorCode.notAvailable;
    return canCarry ? new CustomFunctions.Error(code, out.message) : new CustomFunctions.Error(code);
  }
  if (Array.isArray(out)) return out.map((row) => row.map(toExcel));
  return out;
}

/**
 * Capaian kinerja sebagai pecahan (1,1111 = 111,11%). Polaritas positif: realisasi/target; negatif: 2 − realisasi/target (atau target/realisasi dengan metode "rasio"). Contoh: =LKJIP.CAPAIAN(1; 0,9) → 1,1111
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/taskpane.html#fungsi-CAPAIAN
 * @param {any} realisasi Realisasi indikator (angka atau rentang)
 * @param {any} target Target indikator (angka atau rentang)
 * @param {any} [polaritas] "positif" (bawaan) atau "negatif"
 * @param {any} [metode_negatif] "selisih" (bawaan, 2 − R/T) atau "rasio" (T/R)
 * @returns {any} Capaian sebagai pecahan
 */
export function capaian(realisasi: any, target: any, polaritas?: any, metode_negatif?: any): any {
  return toExcel(callFunction("CAPAIAN", [realisasi as Arg, target as Arg, polaritas as Arg, metode_negatif as Arg]));
}
