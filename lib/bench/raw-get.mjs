// One request on the loopback with node:http, answered as it came off the wire: the body is not
// decoded, so its length is what a reader downloads and its bytes are what a static file must hold.
// Shared by the load benchmark, the budget and the byte cache's browser tests.
import http from "node:http";

/** Sends `method` (GET unless given) to `url` with `headers`, on a fresh connection; resolves to its status, headers and raw (still compressed) body. */
export function rawGet(url, headers = {}, method = "GET") {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}
