// The custom-function reference shown on the Fungsi screen. At build time webpack replaces this
// module's body with the metadata that custom-functions-metadata-plugin writes to functions.json
// (see build/functions-metadata-loader.js), so the reference is never written twice.

export interface FunctionParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameter[];
}

export interface FunctionsJson {
  functions: FunctionMetadata[];
}

/** Empty outside a webpack build (unit tests read functions.json themselves). */
export const FUNCTIONS_JSON: FunctionsJson = { functions: [] };

export const NAMESPACE = "LKJIP";

/** "=LKJIP.CAPAIAN(B5,C5)": trailing empty optional arguments are dropped. */
export function formulaFor(fn: Pick<FunctionMetadata, "name">, args: string[]): string {
  const trimmed = [...args.map((a) => a.trim())];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return `=${NAMESPACE}.${fn.name}(${trimmed.join(",")})`;
}

/** Required arguments all filled in? */
export function canInsert(fn: FunctionMetadata, args: string[]): boolean {
  return fn.parameters.every((p, i) => p.optional || (args[i] ?? "").trim() !== "");
}
