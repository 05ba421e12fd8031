/* global Office */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { MIN_EXCEL_API } from "../host/office/requirements";

/** The Excel API sets the pane relies on: the adapter's minimum, declared once in src/host/office. */
export const REQUIRED_SETS: ReadonlyArray<[string, string]> = [["ExcelApi", MIN_EXCEL_API]];

/** The first required set this Excel lacks ("ExcelApi 1.9"), or undefined. */
export function missingRequirement(): string | undefined {
  try {
    const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
    if (!req) return undefined; // outside Office (tests): nothing to check
    const miss = REQUIRED_SETS.find(([name, version]) => !req.isSetSupported(name, version));
    return miss ? `${miss[0]} ${miss[1]}` : undefined;
  } catch {
    return undefined;
  }
}

/** Follows Excel's Office theme: dark Office themes get Fluent's dark web theme. */
export function officeTheme(): Theme {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    return theme?.isDarkTheme ? webDarkTheme : webLightTheme;
  } catch {
    return webLightTheme;
  }
}
