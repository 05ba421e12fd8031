// Samples that planInstall can fill the tables with.
import type { SampleData } from "../types";
import { KERINCI_2024 } from "./kerinci2024";

export interface Sample {
  id: string;
  year: number;
  satker: string;
  data: SampleData;
}

export const SAMPLES: Record<string, Sample> = {
  "kerinci-2024": { id: "kerinci-2024", year: 2024, satker: "Kantor Imigrasi Kelas II Non TPI Kerinci", data: KERINCI_2024 },
};

export function getSample(id: string): Sample {
  const s = SAMPLES[id];
  if (!s) throw new Error(`unknown sample '${id}' (known: ${Object.keys(SAMPLES).join(", ")})`);
  return s;
}
