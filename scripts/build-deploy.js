// `npm run build:deploy -- https://host/path/`: the production build for a real deployment.
// Refuses to run without an https address (argument or ADDIN_URL), so dist/manifest.xml can
// never point at the placeholder by accident. See docs/deploy.md.
"use strict";
const { spawnSync } = require("child_process");
const { URL } = require("url");

const url = process.argv[2] || process.env.ADDIN_URL || "";
let ok = false;
try {
  const u = new URL(url);
  ok = u.protocol === "https:" && !u.hostname.endsWith(".invalid") && u.hostname !== "localhost";
} catch {
  ok = false;
}
if (!ok) {
  process.stderr.write(
    "build:deploy: alamat HTTPS tempat dist/ disajikan wajib diisi, mis. `npm run build:deploy -- https://intranet.satker.go.id/lkjip/` (lihat docs/deploy.md)\n" +
      "build:deploy: the HTTPS address dist/ is served from is required, e.g. `npm run build:deploy -- https://intranet.example/lkjip/` (see docs/deploy.md)\n",
  );
  process.exit(2);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const r = spawnSync(npm, ["run", "build"], { stdio: "inherit", env: { ...process.env, ADDIN_URL: url }, shell: process.platform === "win32" });
process.exit(r.status ?? 1);
