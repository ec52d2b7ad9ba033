// Organisations are parties like states: their officials, resolved by the article's date, act for them.
// Sentences written for these tests.
import { describe, it } from "vitest";
import { checkEventRow, type EventRow } from "./analyze-test-helpers.ts";

const rows: EventRow[] = [
  {
    text: "UN Secretary-General Kofi Annan met Iranian President Mohammad Khatami on Monday to discuss the nuclear issue.",
    events: ["meet IRN~org:un occurred"],
    published: "2005-03-14",
  },
  {
    text: "On Tuesday the Secretary-General of ASEAN, Kao Kim Hourn, met the Foreign Minister of Japan to discuss the economy.",
    events: ["meet JPN~org:asean occurred"],
    published: "2024-03-14",
  },
  {
    text: "Speaking to reporters on Monday, Moussa Faki Mahamat condemned the attack by Rwanda on the Democratic Republic of the Congo.",
    events: ["criticize org:au>RWA occurred", "use_force RWA>COD occurred"],
    published: "2023-03-14",
  },
];

describe("organisation officials act for their organisation", () => {
  it.each(rows)("$text", checkEventRow);
});
