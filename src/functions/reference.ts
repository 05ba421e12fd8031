// The function reference for the task pane, read from the metadata generated from the JSDoc in
// functions.ts (the same text Excel shows in autocomplete), so it is written once. Pure data: no
// Office.js, safe to import from the task pane and from tests.

import { FUNCTIONS_METADATA } from "./metadata.generated";

export interface FunctionParameterReference {
  name: string;
  description: string;
  optional: boolean;
  /** The argument accepts a range (every LKJIP parameter does). */
  range: boolean;
}

export interface FunctionReference {
  /** Name without the namespace, e.g. "CAPAIAN"; in Excel =LKJIP.CAPAIAN(...). */
  name: string;
  /** The description without the example. */
  summary: string;
  /** The one-line example, e.g. "=LKJIP.CAPAIAN(1; 0,9) → 111,11%". */
  example: string;
  /** Anchor of the entry in the task pane ("fungsi-CAPAIAN"), the target of the @helpurl. */
  anchor: string;
  helpUrl: string;
  parameters: FunctionParameterReference[];
}

interface RawParameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}

interface RawFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: RawParameter[];
}

function toReference(f: RawFunction): FunctionReference {
  const description = f.description ?? "";
  const at = description.indexOf("Contoh:");
  const anchorFromUrl = f.helpUrl?.split("#")[1];
  return {
    name: f.name,
    summary: (at >= 0 ? description.slice(0, at) : description).trim(),
    example: at >= 0 ? description.slice(at + "Contoh:".length).trim() : "",
    anchor: anchorFromUrl ?? `fungsi-${f.name}`,
    helpUrl: f.helpUrl ?? "",
    parameters: f.parameters.map((p) => ({
      name: p.name,
      description: p.description ?? "",
      optional: p.optional === true,
      range: p.dimensionality === "matrix",
    })),
  };
}

/** All LKJIP.* functions, in the order of functions.ts. */
export const FUNCTION_REFERENCE: readonly FunctionReference[] = (FUNCTIONS_METADATA.functions as unknown as RawFunction[]).map(toReference);

/** The reference entry of one function (case-insensitive), or undefined. */
export function functionReference(name: string): FunctionReference | undefined {
  const n = name.toUpperCase().replace(/^LKJIP\./, "");
  return FUNCTION_REFERENCE.find((f) => f.name === n);
}

/** "=LKJIP.IKPA_SCORE(nilai; bobot_atau_tahun; [dispensasi])" — the signature as shown in Indonesian Excel. */
export function signature(ref: FunctionReference, separator = "; "): string {
  const params = ref.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(separator);
  return `=LKJIP.${ref.name}(${params})`;
}
