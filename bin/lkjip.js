#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from src/cli to lib/ by `npm run build:cli`.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "index.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("lkjip: belum dibangun / not built yet — jalankan `npm run build:cli` terlebih dahulu.\n");
  process.exit(2);
}
require(entry).main(process.argv).then((code) => { process.exitCode = code; });
