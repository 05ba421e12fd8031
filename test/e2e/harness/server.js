// A static server on 127.0.0.1 for the browser end-to-end test: "/" serves the built add-in
// (dist/), "/harness/" the harness bundle and page. Test-only.
const http = require("http");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".map": "application/json", ".css": "text/css" };

function startServer({ distDir, harnessDir, pageFile }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://127.0.0.1");
    let file;
    if (url.pathname === "/" || url.pathname === "/harness.html") file = pageFile;
    else if (url.pathname.startsWith("/harness/")) file = path.join(harnessDir, url.pathname.slice("/harness/".length));
    else file = path.join(distDir, decodeURIComponent(url.pathname));
    const root = file === pageFile ? path.dirname(pageFile) : url.pathname.startsWith("/harness/") ? harnessDir : distDir;
    if (!path.resolve(file).startsWith(path.resolve(root)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

module.exports = { startServer };
