/* global Office */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { missingRequirement as missingSet } from "../host/office/requirements";

/** The first required set this Excel lacks ("ExcelApi 1.9"), or undefined (also outside Office: nothing to check). */
export function missingRequirement(): string | undefined {
  const office = typeof Office !== "undefined" ? Office : undefined;
  return office?.context?.requirements ? missingSet(office) : undefined;
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
