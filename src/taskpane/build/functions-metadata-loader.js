// Webpack loader for src/taskpane/functionsMetadata.ts: swaps the empty FUNCTIONS_JSON for the
// metadata that custom-functions-metadata-plugin generated from src/functions/functions.ts in
// this same compilation (the content of dist/functions.json).
const path = require("path");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const MARKER = /export const FUNCTIONS_JSON: FunctionsJson = \{ functions: \[\] \};/;

module.exports = function functionsMetadataLoader(source) {
  const callback = this.async();
  const { input } = this.getOptions();
  const absolute = path.resolve(input);
  this.addDependency(absolute);
  const fromPlugin = CustomFunctionsMetadataPlugin.generateResults[input];
  const ready = fromPlugin ? Promise.resolve(fromPlugin) : generateCustomFunctionsMetadata([absolute], false);
  ready
    .then((result) => {
      if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
      if (!MARKER.test(source)) throw new Error("functionsMetadata.ts: FUNCTIONS_JSON marker not found");
      const json = JSON.stringify(JSON.parse(result.metadataJson));
      callback(null, source.replace(MARKER, `export const FUNCTIONS_JSON: FunctionsJson = ${json};`));
    })
    .catch((e) => callback(e));
};
