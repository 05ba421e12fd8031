import * as React from "react";
import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";

export function App(): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3 as="h1">LKjIP</Title3>
        <Body1 as="p">Laporan Kinerja Instansi Pemerintah: lembar kerja, fungsi dan audit konsistensi.</Body1>
      </main>
    </FluentProvider>
  );
}
