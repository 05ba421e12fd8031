// Browser end-to-end suite (npm run test:e2e): Debian's Chromium via playwright-core over the
// built task pane running on the in-memory Excel. Separate from the unit tests (jest.config.js).
const path = require("path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, "..", ".."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true } }],
  },
  testTimeout: 120000,
  verbose: true,
};
