import * as React from "react";
import {
  Caption1,
  FluentProvider,
  makeStyles,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  ToggleButton,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { I18nProvider, useI18n } from "./i18nContext";
import { usePane } from "./state/usePane";
import { paneStore, ROUTES, type Route } from "./state/store";
import { missingRequirement, officeTheme } from "./theme";
import { HomeScreen } from "./screens/HomeScreen";
import { AuditScreen } from "./screens/AuditScreen";
import type { Lang } from "../i18n";

// The template and function screens are loaded on first use to keep the first paint small.
const TemplatesScreen = React.lazy(() => import(/* webpackChunkName: "templat" */ "./screens/TemplatesScreen"));
const FunctionsScreen = React.lazy(() => import(/* webpackChunkName: "fungsi" */ "./screens/FunctionsScreen"));
const NarrativeScreen = React.lazy(() => import(/* webpackChunkName: "naskah" */ "./screens/NarrativeScreen"));

const useStyles = makeStyles({
  root: {
    minWidth: "300px",
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  langs: { display: "flex", gap: "2px", flexShrink: 0 },
  langButton: { minWidth: "36px" },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  // five tabs do not fit a 320 px pane on one line: the last ones wrap instead of scrolling sideways
  tabList: { flexWrap: "wrap" },
  main: { padding: tokens.spacingHorizontalM, flexGrow: 1, overflowWrap: "anywhere" },
});

function LanguageSwitch(): React.JSX.Element {
  const { lang, setLang, t } = useI18n();
  const styles = useStyles();
  const options: Array<{ value: Lang; short: string }> = [
    { value: "id", short: "ID" },
    { value: "en", short: "EN" },
  ];
  return (
    <div role="group" aria-label={t("app.language")} className={styles.langs}>
      {options.map((o) => (
        <ToggleButton
          key={o.value}
          size="small"
          className={styles.langButton}
          checked={lang === o.value}
          appearance={lang === o.value ? "primary" : "secondary"}
          aria-pressed={lang === o.value}
          aria-label={t(o.value === "id" ? "app.language.id" : "app.language.en")}
          data-testid={`lang-${o.value}`}
          onClick={() => setLang(o.value)}
        >
          {o.short}
        </ToggleButton>
      ))}
    </div>
  );
}

function Shell(): React.JSX.Element {
  const { t, lang } = useI18n();
  const state = usePane();
  const styles = useStyles();
  const go = (route: Route): void => paneStore().set({ route });
  const [missing] = React.useState(missingRequirement);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Caption1>{t("app.subtitle")}</Caption1>
        </div>
        <LanguageSwitch />
      </header>
      <nav aria-label={t("app.nav")} className={styles.tabs}>
        <TabList size="small" className={styles.tabList} selectedValue={state.route} onTabSelect={(_e, data) => go(data.value as Route)}>
          {ROUTES.map((r) => (
            <Tab key={r} value={r} id={`tab-${r}`} data-testid={`tab-${r}`} aria-controls="screen">
              {t(`tab.${r}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="screen" role="tabpanel" aria-labelledby={`tab-${state.route}`} className={styles.main}>
        {missing && (
          <MessageBar layout="multiline" intent="warning" style={{ marginBottom: 8 }}>
            <MessageBarBody data-testid="too-old">{t("app.excelTooOld", { set: missing })}</MessageBarBody>
          </MessageBar>
        )}
        {state.error && (
          <MessageBar layout="multiline" intent="error" style={{ marginBottom: 8 }}>
            <MessageBarBody data-testid="error">{t("app.error", { message: state.error[lang] })}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" aria-label={t("app.dismiss")} onClick={() => paneStore().set({ error: undefined })}>
                  ×
                </Button>
              }
            />
          </MessageBar>
        )}
        <React.Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
          {state.route === "beranda" && <HomeScreen />}
          {state.route === "templat" && <TemplatesScreen />}
          {state.route === "audit" && <AuditScreen />}
          {state.route === "naskah" && <NarrativeScreen />}
          {state.route === "fungsi" && <FunctionsScreen />}
        </React.Suspense>
      </main>
    </div>
  );
}

export function App(props: { theme?: Theme }): React.JSX.Element {
  const theme = props.theme ?? officeTheme();
  return (
    <FluentProvider theme={theme}>
      <I18nProvider>
        <Shell />
      </I18nProvider>
    </FluentProvider>
  );
}
