// Preloaded with `node --require` to prove a command makes no network access: any attempt to
// open a socket or resolve a host name throws and is reported on stderr with a marker.
"use strict";
const net = require("net");
const dns = require("dns");
const tls = require("tls");
function refuse(what) {
  return function () {
    process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
}
net.connect = net.createConnection = refuse("net.connect");
net.Socket.prototype.connect = refuse("socket.connect");
tls.connect = refuse("tls.connect");
dns.lookup = refuse("dns.lookup");
dns.resolve = refuse("dns.resolve");
if (globalThis.fetch) globalThis.fetch = refuse("fetch");
