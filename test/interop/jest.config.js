// `npm run test:interop`: suites that need LibreOffice (installed by .ci/run), kept out of `npm test`
// so that `npm ci && npm test` works on a machine with Node.js alone.
const base = require("../../jest.config.js");
module.exports = { ...base, rootDir: "../..", roots: ["<rootDir>/test/interop"], testPathIgnorePatterns: ["/node_modules/"] };
