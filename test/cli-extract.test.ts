// `dyad extract` run as users run it: the real CLI in a child process, real files in a temp folder.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

function dyad(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/dyad.mjs"), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (stdout: string) =>
  stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));

const GOOD_TEXT = `---
title: "Leaders agree on trade"
published: 2021-03-09
source: Example Wire
---
Leaders agree on trade

GENEVA – The foreign ministers of the two countries met in Geneva on Tuesday and agreed to resume talks on a trade agreement, officials said after the meeting.
`;
// Written for this test: a short Spanish news item.
const SPANISH =
  "El presidente de Venezuela anunció el miércoles la ruptura de las relaciones diplomáticas con Colombia y ordenó el regreso de su embajador en Bogotá. El gobierno colombiano respondió que mantendrá abiertos los canales de diálogo con sus vecinos.";
const FRENCH =
  "Le président chinois a reçu mardi son homologue syrien à Hangzhou, où les deux dirigeants ont annoncé l'établissement d'un partenariat stratégique. Selon le ministère des Affaires étrangères, plusieurs accords de coopération ont été signés.";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dyad-cli-extract-"));
  await writeFile(join(dir, "good.txt"), GOOD_TEXT);
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(
    join(dir, "binary.txt"),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  );
  await writeFile(join(dir, "latin1.txt"), new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" au lait")]));
  await writeFile(join(dir, "big.txt"), "");
  await truncate(join(dir, "big.txt"), 20 * 1024 * 1024);
  await writeFile(
    join(dir, "nav.html"),
    "<!doctype html><html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><footer>© Site</footer></body></html>",
  );
  await writeFile(join(dir, "french.txt"), FRENCH);
  await mkdir(join(dir, "mixed/sub"), { recursive: true });
  await writeFile(join(dir, "mixed/a-good.txt"), GOOD_TEXT);
  await writeFile(join(dir, "mixed/b-spanish.md"), SPANISH);
  await writeFile(join(dir, "mixed/sub/c-empty.txt"), "");
  await writeFile(
    join(dir, "mixed/sub/d-good.html"),
    `<!doctype html><html><head><meta property="og:title" content="Oslo talks"><meta property="article:published_time" content="2022-05-04T08:00:00Z"></head><body><article><p>OSLO – Delegations of the two countries met in Oslo on Wednesday and agreed on a timetable for further talks, the hosts said.</p></article></body></html>`,
  );
  await writeFile(join(dir, "mixed/skip.json"), "{}");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("dyad extract", () => {
  it("gives one line per input in order: a record or an error line; the run goes on; exit 1", () => {
    const inputs = [
      "good.txt",
      "empty.txt",
      "binary.txt",
      "latin1.txt",
      "big.txt",
      "nav.html",
      "french.txt",
      "missing.txt",
      "mixed",
      join(FIXTURES, "html/government-readout.html"),
    ];
    const result = dyad(["extract", ...inputs], { cwd: dir });
    expect(result.status).toBe(1);
    const output = lines(result.stdout);
    expect(output.map((line) => [line.input, line.error?.code ?? "record"])).toEqual([
      ["good.txt", "record"],
      ["empty.txt", "empty"],
      ["binary.txt", "binary"],
      ["latin1.txt", "invalid_utf8"],
      ["big.txt", "too_large"],
      ["nav.html", "no_text"],
      ["french.txt", "unsupported_language"],
      ["missing.txt", "not_found"],
      ["mixed/a-good.txt", "record"],
      ["mixed/b-spanish.md", "unsupported_language"],
      ["mixed/sub/c-empty.txt", "empty"],
      ["mixed/sub/d-good.html", "record"],
      [join(FIXTURES, "html/government-readout.html"), "record"],
    ]);
    for (const line of output.filter((line) => line.error)) {
      expect(Object.keys(line)).toEqual(["input", "error"]);
      expect(line.error.message).toContain(JSON.stringify(line.input));
    }
    const messages = Object.fromEntries(
      output.filter((line) => line.error).map((line) => [line.input, line.error.message]),
    );
    expect(messages["french.txt"]).toMatch(/French/);
    expect(messages["mixed/b-spanish.md"]).toMatch(/Spanish/);
    expect(messages["big.txt"]).toMatch(/20\.0 MB.*5 MB/);
    expect(messages["latin1.txt"]).toMatch(/byte 3, line 1/);
  });

  it("prints the document fields of each record", () => {
    const result = dyad(
      ["extract", "good.txt", "mixed/sub/d-good.html", join(FIXTURES, "articles/hangzhou-dateline.txt")],
      { cwd: dir },
    );
    expect(result.status).toBe(0);
    const [text, html, datelined] = lines(result.stdout);
    expect(text).toMatchObject({
      input: "good.txt",
      document: {
        title: "Leaders agree on trade",
        published: "2021-03-09",
        language: "en",
        dateline: { place: "Geneva" },
      },
    });
    expect(Array.isArray(text.entities) && Array.isArray(text.events) && Array.isArray(text.relations)).toBe(true);
    expect(html).toMatchObject({
      input: "mixed/sub/d-good.html",
      document: { title: "Oslo talks", published: "2022-05-04", language: "en", dateline: { place: "Oslo" } },
    });
    expect(html.document.text).toBe(
      "Oslo talks\n\nOSLO – Delegations of the two countries met in Oslo on Wednesday and agreed on a timetable for further talks, the hosts said.",
    );
    expect(datelined.document).toMatchObject({
      title: "Kazakhstan and Mongolia announce a strategic partnership",
      published: "2023-09-23",
      dateline: { place: "Hangzhou" },
    });
  });

  it('reads "-" from stdin, keeps the input exactly as given, and --pretty indents', () => {
    const result = dyad(["extract", "--pretty", "-", "./good.txt"], { cwd: dir, input: GOOD_TEXT });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('{\n  "input": "-",\n')).toBe(true);
    const records = result.stdout.split(/\n(?=\{)/).map((chunk) => JSON.parse(chunk));
    expect(records.map((record) => [record.input, record.document.title])).toEqual([
      ["-", "Leaders agree on trade"],
      ["./good.txt", "Leaders agree on trade"],
    ]);
  });

  it("flushes every line into a pipe, and stops quietly when the reader leaves", () => {
    const many = Array.from({ length: 150 }, () => "good.txt");
    const all = dyad(["extract", ...many], { cwd: dir });
    expect(all.status).toBe(0);
    expect(lines(all.stdout)).toHaveLength(150);

    const shell = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${join(ROOT, "bin/dyad.mjs")}" extract ${many.join(" ")} | head -n 1`],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
    expect(lines(shell.stdout)).toHaveLength(1);
    expect(shell.stderr).toBe("");
  });

  it("with --threads 2 gives the same lines in the same order as in one thread", () => {
    const inputs = ["good.txt", "empty.txt", "mixed", "french.txt", join(FIXTURES, "html/government-readout.html")];
    const one = dyad(["extract", ...inputs], { cwd: dir });
    const two = dyad(["extract", "--threads", "2", ...inputs], { cwd: dir });
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(lines(two.stdout).filter((line) => !line.error).length).toBeGreaterThan(2);
    expect(dyad(["extract", "--threads", "0", "good.txt"], { cwd: dir }).status).not.toBe(0);
  }, 120_000);

  it("shows examples in its help", () => {
    const result = dyad(["extract", "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Examples:[\s\S]*dyad extract article\.txt/);
  });
});
