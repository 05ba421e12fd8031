import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  SearchBox,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../i18nContext";
import { Notice, Screen } from "./parts";
import { paneStore } from "../state/store";
import { paneHost } from "../services/host";
import { canInsert, formulaFor } from "../functionsMetadata";
import { FUNCTION_REFERENCE, type FunctionReference } from "../../functions/reference";
import { errorMessage } from "../../core/message";

const useStyles = makeStyles({
  params: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

function FunctionCard(props: { fn: FunctionReference; onInserted(text: string): void }): React.JSX.Element {
  const { fn } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const [args, setArgs] = React.useState<string[]>(() => fn.parameters.map(() => ""));
  const formula = formulaFor(fn, args);
  const insert = async (): Promise<void> => {
    try {
      const cell = await paneHost().insertFormula(formula);
      props.onInserted(t("functions.inserted", { formula, address: `${cell.sheet}!${cell.address}` }));
    } catch (e) {
      paneStore().set({ error: errorMessage(e) });
    }
  };
  return (
    <div className={styles.params} id={fn.anchor}>
      {fn.summary && <Body1>{fn.summary}</Body1>}
      {fn.example && <Caption1 className={styles.code}>{fn.example}</Caption1>}
      <Caption1>{t("functions.args")}</Caption1>
      {fn.parameters.map((p, i) => (
        <Field key={p.name} label={`${p.name}${p.optional ? ` (${t("functions.optional")})` : ""}`} hint={p.description || undefined}>
          <Input
            size="small"
            value={args[i]}
            onChange={(_e, d) => setArgs((prev) => prev.map((v, j) => (j === i ? d.value : v)))}
            data-testid={`arg-${fn.name}-${p.name}`}
          />
        </Field>
      ))}
      <Caption1 className={styles.code} data-testid={`formula-${fn.name}`}>
        {formula}
      </Caption1>
      <Button appearance="primary" size="small" disabled={!canInsert(fn, args)} onClick={() => void insert()} data-testid={`insert-${fn.name}`}>
        {t("functions.insert")}
      </Button>
    </div>
  );
}

export default function FunctionsScreen(): React.JSX.Element {
  const { t } = useI18n();
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [notice, setNotice] = React.useState<string>();
  const all = FUNCTION_REFERENCE;
  const q = query.trim().toLowerCase();
  const shown = q ? all.filter((f) => f.name.toLowerCase().includes(q) || f.summary.toLowerCase().includes(q)) : all;
  const fromHash = typeof location !== "undefined" ? /^#fungsi-(\w+)/.exec(location.hash)?.[1] : undefined;

  return (
    <Screen id="functions" heading={t("functions.heading")} intro={t("functions.intro")}>
      {all.length === 0 ? (
        <Notice intent="warning">{t("functions.loadError")}</Notice>
      ) : (
        <SearchBox aria-label={t("functions.search")} placeholder={t("functions.search")} value={query} onChange={(_e, d) => setQuery(d.value)} />
      )}
      {notice && (
        <Notice intent="success" testId="notice">{notice}</Notice>
      )}
      {all.length > 0 && shown.length === 0 && <Body1>{t("functions.none")}</Body1>}
      <Accordion collapsible defaultOpenItems={fromHash ? [fromHash] : shown.length === 1 ? [shown[0].name] : []}>
        {shown.map((fn) => (
          <AccordionItem key={fn.name} value={fn.name}>
            <AccordionHeader size="small">
              <span className={styles.code}>LKJIP.{fn.name}</span>
            </AccordionHeader>
            <AccordionPanel style={{ marginLeft: 0, marginRight: 0 }}>
              <FunctionCard fn={fn} onInserted={setNotice} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </Screen>
  );
}
