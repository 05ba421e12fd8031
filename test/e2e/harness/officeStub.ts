// The part of the Office namespace the add-in touches outside Excel.run: onReady, the theme,
// requirement sets, ribbon command registration and showAsTaskpane. Test-only.

export interface OfficeStubLog {
  showAsTaskpane: number;
  handlers: Record<string, (event: { completed(): void }) => unknown>;
  completed: string[];
}

export function createOfficeStub(options: { dark: boolean; excelApi: number }): { office: unknown; log: OfficeStubLog } {
  const log: OfficeStubLog = { showAsTaskpane: 0, handlers: {}, completed: [] };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    context: {
      officeTheme: {
        isDarkTheme: options.dark,
        bodyBackgroundColor: options.dark ? "#1F1F1F" : "#FFFFFF",
        bodyForegroundColor: options.dark ? "#FFFFFF" : "#000000",
        controlBackgroundColor: options.dark ? "#292929" : "#FFFFFF",
        controlForegroundColor: options.dark ? "#FFFFFF" : "#000000",
      },
      displayLanguage: "id-ID",
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "SharedRuntime" || (name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= options.excelApi),
      },
    },
    addin: {
      showAsTaskpane: async () => {
        log.showAsTaskpane++;
      },
      hide: async () => undefined,
    },
    actions: {
      associate(id: string, handler: (event: { completed(): void }) => unknown) {
        log.handlers[id] = handler;
      },
    },
  };
  return { office, log };
}

/** Runs a ribbon command as Excel would and resolves when it calls event.completed(). */
export function invokeCommand(log: OfficeStubLog, id: string): Promise<void> {
  const handler = log.handlers[id];
  if (!handler) return Promise.reject(new Error(`no handler for ${id}`));
  return new Promise((resolve) => {
    void handler({
      completed() {
        log.completed.push(id);
        resolve();
      },
    });
  });
}
