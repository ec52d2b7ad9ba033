// Loading gives the model file's memory back as soon as the tables are built, and a model loaded so analyses as
// one whose buffers were left to the collector.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH, ParserModel } from "./index.ts";
import { freeNow } from "./model-file.ts";

describe("freeNow", () => {
  it("detaches a buffer of its own", () => {
    const buffer = Buffer.alloc(1 << 20, 7);
    freeNow(buffer);
    expect(buffer.buffer.byteLength).toBe(0);
  });

  it("leaves a buffer from Node's small-buffer pool alone", () => {
    const small = Buffer.from("abc");
    freeNow(small);
    expect(small.toString()).toBe("abc");
  });

  it("leaves the tables whole: the model read from a kept file and the model loaded analyse alike", () => {
    const file = readFileSync(DEFAULT_MODEL_PATH);
    const words = "Saudi Arabia , Egypt and Bahrain severed ties with Qatar .".split(" ");
    const loaded = ParserModel.load(DEFAULT_MODEL_PATH);
    expect(file.length).toBeGreaterThan(0);
    expect(loaded.analyze(words)).toEqual(ParserModel.decode(file, DEFAULT_MODEL_PATH).analyze(words));
  }, 60_000);
});
