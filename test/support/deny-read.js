// Preload (node --require) for CLI tests: opening the file named in LKJIP_TEST_DENY_READ fails
// with EACCES, as it does for a user without read permission. Tests run as root here, where
// chmod 000 cannot deny a read; this reaches the CLI's own path (worker threads inherit it).
"use strict";
const fs = require("fs");
const path = require("path");
const denied = process.env.LKJIP_TEST_DENY_READ && path.resolve(process.env.LKJIP_TEST_DENY_READ);
if (denied) {
  const eacces = (p) => Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: "EACCES", errno: -13, syscall: "open", path: String(p) });
  const hit = (p) => typeof p === "string" && path.resolve(p) === denied;
  const open = fs.promises.open;
  fs.promises.open = function (p, ...rest) {
    return hit(p) ? Promise.reject(eacces(p)) : open.call(this, p, ...rest);
  };
  const readFile = fs.promises.readFile;
  fs.promises.readFile = function (p, ...rest) {
    return hit(p) ? Promise.reject(eacces(p)) : readFile.call(this, p, ...rest);
  };
  const openSync = fs.openSync;
  fs.openSync = function (p, ...rest) {
    if (hit(p)) throw eacces(p);
    return openSync.call(this, p, ...rest);
  };
}
