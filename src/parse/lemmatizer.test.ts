import { describe, expect, it } from "vitest";
import { applyScript, editScript, trainLemmatizer } from "./lemmatizer.ts";

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
