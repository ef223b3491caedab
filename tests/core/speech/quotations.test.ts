import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/core/content/load-content.ts";
import type { Quotation } from "../../../src/core/speech/quotations.ts";
import { findQuotations, searchQuotations } from "../../../src/core/speech/quotations.ts";
import { contentFolder } from "../../helpers.ts";

/** The quotations of documents `files` (name → text). */
const quotationsIn = (files: Record<string, string>) =>
  findQuotations(loadContent(contentFolder(files)));

/** The quotations of one document holding `text`. */
const quotationsOf = (text: string) => quotationsIn({ "talk.md": text });

/** The one quotation of `text`. */
function onlyQuotation(text: string): Quotation {
  const found = quotationsOf(text);
  expect(found).toHaveLength(1);
  return found[0] as Quotation;
}

const speakerOf = (text: string) => onlyQuotation(text).speaker;

describe("what counts as a quotation", () => {
  it("is words in curly or straight double quotes, of three words or more", () => {
    expect(onlyQuotation("Anna said “the bread is cheap” today.").text).toBe("the bread is cheap");
    expect(onlyQuotation('Anna said "the bread is cheap" today.').text).toBe("the bread is cheap");
    expect(onlyQuotation("It was “cheap and plenty” then.").text).toBe("cheap and plenty");
    expect(quotationsOf("It was “cheap bread” then.")).toEqual([]);
    expect(quotationsOf("It was “cheap” then.")).toEqual([]);
  });

  it("counts the words of a quotation split by any white space", () => {
    expect(onlyQuotation("It was “cheap\tand plenty” then.").text).toBe("cheap\tand plenty");
    expect(quotationsOf("It was “ cheap  bread ” then.")).toEqual([]);
  });

  it("drops spaces around the words and a comma or full stop closing them", () => {
    expect(onlyQuotation("“The bread is cheap,” said Anna.").text).toBe("The bread is cheap");
    expect(onlyQuotation("Anna said: “The bread is cheap.” Then she left.").text).toBe(
      "The bread is cheap",
    );
    expect(onlyQuotation("It was “ cheap and plenty ” then.").text).toBe("cheap and plenty");
    expect(onlyQuotation("It was “cheap, plenty, good!” then.").text).toBe("cheap, plenty, good!");
  });

  it("finds every quotation of a sentence, numbered in order across documents", () => {
    const found = quotationsIn({
      "a.md": "Anna said “the bread is cheap” and Boris said “the milk is dear” today.",
      "b.md": "Carl wrote “the harvest was late” in May.",
    });
    expect(found.map(({ id, text, document }) => [id, text, document])).toEqual([
      [0, "the bread is cheap", "a"],
      [1, "the milk is dear", "a"],
      [2, "the harvest was late", "b"],
    ]);
  });

  it("keeps its whole sentence, document, title and page", () => {
    const quotation = onlyQuotation(
      "The harbour froze.\n[End Page 4]\nLater, Anna said “the bread is cheap” at the market. Boats left.",
    );
    expect(quotation).toEqual({
      id: 0,
      text: "the bread is cheap",
      speaker: "Anna",
      describedAs: null,
      sentence: "Later, Anna said “the bread is cheap” at the market.",
      document: "talk",
      title: "talk",
      page: 5,
    });
  });

  it("is found in every sentence of every paragraph", () => {
    const found = quotationsOf(
      "Anna said “the bread is cheap” today. Boris said “the milk is dear” too.\n\nCarl wrote “the harvest was late” in May.",
    );
    expect(found.map(({ speaker }) => speaker)).toEqual(["Anna", "Boris", "Carl"]);
  });
});

