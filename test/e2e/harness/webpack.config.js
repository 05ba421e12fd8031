// Test-only bundle: the in-memory Excel (test/support/fake, HyperFormula inside) and the Office
// stub, loaded by harness.html before the built add-in. Never part of dist/.
const path = require("path");

const root = path.resolve(__dirname, "..", "..", "..");

module.exports = {
  mode: "development",
  devtool: false,
  context: root,
  entry: { harness: "./test/e2e/harness/harness.ts" },
  output: { path: path.join(root, "artifacts", "e2e-harness"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json") } },
      },
    ],
  },
  performance: { hints: false },
};
