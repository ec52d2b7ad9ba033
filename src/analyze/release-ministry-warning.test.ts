// Three small classes of misses on real news, with sentences written for them: freeing a state's people is a
// retreat, not a concession; "the Foreign Office" or "the Foreign Ministry" speaks for the state the article
// places it in, not always Britain; "warned X against escalating" is a threat to X. Each row lists every event.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: Record<string, EventRow[]> = {
  "releasing or freeing a state's people is a retreat": [
    { text: "Venezuela freed six detained Americans.", events: ["retreat VEN>USA occurred"] },
    { text: "Russia freed an American journalist on Thursday.", events: ["retreat RUS>USA occurred"] },
    { text: "Iran released two French prisoners on Friday.", events: ["retreat IRN>FRA occurred"] },
    // near-miss: a report released is no act towards a state
    {
      text: "Egypt released a report on Sudan. Venezuela freed six detained Americans.",
      events: ["retreat VEN>USA occurred"],
    },
  ],
  "a foreign ministry named without its state speaks for the state the text places it in": [
    {
      text: "The Foreign Office in Islamabad summoned the Afghan envoy.",
      events: ["criticize PAK>AFG occurred"],
    },
    {
      text: "Pakistan recalled its envoy from Kabul. The Foreign Office said the attack was unacceptable and condemned Afghanistan.",
      events: ["criticize PAK>AFG occurred", "break_relations PAK>AFG occurred"],
    },
    { text: "Pakistan's Foreign Office condemned India's missile test.", events: ["criticize PAK>IND occurred"] },
    // Britain's own, when nothing else is said
    {
      text: "The Foreign Office summoned the Russian ambassador on Monday.",
      events: ["criticize GBR>RUS occurred"],
    },
    {
      text: "Britain imposed sanctions on Iran. The Foreign Office summoned the Iranian ambassador.",
      events: ["sanction GBR>IRN occurred", "criticize GBR>IRN occurred"],
    },
    // near-miss: no state to speak for, no party
    {
      text: "The Foreign Ministry criticized Japan on Tuesday. Peru signed a treaty with Chile.",
      events: ["sign_agreement CHL~PER occurred"],
    },
  ],
  "warning a state against an act is a threat to it": [
    { text: "Russia warned Ukraine against escalating the conflict.", events: ["threaten RUS>UKR occurred"] },
    {
      text: "China warned the United States against interfering in Taiwan.",
      events: ["threaten CHN>USA occurred"],
    },
    { text: "Iran warned Israel against any attack.", events: ["threaten IRN>ISR occurred"] },
  ],
};

describe("releases, foreign ministries and warnings", () => {
  for (const [group, list] of Object.entries(rows))
    describe(group, () => {
      it.each(list.map((row) => [row.text, row]))("%s", (_text, row) => checkEventRow(row as EventRow));
    });
});