describe("the speaker named after a quotation", () => {
  it("is the words after the verb, up to the next punctuation", () => {
    expect(speakerOf("“The bread is cheap,” said a Russian baker, who knew.")).toBe(
      "a Russian baker",
    );
    expect(speakerOf("“The bread is cheap” said Anna Petrova; she left.")).toBe("Anna Petrova");
  });

  it("is read whatever the verb's case", () => {
    expect(speakerOf("“The bread is cheap,” SAID Anna.")).toBe("Anna");
  });

  it("drops spaces after the speaker's words", () => {
    expect(speakerOf("“The bread is cheap,” said Anna , then left.")).toBe("Anna");
  });

  it.each([
    "said",
    "claims",
    "told",
    "warned",
    "declares",
    "wrote",
    "adds",
    "explained",
    "announces",
    "according to",
    "puts it",
    "describes",
  ])("follows the verb %j", (verb) => {
    expect(speakerOf(`“The bread is cheap,” ${verb} Anna.`)).toBe("Anna");
  });

  it("needs a verb of speech right after the quotation", () => {
    expect(onlyQuotation("“The bread is cheap,” the baker Anna said.").speaker).toBe(null);
    expect(onlyQuotation("“The bread is cheap,” sang Anna.").speaker).toBe(null);
    expect(onlyQuotation("“The bread is cheap,” sang Anna, who said little.").speaker).toBe(null);
  });

  it("allows spaces and commas between the quotation and the verb", () => {
    expect(speakerOf("“The bread is cheap”, said Anna.")).toBe("Anna");
    expect(speakerOf("“The bread is cheap” ,  said Anna.")).toBe("Anna");
  });
});

describe("the speaker named before a quotation", () => {
  it("is the last name before the verb", () => {
    expect(
      speakerOf("In Moscow, Sergey Lavrov has alluded to “a polycentric world order” often."),
    ).toBe("Sergey Lavrov");
  });

  it("is read whatever the verb's case, and never includes the verb", () => {
    expect(speakerOf("Anna SAID “the bread is cheap” today.")).toBe("Anna");
  });

  it("allows more than one space between the words of a name", () => {
    expect(speakerOf("Anna  Petrova said “the bread is cheap” today.")).toBe("Anna  Petrova");
    expect(speakerOf("Osama bin  Laden said “the war is long” once.")).toBe("Osama bin  Laden");
  });

  it("keeps an apostrophe and s inside a name", () => {
    expect(speakerOf("Dinesh D'souza said “the bread is cheap” today.")).toBe("Dinesh D'souza");
  });

  it("keeps joining words inside a name", () => {
    expect(speakerOf("Osama bin Laden said “the war is long” once.")).toBe("Osama bin Laden");
    expect(speakerOf("In 1820 Ludwig van Beethoven wrote “the music is done” at last.")).toBe(
      "Ludwig van Beethoven",
    );
  });

  it("drops a possessive ending", () => {
    expect(speakerOf("In Tehran, Khamenei’s adviser put it, “the east is rising” now.")).toBe(
      "Khamenei",
    );
    expect(speakerOf("In Tehran, Khamenei's adviser put it, “the east is rising” now.")).toBe(
      "Khamenei",
    );
  });

  it("allows that, the or a colon between the verb and the quotation", () => {
    expect(speakerOf("Anna said that “the bread is cheap” today.")).toBe("Anna");
    expect(speakerOf("Anna declared: “the bread is cheap” today.")).toBe("Anna");
    expect(speakerOf("Anna described the “bread as cheap today” then.")).toBe("Anna");
    expect(speakerOf("Anna, “the bread is cheap” she said.")).toBe(null);
  });

  it("allows has, have or had before the verb", () => {
    expect(speakerOf("Anna had said “the bread is cheap” before.")).toBe("Anna");
  });

  it("needs the verb to stand right before the quotation", () => {
    expect(onlyQuotation("Anna said nothing, then “the bread is cheap” appeared.").speaker).toBe(
      null,
    );
  });

  it("needs the verb to be a whole word", () => {
    expect(onlyQuotation("Anna's essays “the bread is cheap” today.").speaker).toBe(null);
  });

  it("is none when no name stands before the verb", () => {
    const quotation = onlyQuotation("they said “the bread is cheap” today.");
    expect(quotation.speaker).toBe(null);
  });

  it("prefers the speaker named after the quotation", () => {
    expect(speakerOf("Anna said “the bread is cheap,” said Boris.")).toBe("Boris");
  });
});

