import { describe, expect, it } from "vitest";
import { CHAT_FILLER, expandShorthand } from "../../../src/core/query/chat-shorthand.ts";

describe("expandShorthand", () => {
  it.each([
    ["r u sure", "are you sure"],
    ["why bc of oil", "why because of oil"],
    ["whats the deal w/ nato", "what is the deal with nato"],
    ["ties b/w moscow n tehran", "ties between moscow and tehran"],
    ["how did iran feel abt it", "how did iran feel about it"],
    ["who r they tryna keep", "who are they trying to keep"],
    ["wat did lavrov say", "what did lavrov say"],
    ["how many ppl", "how many people"],
  ])("reads %j as %j", (chat, spelled) => {
    expect(expandShorthand(chat)).toBe(spelled);
  });

  it("reads 'the us' and dotted or lower-case spellings as the acronym U.S.", () => {
    expect(expandShorthand("how does the us see it")).toBe("how does the U.S. see it");
    expect(expandShorthand("usa and u.s. policy")).toBe("U.S. and U.S. policy");
  });

  it("leaves the pronoun 'us' and words that are not shorthand as written, case included", () => {
    expect(expandShorthand("Let us ask R. Smith about Putin")).toBe(
      "Let us ask R. Smith about Putin",
    );
  });
});

describe("CHAT_FILLER", () => {
  it("holds chat filler and no word that carries a topic", () => {
    for (const filler of ["lol", "tbh", "stuff", "kinda", "rn", "pls", "people"]) {
      expect(CHAT_FILLER.has(filler)).toBe(true);
    }
    for (const word of ["weapons", "oil", "president", "russia"]) {
      expect(CHAT_FILLER.has(word)).toBe(false);
    }
  });
});

describe("short decades", () => {
  it("are read as the decades of the 1900s they stand for", () => {
    expect(expandShorthand("how did iran feel in the 80s")).toBe("how did iran feel in the 1980s");
    expect(expandShorthand("the '90s")).toBe("the 1990s");
    expect(expandShorthand("10s of people in the 1980s")).toBe("10s of people in the 1980s");
  });

  it.each([
    ["the 20s", "the 1920s"],
    ["the 90s", "the 1990s"],
    ["the ’60s", "the 1960s"],
  ])("%j reads as %j", (chat, spelled) => {
    expect(expandShorthand(chat)).toBe(spelled);
  });

  it("are not read in longer numbers, after letters, or for the tens", () => {
    expect(expandShorthand("the 180s and 1980s")).toBe("the 180s and 1980s");
    expect(expandShorthand("the a80s and 10s")).toBe("the a80s and 10s");
    expect(expandShorthand("the 80st")).toBe("the 80st");
    expect(expandShorthand("the 85s")).toBe("the 85s");
  });
});

describe("each chat shorthand word is read as what it stands for", () => {
  it.each([
    ["r", "are"],
    ["u", "you"],
    ["ur", "your"],
    ["n", "and"],
    ["bc", "because"],
    ["bcuz", "because"],
    ["cuz", "because"],
    ["cos", "because"],
    ["coz", "because"],
    ["abt", "about"],
    ["w", "with"],
    ["wo", "without"],
    ["bw", "between"],
    ["btwn", "between"],
    ["thru", "through"],
    ["tho", "though"],
    ["altho", "although"],
    ["wat", "what"],
    ["wut", "what"],
    ["wht", "what"],
    ["whats", "what is"],
    ["wats", "what is"],
    ["whos", "who is"],
    ["wheres", "where is"],
    ["whens", "when is"],
    ["hows", "how is"],
    ["whys", "why is"],
    ["thats", "that is"],
    ["theres", "there is"],
    ["ppl", "people"],
    ["peeps", "people"],
    ["govt", "government"],
    ["gov", "government"],
    ["intl", "international"],
    ["natl", "national"],
    ["pres", "president"],
    ["prez", "president"],
    ["yr", "year"],
    ["yrs", "years"],
    ["wk", "week"],
    ["wks", "weeks"],
    ["msg", "message"],
    ["info", "information"],
    ["diff", "difference"],
    ["prob", "probably"],
    ["probs", "probably"],
    ["sth", "something"],
    ["smth", "something"],
    ["tryna", "trying to"],
    ["gonna", "going to"],
    ["wanna", "want to"],
    ["gotta", "got to"],
    ["dunno", "do not know"],
    ["lemme", "let me"],
    ["gimme", "give me"],
    ["kinda", "kind of"],
    ["sorta", "sort of"],
    ["b4", "before"],
    ["any1", "anyone"],
    ["some1", "someone"],
    ["every1", "everyone"],
    ["no1", "no one"],
    ["2day", "today"],
    ["2moro", "tomorrow"],
    ["gr8", "great"],
  ])("%j → %j", (shorthand, spelled) => {
    expect(expandShorthand(`so ${shorthand} then`)).toBe(`so ${spelled} then`);
  });
});

