// Checks every request before routing: a Host header the server answers to (without it, a page on any site
// could read the API through DNS rebinding onto 127.0.0.1), and a URL whose percent-encoding decodes, with no
// control characters in its parameters ("search=%00" would otherwise end the search text early).
import type { MiddlewareHandler } from "hono";
import { HttpError } from "../error-catalogue.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** `allowedHosts` (lower case, without port); undefined: any Host (in-process tests, a wildcard bind). */
export function requestChecks(allowedHosts?: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    if (allowedHosts) {
      const host = hostName(c.req.header("host") ?? "");
      if (!allowedHosts.has(host))
        throw new HttpError("host_not_allowed", `Host ${JSON.stringify(host)} is not a name this server answers to`);
    }
    const url = c.req.url;
    const rawPath = url.slice(url.indexOf("/", url.indexOf("//") + 2));
    const [path, query = ""] = rawPath.split(/\?(.*)/s, 2);
    if (!decodes(path))
      throw new HttpError("invalid_url", `${c.req.method} ${path}: malformed percent-encoding in the path`);
    for (const pair of query.split("&")) {
      const [name, value = ""] = pair.split(/=(.*)/s, 2).map((part) => part.replace(/\+/g, " "));
      const decodedName = decodes(name);
      const decodedValue = decodes(value);
      if (decodedName === null || decodedValue === null)
        throw new HttpError(
          "invalid_url",
          `${c.req.method} ${path}: malformed percent-encoding in parameter ${JSON.stringify(name)}`,
        );
      if (CONTROL.test(decodedName) || CONTROL.test(decodedValue))
        throw new HttpError(
          "invalid_request",
          `${c.req.method} ${path}: parameter ${JSON.stringify(decodedName)} holds a control character`,
        );
    }
    await next();
  };
}

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** "Example.org:8080" -> "example.org", "[::1]:80" -> "[::1]". */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  return host.replace(/:\d*$/, "");
}

/** The names a server bound to `bindAddress` answers to: the address, loopback names for a loopback bind, and extras. */
export function allowedHostsFor(bindAddress: string, extra: string[]): Set<string> | undefined {
  const names = new Set(extra.map((name) => hostName(name)));
  const address = bindAddress.toLowerCase();
  if (["0.0.0.0", "::", "[::]"].includes(address)) return names.size > 0 ? names : undefined; // any interface
  names.add(address.includes(":") && !address.startsWith("[") ? `[${address}]` : address);
  if (["127.0.0.1", "::1", "localhost"].includes(address))
    for (const name of ["localhost", "127.0.0.1", "[::1]"]) names.add(name);
  return names;
}
