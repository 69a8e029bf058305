// `npm run relay`: y-webrtc's own signalling server, which stores nothing, on this machine
// only unless told otherwise. PORT (default 4444) and HOST (default 127.0.0.1; 0.0.0.0 to
// let phones on the same network reach it, or put it behind a TLS proxy: see the README).
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const host = process.env.HOST ?? '127.0.0.1';
process.env.PORT ??= '4444';
// y-webrtc's server listens on every interface; hold it to the chosen one.
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
  return listen.call(this, port, host, ...rest.filter((arg) => typeof arg === 'function'));
};
// The package exports only its client; its server is the bin beside it.
const client = createRequire(import.meta.url).resolve('y-webrtc');
await import(pathToFileURL(join(dirname(client), '..', 'bin', 'server.js')).href);
console.log(`PeerKit relay: ws://${host}:${process.env.PORT}`);