describe("each slashed shorthand is read as what it stands for, in any case", () => {
  it.each([
    ["w/", "with"],
    ["w/o", "without"],
    ["b/w", "between"],
    ["B/C", "because"],
    ["a/k/a", "also known as"],
    ["AKA", "also known as"],
  ])("%j → %j", (shorthand, spelled) => {
    expect(expandShorthand(`so ${shorthand} then`)).toBe(`so ${spelled} then`);
  });
});

describe("shorthand is read only where it is written as chat", () => {
  it('leaves a capitalized shorthand word as written: "R" and "U" may be initials', () => {
    expect(expandShorthand("R U sure")).toBe("R U sure");
    expect(expandShorthand("ask Abt Corp")).toBe("ask Abt Corp");
  });

  it("leaves words that only contain shorthand as written", () => {
    expect(expandShorthand("run ursa burn")).toBe("run ursa burn");
  });

  // Fails: the slashed-shorthand table is a plain object, so "constructor"
  // finds Object's constructor and the question reads "function Object() …".
  it('leaves "constructor", a name of an object property, as written', () => {
    expect(expandShorthand("who was the constructor of the canal")).toBe(
      "who was the constructor of the canal",
    );
  });

  it("leaves other names of object properties as written", () => {
    expect(expandShorthand("toString hasOwnProperty valueOf")).toBe(
      "toString hasOwnProperty valueOf",
    );
  });
});

describe("the United States", () => {
  it.each([
    ["ask the us now", "ask the U.S. now"],
    ["ask THE US now", "ask the U.S. now"],
    ["ask the  us now", "ask the U.S. now"],
    ["ask u.s.a. now", "ask U.S. now"],
    ["ask U.S. now", "ask U.S. now"],
    ["ask USA now", "ask U.S. now"],
  ])("%j reads as %j", (chat, spelled) => {
    expect(expandShorthand(chat)).toBe(spelled);
  });

  it("is not read inside other words or after a dot", () => {
    expect(expandShorthand("ask the usual usability")).toBe("ask the usual usability");
    expect(expandShorthand("a.usa then busa")).toBe("a.usa then busa");
    expect(expandShorthand("tell them usage")).toBe("tell them usage");
  });
});

describe("chat filler", () => {
  it.each([
    "lol",
    "lmao",
    "rofl",
    "tbh",
    "tbf",
    "imo",
    "imho",
    "idk",
    "iirc",
    "afaik",
    "btw",
    "fyi",
    "rn",
    "pls",
    "plz",
    "please",
    "thx",
    "thanks",
    "ty",
    "hey",
    "hi",
    "hello",
    "yo",
    "ok",
    "okay",
    "um",
    "uh",
    "hmm",
    "like",
    "just",
    "really",
    "actually",
    "basically",
    "literally",
    "even",
    "anyway",
    "stuff",
    "things",
    "thing",
    "lot",
    "lots",
    "kind",
    "kinda",
    "sort",
    "sorta",
    "guys",
    "guy",
    "people",
    "someone",
    "anyone",
    "somebody",
    "anybody",
    "know",
    "wondering",
    "curious",
    "quick",
    "question",
    "tldr",
    "tl;dr",
    "bot",
    "pretty",
    "gonna",
    "wanna",
    "tryna",
    "ya",
    "yeah",
    "nah",
    "omg",
    "wtf",
    "smh",
    "ngl",
    "fr",
    "though",
    "vs",
  ])("%j says nothing about what is asked", (word) => {
    expect(CHAT_FILLER.has(word)).toBe(true);
  });
});
