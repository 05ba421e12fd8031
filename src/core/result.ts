// Results of the LKjIP formulas: a value or an Excel error with a message a finance officer
// understands. Custom functions turn FormulaError into CustomFunctions.Error; the CLI prints it.

import type { ExcelErrorValue } from "./snapshot";

/** The error values the LKJIP functions return (those custom functions can raise). */
export type ExcelErrorCode = Extract<ExcelErrorValue, "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!" | "#NULL!" | "#REF!" | "#NAME?">;

export class FormulaError {
  readonly code: ExcelErrorCode;
  readonly message: string;
  constructor(code: ExcelErrorCode, message: string) {
    this.code = code;
    this.message = message;
  }
  toString(): string {
    return this.message ? `${this.code} ${this.message}` : this.code;
  }
}

export function isFormulaError(v: unknown): v is FormulaError {
  return v instanceof FormulaError;
}

export type Scalar = number | string | boolean;
export type FormulaResult<T = Scalar> = T | FormulaError;
