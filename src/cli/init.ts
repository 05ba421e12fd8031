import { UsageError } from "./errors";

export interface InitOptions {
  year: number;
  satker?: string;
  sample?: string;
  force: boolean;
  sheets?: string[];
}

/** `lkjip init OUT.xlsx`: writes the LKjIP workbook from the template schemas. */
export async function runInit(_out: string, _opts: InitOptions, _stdout: NodeJS.WritableStream): Promise<number> {
  throw new UsageError("init belum tersedia / init is not available yet");
}
