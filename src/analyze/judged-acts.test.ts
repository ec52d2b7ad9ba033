// A judgement whose object is another act falls on the act's agent ("condemned Israel's killing of
// Palestinians": Israel is criticised, and Israel used force), and the act is reported with its own parties; the
// agent may be a possessor, a "by" phrase, a demonym or the name before "-led". The sentences are written for
// these tests; each row lists every event its text gives.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "a judged act's agent is the target, not those the act fell on": [
    {
      text: "Iran condemned Israel's killing of Palestinians in Gaza.",
      events: ["criticize IRN>ISR occurred", "use_force ISR>PSE occurred"],
    },
    {
      text: "Egypt condemned the massacre of Sudanese civilians by Ethiopian troops.",
      events: ["criticize EGY>ETH occurred", "use_force ETH>SDN occurred"],
    },
    {
      text: "France condemned the Russian invasion of Ukraine.",
      events: ["criticize FRA>RUS occurred", "use_force RUS>UKR occurred"],
    },
    {
      text: "Japan criticized the Chinese sanctions on Lithuania.",
      events: ["criticize JPN>CHN occurred", "sanction CHN>LTU occurred"],
    },
    // an act that names no agent makes no judgement of those it fell on
    {
      text: "Kenya condemned the attack on Somalia. Peru met Chile.",
      events: ["meet CHL~PER occurred"],
    },
  ],
  "the name before '-led' leads the act": [
    {
      text: "China criticized the US-led strikes against Syria.",
      events: ["criticize CHN>USA occurred", "use_force USA>SYR occurred"],
    },
    {
      text: "The Saudi-led airstrikes on Yemen killed twenty people.",
      events: ["use_force SAU>YEM occurred"],
    },
  ],
};

describe("judged acts", () => {
  for (const [name, list] of Object.entries(rows))
    describe(name, () => {
      for (const row of list) it(row.text, () => checkEventRow(row));
    });
});
