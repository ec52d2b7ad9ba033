// The load generator of `npm run bench:serve`, run as its own process so that it does not share the
// server's thread: `node bench/load-client.mjs BASE_URL PATHS_JSON [SECONDS] [CONNECTIONS]`.
// Prints autocannon's result as one JSON line.
import autocannon from "autocannon";

const [base, pathsJson, seconds = "10", connections = "10"] = process.argv.slice(2);
const requests = JSON.parse(pathsJson).map((path) => ({ method: "GET", path }));
const result = await autocannon({ url: base, connections: Number(connections), duration: Number(seconds), requests });
console.log(
  JSON.stringify({
    average: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  }),
);
