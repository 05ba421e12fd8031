// Building the formula the Fungsi screen inserts. The reference itself comes from
// src/functions/reference.ts (generated from the same JSDoc as functions.json).

export const NAMESPACE = "LKJIP";

/** "=LKJIP.CAPAIAN(B5,C5)": trailing empty optional arguments are dropped. */
export function formulaFor(fn: { name: string }, args: string[]): string {
  const trimmed = args.map((a) => a.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return `=${NAMESPACE}.${fn.name}(${trimmed.join(",")})`;
}

/** Required arguments all filled in? */
export function canInsert(fn: { parameters: Array<{ optional?: boolean }> }, args: string[]): boolean {
  return fn.parameters.every((p, i) => p.optional || (args[i] ?? "").trim() !== "");
}
