// The production manifest: the dev manifest.xml with every https://localhost:3000/ address
// replaced by the hosting address (ADDIN_URL), and its AppDomain by that address's origin.
// webpack writes dist/manifest.xml with it; test/manifest checks what it produces.
"use strict";
const { URL } = require("url");

const DEV_URL = "https://localhost:3000/";

/** `url` with exactly one trailing slash. */
function baseUrl(url) {
  return String(url).replace(/\/?$/, "/");
}

/** The manifest text for a deployment served from `url` (https://host/path/). */
function productionManifest(xml, url) {
  const base = baseUrl(url);
  return String(xml).split(DEV_URL).join(base).split(new URL(DEV_URL).origin).join(new URL(base).origin);
}

module.exports = { DEV_URL, baseUrl, productionManifest };
