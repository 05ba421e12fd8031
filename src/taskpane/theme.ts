/* global Office */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Follows Excel's Office theme: dark Office themes get Fluent's dark web theme. */
export function officeTheme(): Theme {
  try {
    const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
    return theme?.isDarkTheme ? webDarkTheme : webLightTheme;
  } catch {
    return webLightTheme;
  }
}
