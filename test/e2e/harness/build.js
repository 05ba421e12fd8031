// Builds what the browser end-to-end test serves: the add-in (dist/, via `npm run build` when it
// is missing) and the harness bundle (artifacts/e2e-harness/).
const path = require("path");
const fs = require("fs");
const { execFileSync } = require("child_process");
const webpack = require("webpack");

const root = path.resolve(__dirname, "..", "..", "..");

if (!fs.existsSync(path.join(root, "dist", "taskpane.js")) || process.env.E2E_REBUILD === "1") {
  console.log("e2e: dist/ is missing, running npm run build");
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
}

webpack(require("./webpack.config.js"), (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err || stats.toString({ all: false, errors: true }));
    process.exit(1);
  }
  console.log("e2e: harness bundle built");
});
