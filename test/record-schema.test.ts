// Every record dyad makes from the bundled examples validates against the contract's JSON Schema
// (docs/record.schema.json), and the schema lists exactly the kinds the code knows.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analyze/pipeline.ts";
import { readArticle } from "../src/ingest/read-article.ts";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import { EVENT_KINDS, FACTUALITIES, RELATION_KINDS } from "../src/record/record.ts";

const ROOT = join(import.meta.dirname, "..");
const schema = JSON.parse(readFileSync(join(ROOT, "docs/record.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const examples = readdirSync(join(ROOT, "examples")).filter((file) => /\.(txt|md|html?)$/.test(file));

function recordOf(file: string): unknown {
  const bytes = readFileSync(join(ROOT, "examples", file));
  // Through JSON, as `dyad extract` prints it.
  return JSON.parse(JSON.stringify(analyzeArticle(readArticle(`examples/${file}`, bytes), loadKnowledge())));
}

describe("docs/record.schema.json", () => {
  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("the record of examples/%s validates", (file) => {
    const record = recordOf(file);
    expect(validate(record) ? [] : validate.errors).toEqual([]);
  });

  it("an error line validates, and a record with a kind outside the contract does not", () => {
    expect(validate({ input: "x.txt", error: { code: "empty", message: '"x.txt" is empty' } })).toBe(true);
    const record = recordOf(examples[0]) as { events: Array<{ kind: string }> };
    expect(record.events.length).toBeGreaterThan(0);
    record.events[0].kind = "befriend";
    expect(validate(record)).toBe(false);
  });

  it("lists the kinds, factualities and relation kinds of src/record/record.ts", () => {
    const defs = schema.$defs.record.properties;
    expect(defs.events.items.properties.kind.enum).toEqual([...EVENT_KINDS]);
    expect(defs.events.items.properties.factuality.enum).toEqual([...FACTUALITIES]);
    expect(defs.relations.items.properties.kind.enum).toEqual([...RELATION_KINDS]);
  });
});