describe("what a quotation is called when no one is named", () => {
  it("is the noun phrase before was, is or reads", () => {
    const quotation = onlyQuotation(
      "A popular revolutionary slogan was “neither East nor West” then.",
    );
    expect(quotation).toMatchObject({
      speaker: null,
      describedAs: "A popular revolutionary slogan",
    });
    expect(onlyQuotation("The sign reads: “no boats after dark” today.").describedAs).toBe(
      "The sign",
    );
  });

  it("is found after other words of the sentence", () => {
    expect(
      onlyQuotation("In 1979, a popular slogan was “neither East nor West” then.").describedAs,
    ).toBe("a popular slogan");
  });

  it("allows a colon, with or without spaces, before the quotation", () => {
    expect(onlyQuotation("The sign reads : “no boats after dark” today.").describedAs).toBe(
      "The sign",
    );
    expect(onlyQuotation("The sign reads:“no boats after dark” today.").describedAs).toBe(
      "The sign",
    );
  });

  it("needs the phrase and its verb right before the quotation", () => {
    expect(
      onlyQuotation("The sign was old, and it reads “no boats after dark” today.").describedAs,
    ).toBe(null);
  });

  it("is none when the quotation has a speaker, or no such phrase", () => {
    expect(onlyQuotation("The slogan was “neither East nor West,” said Anna.").describedAs).toBe(
      null,
    );
    expect(onlyQuotation("It was “neither East nor West” then.").describedAs).toBe(null);
  });
});

describe("searching quotations", () => {
  // Found in each test: a fault in finding them must fail the test, not the loading of the file.
  let found: Quotation[] | undefined;
  const quotations = () => {
    found ??= quotationsOf(
      "Anna said “the bread is cheap” today. Boris said “the milk is dear” too. José wrote “the café closed early” at night.",
    );
    return found;
  };
  const textsOf = (found: readonly Quotation[]) => found.map(({ text }) => text);

  it("finds all of them for an empty search", () => {
    expect(searchQuotations(quotations())).toHaveLength(3);
    expect(searchQuotations(quotations(), " ,; ")).toHaveLength(3);
  });

  it("needs every word of the search, in the words or the speaker", () => {
    expect(textsOf(searchQuotations(quotations(), "bread cheap"))).toEqual(["the bread is cheap"]);
    expect(textsOf(searchQuotations(quotations(), "bread dear"))).toEqual([]);
    expect(textsOf(searchQuotations(quotations(), "boris milk"))).toEqual(["the milk is dear"]);
  });

  it("folds case and accents on both sides", () => {
    expect(textsOf(searchQuotations(quotations(), "CAFE jose"))).toEqual(["the café closed early"]);
    expect(textsOf(searchQuotations(quotations(), "Café"))).toEqual(["the café closed early"]);
  });

  it("narrows to a speaker, by part of their name", () => {
    expect(textsOf(searchQuotations(quotations(), "", " ann "))).toEqual(["the bread is cheap"]);
    expect(textsOf(searchQuotations(quotations(), "the", "JOSE"))).toEqual([
      "the café closed early",
    ]);
    expect(textsOf(searchQuotations(quotations(), "bread", "Boris"))).toEqual([]);
  });

  it("leaves out quotations without a speaker when one is asked for", () => {
    const unspoken = quotationsOf("It was “neither East nor West” then.");
    expect(searchQuotations(unspoken, "east")).toHaveLength(1);
    expect(searchQuotations(unspoken, "", "e")).toEqual([]);
  });
});
