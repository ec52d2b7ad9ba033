import { describe, expect, it } from "vitest";
import { parse } from "./index.ts";
import { applyScript, editScript, lemmaExamples, openingWord, perfectHave, trainLemmatizer } from "./lemmatizer.ts";

describe("edit scripts", () => {
  it.each([
    ["talks", "talk", "L1:"],
    ["Talks", "talk", "L1:"],
    ["studies", "study", "L3:y"],
    ["Qatar", "Qatar", "K0:"],
    ["went", "go", "L4:go"],
  ])("%s -> %s is %s and applies back", (form, lemma, script) => {
    expect(editScript(form, lemma)).toBe(script);
    expect(applyScript(form, script)).toBe(lemma);
  });

  it("refuses to drop more letters than the word has", () => {
    expect(applyScript("go", "L4:x")).toBeUndefined();
  });
});

describe("trainLemmatizer", () => {
  const examples = [
    ...["talks:talk", "walks:walk", "signs:sign", "visits:visit"].map((p) => {
      const [form, lemma] = p.split(":");
      return { form, xpos: "VBZ", lemma };
    }),
    ...["studies:study", "carries:carry", "tries:try"].map((p) => {
      const [form, lemma] = p.split(":");
      return { form, xpos: "VBZ", lemma };
    }),
    { form: "is", xpos: "VBZ", lemma: "be" },
    { form: "Oman", xpos: "NNP", lemma: "Oman" },
    { form: "Chile", xpos: "NNP", lemma: "Chile" },
  ];
  const lemmatizer = trainLemmatizer(examples);

  it("learns suffix rules that reach unseen words", () => {
    expect(lemmatizer.lemma("condemns", "VBZ")).toBe("condemn");
    expect(lemmatizer.lemma("denies", "VBZ")).toBe("deny");
    expect(lemmatizer.lemma("Kenya", "NNP")).toBe("Kenya");
  });

  it("keeps irregular words as exceptions", () => {
    expect(lemmatizer.lemma("is", "VBZ")).toBe("be");
  });

  it("keeps a web or e-mail address as it is written", () => {
    expect(lemmatizer.lemma("Press.Office@Example.org", "ADD")).toBe("Press.Office@Example.org");
    expect(lemmatizer.lemma("https://example.org/News/Index.html", "ADD")).toBe("https://example.org/News/Index.html");
  });
});

describe("a sentence's first word", () => {
  // Adjectives that keep their capital (demonyms) outnumber the rest: the JJ rule keeps the case.
  const lemmatizer = trainLemmatizer([
    ...["Israeli", "Iraqi", "Sunni", "Omani"].map((form) => ({ form, xpos: "JJ", lemma: form })),
    { form: "glad", xpos: "JJ", lemma: "glad" },
    { form: "Oman", xpos: "NNP", lemma: "Oman" },
  ]);

  it.each([
    // [form, xpos, first word?, lemma]
    ["Glad", "JJ", true, "glad"],
    ["Glad", "JJ", false, "Glad"],
    ["Yemeni", "JJ", false, "Yemeni"],
    ["Kenya", "NNP", true, "Kenya"],
    ["NATO", "NNP", true, "NATO"],
    ["UN", "JJ", true, "UN"],
  ] as const)("%s (%s, first %s) -> %s", (form, xpos, first, lemma) => {
    expect(lemmatizer.lemma(form, xpos, first)).toBe(lemma);
  });
});

describe("the form table: a word's lemma whatever its tag", () => {
  const seen = (form: string, xpos: string, lemma: string, times: number) =>
    Array.from({ length: times }, () => ({ form, xpos, lemma }));
  const lemmatizer = trainLemmatizer([
    ...seen("went", "VBD", "go", 3),
    ...seen("me", "PRP", "I", 4),
    ...seen("n't", "RB", "not", 5),
    ...seen("Analyst", "NN", "analyst", 3),
    ...seen("Shuttle", "NN", "shuttle", 2),
    ...seen("bomb", "NN", "bomb", 2),
    // VBN rules: "-bed" words double their consonant ("grabbed"), most "-ed" words just drop "ed"
    ...["grabbed:grab", "robbed:rob", "stopped:stop", "walked:walk", "signed:sign", "played:play", "opened:open"].map(
      (p) => {
        const [form, lemma] = p.split(":");
        return { form, xpos: "VBN", lemma };
      },
    ),
  ]);

  it.each([
    // [form, xpos the tagger gave, lemma]
    ["went", "VBN", "go"], // an irregular verb under a tag the training data never gave it
    ["me", "NN", "I"],
    ["n't", "VBP", "not"],
    ["Analyst", "NNP", "analyst"], // a common noun the tagger took for a name
    ["Shuttle", "NNP", "Shuttle"], // two sightings are too few to drop a name's capital
  ] as const)("%s (%s) -> %s", (form, xpos, lemma) => {
    expect(lemmatizer.lemma(form, xpos)).toBe(lemma);
  });

  it("prefers a rule whose lemma the training data knows to a longer ending's that it does not", () => {
    // "bombed": "bom" by the rule for "-bed", "bomb" (a word the training data saw) by the rule for "-ed"
    expect(lemmatizer.byRule("bombed", "VBN")).toBe("bomb");
    expect(lemmatizer.byRule("stabbed", "VBN")).toBe("stab"); // no known lemma either way: the longest ending's rule
  });

  it("keeps as exceptions only the words the form table and the rules get wrong", () => {
    const forms = lemmatizer.data.exceptions.map(([form]) => form);
    expect(forms).not.toContain("went");
    expect(forms).not.toContain("me");
  });
});

