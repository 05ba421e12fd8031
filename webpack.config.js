// Builds the add-in into dist/: taskpane.html (shared runtime page), functions.json (generated
// from the JSDoc in src/functions/functions.ts), the bundles, the icons and the manifest.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const { DEV_URL, baseUrl, productionManifest } = require("./scripts/manifest-url");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Rewrites the dev URL in functions.json (help links) for production builds. */
class RewriteFunctionsJsonUrl {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteFunctionsJsonUrl", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "RewriteFunctionsJsonUrl", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const text = asset.source.source().toString().split(this.from).join(this.to);
        compilation.updateAsset("functions.json", new sources.RawSource(text));
      });
    });
  }
}

module.exports = (_env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // Production builds point the manifest at the hosting URL given in ADDIN_URL.
  const prodUrl = baseUrl(process.env.ADDIN_URL || "https://lkjip.example.invalid/");
  if (!dev && !process.env.ADDIN_URL) {
    // Loud on purpose: this dist/manifest.xml must not be deployed (docs/deploy.md).
    process.stderr.write(
      "\n*** ADDIN_URL not set: dist/manifest.xml points at the placeholder https://lkjip.example.invalid/ and is NOT deployable.\n" +
        "*** For a deployment run: npm run build:deploy -- https://your.host/path/ (docs/deploy.md)\n\n",
    );
  }
  // Tests and the browser harness load the local office.js copy (LOCAL_OFFICE_JS=1).
  const officeJs = dev || process.env.LOCAL_OFFICE_JS === "1" ? "office-js/office.js" : OFFICE_JS_CDN;

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      ...(dev ? [] : [new RewriteFunctionsJsonUrl(DEV_URL, prodUrl)]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content, prodUrl)),
          },
          ...(officeJs.startsWith("http") ? [] : [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }]),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https" },
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};
