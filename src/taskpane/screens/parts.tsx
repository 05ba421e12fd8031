// Pieces every screen of the pane is built from, so the screens differ only in what they do:
// the screen frame (a labelled section with its heading and intro) and a one-message notice bar.
import * as React from "react";
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** A screen: a section labelled by its h2 heading, an optional intro (small print or body text), then the content. */
export function Screen(props: { id: string; heading: string; intro?: string; introBody?: boolean; children?: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {props.heading}
      </Subtitle2>
      {props.intro !== undefined && (props.introBody ? <Body1>{props.intro}</Body1> : <Caption1>{props.intro}</Caption1>)}
      {props.children}
    </section>
  );
}

/** One message in a bar (success, warning or error); `testId` marks its text for the e2e tests. */
export function Notice(props: { intent: "success" | "warning" | "error"; testId?: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <MessageBar layout="multiline" intent={props.intent}>
      <MessageBarBody data-testid={props.testId}>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
