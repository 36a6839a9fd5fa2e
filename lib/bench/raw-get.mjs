// One GET on the loopback with node:http, answered as it came off the wire: the body is not
// decoded, so its length is what a reader downloads and its bytes are what a static file must hold.
import http from "node:http";

/** GETs `url` with `headers`; resolves to its status, headers and raw (still compressed) body. */
export function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
