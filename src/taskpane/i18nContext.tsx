import * as React from "react";
import { loadLang, saveLang, translate, type Lang, type MessageKey, type Params } from "../i18n";

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
}

const I18nContext = React.createContext<I18n>({
  lang: "id",
  setLang: () => undefined,
  t: (key, params) => translate("id", key, params),
});

export function I18nProvider(props: { children: React.ReactNode; initial?: Lang }): React.JSX.Element {
  const [lang, setLangState] = React.useState<Lang>(() => props.initial ?? loadLang());
  const value = React.useMemo<I18n>(
    () => ({
      lang,
      setLang(next) {
        saveLang(next);
        setLangState(next);
      },
      t: (key, params) => translate(lang, key, params),
    }),
    [lang],
  );
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return React.useContext(I18nContext);
}
