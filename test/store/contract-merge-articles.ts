// Hand-written article records for the contract cases on near-duplicates and merged events: the Kenya–Ethiopia
// summit of 15 March 2023 as reported by a wire story, a republished copy of it, other outlets' own stories,
// and reports that must stay apart (other dates, another place, another factuality, another direction).
import { readFileSync } from "node:fs";
import { contentHash } from "../../src/ingest/content-hash.ts";
import { nearDuplicateSignature } from "../../src/ingest/near-duplicate-signature.ts";
import type { ArticleRecord, RecordEvent } from "../../src/record/record.ts";
import type { ArticleToStore } from "../../src/store/store.ts";

type EventFields = Partial<RecordEvent> & Pick<RecordEvent, "kind" | "date">;

function event(text: string, sentence: string, fields: EventFields): RecordEvent {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`fixture sentence not in text: ${sentence}`);
  return {
    source: ["KEN"],
    target: ["ETH"],
    factuality: "occurred",
    location: null,
    codes: { plover: "CONSULT", cameo: "040" },
    attributed_to: null,
    confidence: 0.9,
    evidence: { start, end: start + sentence.length, text: sentence },
    ...fields,
  };
}

function article(
  name: string,
  text: string,
  document: { title: string; published: string; source: string },
  events: (text: string) => RecordEvent[],
  options: { fingerprint?: boolean } = {},
): ArticleToStore {
  const record: ArticleRecord = {
    input: name,
    document: { ...document, dateline: null, language: "en" },
    entities: [
      { id: "KEN", kind: "country", name: "Kenya" },
      { id: "ETH", kind: "country", name: "Ethiopia" },
    ],
    events: events(text),
    relations: [],
    quotes: [],
  };
  return {
    record,
    contentHash: contentHash(text),
    text,
    ...(options.fingerprint ? { fingerprint: nearDuplicateSignature(text) } : {}),
  };
}

/** A fixture's body, without its front matter. */
function body(name: string): string {
  const file = readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), "utf8");
  return file.slice(file.indexOf("\n---\n") + 5);
}

const NAIROBI = { name: "Nairobi", country: "KEN" };
const SUMMIT_LEAD = "Kenya and Ethiopia agreed on Wednesday to speed up work";
const SIGNED = "The two leaders signed four agreements";

const wireEvents = (text: string) => [
  event(text, SUMMIT_LEAD, { kind: "meet", date: "2023-03-15", location: NAIROBI }),
  event(text, SIGNED, { kind: "sign_agreement", date: "2023-03-15", codes: { plover: "AGREE", cameo: "057" } }),
];

export const mergeArticles = {
  /** The wire story: the first report of the summit. */
  wire: article(
    "wire-original.txt",
    body("wire-original.txt"),
    { title: "Kenya and Ethiopia agree to speed up border road", published: "2023-03-15", source: "East Africa Wire" },
    wireEvents,
    { fingerprint: true },
  ),
  /** The wire story republished elsewhere, with its own headline, byline and boilerplate. */
  republished: article(
    "wire-republished.txt",
    body("wire-republished.txt"),
    { title: "Ruto, Abiy sign four deals", published: "2023-03-16", source: "The Daily Ledger" },
    wireEvents,
    { fingerprint: true },
  ),
  /** Another outlet's own story: the same meeting (month precision, parties the other way round) and signing. */
  review: article(
    "same-event-other-story.txt",
    body("same-event-other-story.txt"),
    {
      title: "Abiy's Nairobi visit puts Lamu corridor back on the agenda",
      published: "2023-03-16",
      source: "Regional Review",
    },
    (text) => [
      event(text, "Ethiopian Prime Minister Abiy Ahmed returned from Nairobi", {
        kind: "visit",
        source: ["ETH"],
        target: ["KEN"],
        date: "2023-03-15",
        codes: { plover: "CONSULT", cameo: "042" },
      }),
      event(text, "he and Kenyan President William Ruto signed agreements", {
        kind: "sign_agreement",
        source: ["ETH"],
        target: ["KEN"],
        date: "2023-03-15",
        codes: { plover: "AGREE", cameo: "057" },
      }),
      event(text, "For Ethiopia, a landlocked country", {
        kind: "meet",
        source: ["ETH"],
        target: ["KEN"],
        date: "2023-03",
      }),
    ],
    { fingerprint: true },
  ),
  /** A brief from the wire's own service: the meeting a day off, no place. Same source as the wire story. */
  brief: article(
    "brief.txt",
    "Kenyan and Ethiopian leaders met on Tuesday, officials said.",
    { title: "Leaders meet", published: "2023-03-14", source: "East Africa Wire" },
    (text) => [event(text, "Kenyan and Ethiopian leaders met on Tuesday", { kind: "meet", date: "2023-03-14" })],
  ),
  /** Reports that are other events: four days later, intended only, another place, another direction. */
  others: article(
    "others.txt",
    [
      "The two leaders met again on Sunday in Mombasa.",
      "Kenya will meet Ethiopia to review the deals.",
      "Ethiopia criticised Kenya over the Lamu port fees.",
      "Abiy also met Ruto in Addis Ababa.",
    ].join(" "),
    { title: "Other meetings", published: "2023-03-20", source: "Horn Observer" },
    (text) => [
      event(text, "The two leaders met again on Sunday in Mombasa.", { kind: "meet", date: "2023-03-19" }),
      event(text, "Kenya will meet Ethiopia to review the deals.", {
        kind: "meet",
        date: "2023-03-15",
        factuality: "intended",
      }),
      event(text, "Ethiopia criticised Kenya over the Lamu port fees.", {
        kind: "criticize",
        source: ["ETH"],
        target: ["KEN"],
        date: "2023-03-15",
        codes: { plover: "ACCUSE", cameo: "111" },
      }),
      event(text, "Abiy also met Ruto in Addis Ababa.", {
        kind: "meet",
        date: "2023-03-15",
        location: { name: "Addis Ababa", country: "ETH" },
      }),
    ],
  ),
  /** A later report of the summit, stored after review took reports apart. */
  late: article(
    "late.txt",
    "Ruto and Abiy held talks in Nairobi on Wednesday.",
    { title: "Summit talks", published: "2023-03-17", source: "Capital Herald" },
    (text) => [
      event(text, "Ruto and Abiy held talks in Nairobi on Wednesday.", {
        kind: "meet",
        date: "2023-03-15",
        location: NAIROBI,
      }),
    ],
  ),
  /** One article that reports one signing twice (headline, then body) and a different act of the pair. */
  headlineAndBody: article(
    "headline-and-body.txt",
    "Kenya, Uganda sign border pact. Kenya and Uganda signed a border pact in Kampala on 2 June 2023. " +
      "Kenya later criticised Uganda over the delay.",
    { title: "Kenya, Uganda sign border pact", published: "2023-06-03", source: "Lake Times" },
    (text) => [
      event(text, "Kenya, Uganda sign border pact.", {
        kind: "sign_agreement",
        target: ["UGA"],
        date: "2023-06",
        codes: { plover: "SUPPORT", cameo: "057" },
      }),
      event(text, "Kenya and Uganda signed a border pact in Kampala on 2 June 2023.", {
        kind: "sign_agreement",
        target: ["UGA"],
        date: "2023-06-02",
        location: { name: "Kampala", country: "UGA" },
        codes: { plover: "SUPPORT", cameo: "057" },
      }),
      event(text, "Kenya later criticised Uganda over the delay.", {
        kind: "criticize",
        target: ["UGA"],
        date: "2023-06",
        codes: { plover: "ACCUSE", cameo: "111" },
      }),
    ],
  ),
};