describe("other edits of an ending, checked against the lemmas of the word's class", () => {
  const verb = (form: string, lemma: string, xpos = "VBG") => ({ form, xpos, lemma });
  const lemmatizer = trainLemmatizer([
    // "-ing" mostly just goes ("walking"), in two words it leaves an "e" behind ("making", "hoping")
    ...["walking:walk", "talking:talk", "signing:sign", "playing:play", "opening:open"].map((p) => {
      const [form, lemma] = p.split(":");
      return verb(form, lemma);
    }),
    verb("making", "make"),
    verb("hoping", "hope"),
    verb("provoke", "provoke", "VB"), // a verb the training data knows, never seen with "-ing"
    verb("invoke", "invoke", "NN"), // known only as a noun
    ...[1, 2].map(() => verb("went", "go", "VBD")), // a form table, so that lemmas are checked at all
  ]);

  it.each([
    ["provoking", "provoke"], // "provok" is no verb the training data knows, "provoke" is
    ["walking", "walk"],
    ["jumping", "jump"], // no edit makes a known verb: the rule's
    ["invoking", "invok"], // "invoke" is known, but not as a verb
  ])("%s -> %s", (form, lemma) => {
    expect(lemmatizer.lemma(form, "VBG")).toBe(lemma);
  });

  it("keeps only the edits at least two words took", () => {
    expect(lemmatizer.data.alternatives).toContainEqual(["VBG", "ing", ["L3:e"]]);
    expect(lemmatizer.data.alternatives?.some(([, ending]) => ending === "ping")).toBe(false);
  });
});

describe("a sentence's opening word", () => {
  const lemmatizer = trainLemmatizer([
    { form: "laughter", xpos: "NN", lemma: "laughter" },
    { form: "work", xpos: "VB", lemma: "work" },
    { form: "bush", xpos: "NN", lemma: "bush" },
    { form: "Bush", xpos: "NNP", lemma: "Bush", upos: "PROPN" },
    ...["are", "are"].map((form) => ({ form, xpos: "VBP", lemma: "be" })),
    ...["glad", "glad", "Glad", "Glad"].map((form) => ({ form, xpos: "JJ", lemma: form })), // "Glad" in titles
  ]);

  it("is the first word with a letter", () => {
    expect(openingWord(["(", "Laughter", ")"])).toBe(1);
    expect(openingWord(["“", "Work", "hard", "”"])).toBe(1);
    expect(openingWord(["Kenya", "won"])).toBe(0);
    expect(openingWord(["--", "!"])).toBe(0);
  });

  it.each([
    // [form, xpos, opening word?, lemma]
    ["Laughter", "NNP", true, "laughter"], // only ever a common word in training
    ["Work", "NNP", true, "work"],
    ["Laughter", "NNP", false, "Laughter"], // inside a sentence its capital may be a name's
    ["Bush", "NNP", true, "Bush"], // a proper noun in training, though "bush" is a common word too
    ["Kenya", "NNP", true, "Kenya"], // not a known common word
    ["Are", "VBP", true, "be"], // its lower case's lemma, from the form table
    ["Glad", "JJ", true, "glad"], // a known lower-case word before the capitalised form's own entry
    ["Glad", "JJ", false, "Glad"],
  ] as const)("%s (%s, opening %s) -> %s", (form, xpos, first, lemma) => {
    expect(lemmatizer.lemma(form, xpos, first)).toBe(lemma);
  });
});

