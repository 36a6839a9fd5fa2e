// The machine's floor for the load benchmark: a bare node:http server, in a process of its own,
// answering each route's exact status, headers and bytes from memory, nothing else. What
// autocannon measures against it is what this machine, its loopback and the load generator allow
// those bytes whatever the server; a route of ours can only match it.
// Usage: node lib/bench/bare-server.mjs PORT DIR, where DIR holds `{n}.json` ({ status, headers })
// and `{n}.bin` (the body) per route; `/n` answers route n. Prints `listening` once ready.
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const [port, dir] = process.argv.slice(2);
const answers = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const n = f.slice(0, -".json".length);
      const { status, headers } = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
      return [`/${n}`, { status, headers, body: readFileSync(path.join(dir, `${n}.bin`)) }];
    }),
);

http
  .createServer((request, response) => {
    const answer = answers.get(request.url ?? "");
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("listening"));
