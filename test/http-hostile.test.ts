// Requests an attacker or an unlucky client sends: malformed percent-encodings, control characters, a foreign
// Host header, bodies whose Content-Type says HTML or text, JSON metadata that is not what it claims.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/serve/http/app.ts";
import { allowedHostsFor, hostName } from "../src/serve/http/middleware/request-checks.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";

const TOKEN = "test-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const SENTENCE = "Egypt and Turkey met in Cairo on Monday to restore diplomatic ties, officials said.";

let folder: string;
let store: Store;
let app: ReturnType<typeof createApp>;
const logged: unknown[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "dyad-http-hostile-"));
  const webRoot = join(folder, "web");
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>dyad</title>");
  store = await openStore(join(folder, "hostile.db"));
  app = createApp({ store, token: TOKEN, webRoot });
});

afterAll(async () => {
  await store?.close();
  rmSync(folder, { recursive: true, force: true });
});

const originalError = console.error;
function capturingLogs<T>(run: () => Promise<T>): Promise<T> {
  console.error = (...args: unknown[]) => logged.push(args);
  return run().finally(() => {
    console.error = originalError;
  });
}

describe("malformed URLs", () => {
  it.each([
    ["/%", "invalid_url"],
    ["/a%ZZ", "invalid_url"],
    ["/api/events?actor=%E0%A4%A", "invalid_url"],
    ["/api/events?search=%00", "invalid_request"],
    ["/api/documents?search=a%00b", "invalid_request"],
  ])("%s is a 400 (%s) with no stack logged", async (path, code) => {
    logged.length = 0;
    const response = await capturingLogs(async () => app.request(path));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(code);
    expect(logged).toEqual([]);
  });

  it("still serves the web app and well-encoded paths", async () => {
    expect((await app.request("/")).status).toBe(200);
    expect((await app.request("/api/events?search=caf%C3%A9")).status).toBe(200);
  });
});

describe("Host header", () => {
  it.each([
    ["127.0.0.1", [], ["127.0.0.1", "localhost", "[::1]"]],
    ["192.168.1.5", ["dyad.example.org"], ["192.168.1.5", "dyad.example.org"]],
    ["::1", [], ["[::1]", "localhost", "127.0.0.1"]],
  ])("a server bound to %s with --allow-host %j answers to %j", (bound, extra, names) => {
    expect([...(allowedHostsFor(bound, extra) ?? [])].sort()).toEqual([...names].sort());
  });

  it("a wildcard bind checks only the names given", () => {
    expect(allowedHostsFor("0.0.0.0", [])).toBeUndefined();
    expect([...(allowedHostsFor("0.0.0.0", ["news.example"]) ?? [])]).toEqual(["news.example"]);
  });

  it.each([
    ["127.0.0.1:8080", "127.0.0.1"],
    ["LocalHost", "localhost"],
    ["[::1]:8080", "[::1]"],
  ])("reads %s as %s", (header, name) => expect(hostName(header)).toBe(name));

  it("refuses a Host the server does not answer to (DNS rebinding) and serves its own", async () => {
    const guarded = createApp({ store, allowedHosts: allowedHostsFor("127.0.0.1", []) });
    const foreign = await guarded.request("/api/stats", { headers: { host: "attacker.example:8080" } });
    expect(foreign.status).toBe(400);
    expect((await foreign.json()).error.code).toBe("host_not_allowed");
    expect((await guarded.request("/api/stats", { headers: { host: "127.0.0.1:8080" } })).status).toBe(200);
    expect((await guarded.request("/api/stats", { headers: { host: "localhost:8080" } })).status).toBe(200);
  });
});

async function post(body: string, type: string) {
  const response = await app.request("/api/documents", {
    method: "POST",
    body,
    headers: { ...auth, "content-type": type },
  });
  return { status: response.status, body: await response.json() };
}

describe("POST /api/documents content types and fields", () => {
  it("reads a text/html fragment as HTML, not its tags as text", async () => {
    const { status, body } = await post(
      `<div><p>${SENTENCE}</p><p>Second paragraph, as plain as the first.</p></div>`,
      "text/html",
    );
    expect(status).toBe(201);
    const stored = await store.getDocument(body.documentId);
    expect(stored?.text).toContain(SENTENCE);
    expect(stored?.text).not.toContain("<p>");
  });

  it("reads text/plain as text even when it looks like a page", async () => {
    const { status, body } = await post(`<html> is how pages open, they said.\n\n${SENTENCE} Text.`, "text/plain");
    expect(status).toBe(201);
    expect((await store.getDocument(body.documentId))?.text).toContain("<html> is how pages open");
  });

  it("keeps the title, published date and source of JSON with format html", async () => {
    const json = {
      format: "html",
      text: `<html><body><p>${SENTENCE} Again.</p></body></html>`,
      title: "Egypt and Turkey",
      published: "2023-05-01",
      source: "Test Wire",
    };
    const { status, body } = await post(JSON.stringify(json), "application/json");
    expect(status).toBe(201);
    const document = (await store.getDocument(body.documentId))?.record.document;
    expect(document).toMatchObject({ title: "Egypt and Turkey", published: "2023-05-01", source: "Test Wire" });
  });

  it.each([
    [{ published: "99999-99-99" }, 'has a field "published" that is not a date ("99999-99-99"); write it as YYYY'],
    [{ published: "2023-02-30" }, 'has a field "published" that is not a date ("2023-02-30")'],
    [{ published: 2023 }, 'has a field "published" that is not a date (2023)'],
    [{ title: ["a"] }, 'has a field "title" that is not text'],
    [{ url: "x".repeat(3000) }, 'has a field "url" longer than 2000 characters'],
  ])("refuses JSON fields %j with the front matter's words", async (fields, message) => {
    const { status, body } = await post(JSON.stringify({ text: SENTENCE, ...fields }), "application/json");
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });
});