describe("a lower-case word whose lemma the training data writes with a capital", () => {
  const sentence = (text: string, tags: string, lemmas?: string) => {
    const forms = text.split(" ");
    const xpos = tags.split(" ");
    const lemma = lemmas?.split(" ") ?? forms;
    return lemmaExamples(forms.map((form, i) => ({ form, xpos: xpos[i], lemma: lemma[i] })));
  };
  const lemmatizer = trainLemmatizer([
    ...sentence(
      "The Kenyan minister met Omani officials",
      "DT JJ NN VBD JJ NNS",
      "the Kenyan minister meet Omani official",
    ),
    // "Western" only in a title-case name: no evidence that "western" is written "Western"
    ...sentence("She visited Western Sahara", "PRP VBD NNP NNP", "she visit Western Sahara"),
    // a capital only as the sentence's opening word is no evidence either
    ...sentence("Gentle words came", "JJ NNS VBD", "gentle word come"),
    ...sentence("Lima is far and Lima was cold", "NNP VBZ RB CC NNP VBD JJ", "Lima be far and Lima be cold"),
    ...Array.from({ length: 5 }, () =>
      sentence("they flew to Nairobi yesterday", "PRP VBD IN NNP NN", "they fly to Nairobi yesterday"),
    ).flat(),
    // "bay" is a lower-case lemma too: it keeps its case
    ...sentence("the Bay is calm near the bay", "DT NNP VBZ JJ IN DT NN", "the Bay be calm near the bay"),
  ]);

  it.each([
    // [form, xpos, lemma]
    ["kenyan", "JJ", "Kenyan"],
    ["omani", "JJ", "Omani"],
    ["western", "JJ", "western"],
    ["gentle", "JJ", "gentle"],
    ["lima", "NNP", "Lima"],
    ["lima", "NN", "lima"], // two sightings are too few against a tag that says common noun
    ["nairobi", "NN", "Nairobi"], // five are enough
    ["bay", "NN", "bay"],
    ["bay", "NNP", "bay"],
    ["kenyan", "NN", "kenyan"], // an adjective's capital does not make a noun's
  ] as const)("%s (%s) -> %s", (form, xpos, lemma) => {
    expect(lemmatizer.lemma(form, xpos)).toBe(lemma);
  });

  it("recases after the rule that made the lemma", () => {
    expect(lemmatizer.source("kenyan", "JJ")).toBe("rule, known capital");
    expect(lemmatizer.source("kenyan", "JJ")).toBe("rule, known capital"); // remembered
  });

  it("pairs each word after the opening word with the next word", () => {
    expect(lemmaExamples(sentence("Kenya met Oman", "NNP VBD NNP")).map((w) => w.next)).toEqual([
      undefined,
      "Oman",
      undefined,
    ]);
  });
});

describe("numbers written with digit groups", () => {
  it("lose their commas when the training data writes their lemmas so", () => {
    const grouped = (lemma: (form: string) => string) =>
      ["1,200", "15,000", "2,000,000"].map((form) => ({ form, xpos: "CD", lemma: lemma(form) }));
    const ungrouping = trainLemmatizer(grouped((form) => form.replaceAll(",", "")));
    expect(ungrouping.lemma("1,100", "CD")).toBe("1100");
    expect(ungrouping.lemma("60,000.50", "CD")).toBe("60000.50");
    expect(trainLemmatizer(grouped((form) => form)).lemma("1,100", "CD")).toBe("1,100");
  });
});

describe("a contracted 's before a participle only 'have' takes", () => {
  it.each([
    [["It", "'s", "been", "a", "year"], 1, "be", "have"],
    [["She", "’s", "got", "a", "visa"], 1, "be", "have"],
    [["It", "'s", "done"], 1, "be", "be"],
    [["It", "'s", "late"], 1, "be", "be"],
    [["Peru", "'s", "been"], 1, "'s", "'s"],
  ] as const)("%j", (forms, i, lemma, expected) => {
    expect(perfectHave(forms, i, lemma)).toBe(expected);
  });
});

describe("the trained model's lemmas (sentences written for this test)", () => {
  const lemmas = (text: string) =>
    Object.fromEntries(parse(text).flatMap((sentence) => sentence.tokens.map((t) => [t.text, t.lemma])));

  it.each([
    // [sentence, some of its words' lemmas]
    [
      "The envoys went home, ate dinner and fought about the talks they'd held.",
      { went: "go", ate: "eat", fought: "fight", talks: "talk", "'d": "would", held: "hold" },
    ],
    ["Negotiators won't meet us; can't they?", { wo: "will", "n't": "not", us: "we", ca: "can" }],
    ["Better relations are the best hope.", { Better: "good", are: "be", best: "good" }],
    ["(Laughter)", { Laughter: "laughter" }],
    ["It's been a year since the talks.", { "'s": "have", been: "be" }],
    ["Critics accused the minister of provoking the crisis.", { provoking: "provoke", accused: "accuse" }],
    ["Talks preceding the summit were tense.", { preceding: "precede", Talks: "talk" }],
    ["Work began on 1,200 houses.", { Work: "work", began: "begin", "1,200": "1200", houses: "house" }],
    [
      "Sanctions were imposed on Mr. Smith's companies.",
      { were: "be", "Mr.": "Mr.", Smith: "Smith", companies: "company" },
    ],
  ] as const)("%s", (text, expected) => {
    expect(lemmas(text)).toMatchObject(expected);
  });
});
