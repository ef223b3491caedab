import { describe, expect, it } from "vitest";
import {
  collocationSynonyms,
  derivedWords,
  isAdjective,
  isListed,
  readRelatedWords,
  relatedWords,
} from "../../../src/core/english/wordnet.ts";

const related = (word: string, relation: string) =>
  relatedWords(word)
    .filter((found) => found.relation === relation)
    .map((found) => found.word);

/** `word`'s relatives read afresh from WordNet, each as "word:relation". */
const relatedAfresh = (word: string) =>
  readRelatedWords(word).map((found) => `${found.word}:${found.relation}`);

describe("WordNet relatives", () => {
  it("finds synonyms, acronyms among them", () => {
    expect(related("America", "synonym")).toEqual(
      expect.arrayContaining(["United States", "U.S."]),
    );
    expect(related("weapons", "synonym")).toContain("arm");
  });

  it("finds words one step down and one step up the is-a hierarchy", () => {
    expect(related("warplanes", "narrower")).toContain("fighter");
    expect(related("missile", "broader")).toContain("weapon");
  });

  it("reads inflected forms through their base form", () => {
    expect(related("toppling", "synonym")).toContain("topple");
  });

  it("returns nothing for words WordNet lacks, however long", () => {
    expect(relatedWords("qzxvbnm")).toEqual([]);
    expect(relatedWords("a".repeat(4000))).toEqual([]);
  });
});

describe("WordNet relatives: which relations are followed", () => {
  it("finds synonyms, the broader class an instance belongs to, and the whole it is part of", () => {
    expect(relatedAfresh("Damascus")).toEqual([
      "Dimash:synonym",
      "capital of Syria:synonym",
      "national capital:broader",
      "Syria:whole",
      "Syrian Arab Republic:whole",
    ]);
  });

  it("finds the group a member belongs to, and reads a plural through its singular", () => {
    expect(relatedAfresh("aardvarks")).toEqual([
      "aardvark:synonym",
      "ant bear:synonym",
      "anteater:synonym",
      "Orycteropus afer:synonym",
      "placental:broader",
      "placental mammal:broader",
      "eutherian:broader",
      "eutherian mammal:broader",
      "Orycteropus:whole",
      "genus Orycteropus:whole",
    ]);
  });

  it("reads only the three commonest senses of each part of speech", () => {
    expect(relatedAfresh("good")).toEqual([
      "advantage:broader",
      "vantage:broader",
      "common good:narrower",
      "commonweal:narrower",
      "goodness:synonym",
      "morality:broader",
      "kindness:narrower",
      "beneficence:narrower",
      "benignity:narrower",
      "benignancy:narrower",
      "graciousness:narrower",
      "virtue:narrower",
      "virtuousness:narrower",
      "moral excellence:narrower",
      "saintliness:narrower",
      "summum bonum:narrower",
      "quality:broader",
      "worthiness:narrower",
      "desirability:narrower",
      "desirableness:narrower",
      "benefit:narrower",
      "welfare:narrower",
      "better:narrower",
      "optimum:narrower",
      "wisdom:narrower",
      "wiseness:narrower",
      "soundness:narrower",
      "full:synonym",
    ]);
  });

  it("follows at most 12 narrower senses of each sense", () => {
    const narrower = readRelatedWords("finch")
      .filter((found) => found.relation === "narrower")
      .map((found) => found.word);
    expect(narrower).toContain("purple finch");
    expect(narrower).not.toContain("canary");
    expect(narrower).toHaveLength(26);
  });

  it("reads a synset line longer than one read of the data file", () => {
    expect(readRelatedWords("botany")).toEqual(
      expect.arrayContaining([
        { word: "mycology", relation: "narrower" },
        { word: "pteridology", relation: "narrower" },
      ]),
    );
  });

  it('drops WordNet\'s position marks, such as the "(ip)" of "galore(ip)"', () => {
    expect(relatedAfresh("abounding")).toEqual([
      "abound:synonym",
      "be:broader",
      "burst:synonym",
      "bristle:synonym",
      "have:broader",
      "feature:broader",
      "galore:synonym",
    ]);
  });

  it("never gives the word itself, whatever its case, and each relative once", () => {
    const words = readRelatedWords("City").map((found) => found.word);
    expect(words).not.toContain("city");
    expect(new Set(words).size).toBe(words.length);
  });
});

describe("WordNet relatives: inflected forms read through their base forms", () => {
  it("nouns: -ses, -xes, -ches, -zes, -shes, -men and -ies", () => {
    expect(relatedAfresh("buses")).toEqual([
      "bus:synonym",
      "autobus:synonym",
      "coach:synonym",
      "charabanc:synonym",
      "double-decker:synonym",
      "jitney:synonym",
      "motorbus:synonym",
      "motorcoach:synonym",
      "omnibus:synonym",
      "passenger vehicle:synonym",
      "public transport:broader",
      "minibus:narrower",
      "school bus:narrower",
      "trolleybus:narrower",
      "trolley coach:narrower",
      "trackless trolley:narrower",
      "fleet:whole",
      "bus topology:synonym",
      "topology:broader",
      "network topology:broader",
      "busbar:synonym",
      "conductor:broader",
      "power station:whole",
      "power plant:whole",
      "powerhouse:whole",
      "computer:whole",
      "computing machine:whole",
      "computing device:whole",
      "data processor:whole",
      "electronic computer:whole",
      "information processing system:whole",
      "local area network:whole",
      "LAN:whole",
      "transport:broader",
      "ride:broader",
      "take away:broader",
      "take out:broader",
    ]);
    expect(relatedAfresh("boxes")).toEqual([
      "box:synonym",
      "container:broader",
      "ballot box:narrower",
      "bandbox:narrower",
      "carton:narrower",
      "casket:narrower",
      "jewel casket:narrower",
      "cereal box:narrower",
      "chest:narrower",
      "cigar box:narrower",
      "coffin:narrower",
      "crate:narrower",
      "flat:narrower",
      "hod:narrower",
      "mailbox:narrower",
      "letter box:narrower",
      "loge:synonym",
      "compartment:broader",
      "balcony:whole",
      "skybox:narrower",
      "boxful:synonym",
      "containerful:broader",
      "package:synonym",
      "encase:broader",
      "incase:broader",
      "case:broader",
      "hit:broader",
      "contend:broader",
      "fight:broader",
      "struggle:broader",
      "spar:narrower",
      "prizefight:narrower",
      "shadowbox:narrower",
    ]);
    expect(relatedAfresh("finches")).toEqual([
      "finch:synonym",
      "oscine:broader",
      "oscine bird:broader",
      "Fringillidae:whole",
      "family Fringillidae:whole",
      "chaffinch:narrower",
      "Fringilla coelebs:narrower",
      "brambling:narrower",
      "Fringilla montifringilla:narrower",
      "goldfinch:narrower",
      "Carduelis carduelis:narrower",
      "linnet:narrower",
      "lintwhite:narrower",
      "Carduelis cannabina:narrower",
      "siskin:narrower",
      "Carduelis spinus:narrower",
      "red siskin:narrower",
      "Carduelis cucullata:narrower",
      "redpoll:narrower",
      "Carduelis flammea:narrower",
      "Carduelis hornemanni:narrower",
      "New World goldfinch:narrower",
      "yellowbird:narrower",
      "Spinus tristis:narrower",
      "pine siskin:narrower",
      "pine finch:narrower",
      "Spinus pinus:narrower",
      "house finch:narrower",
      "Carpodacus mexicanus:narrower",
      "purple finch:narrower",
      "Carpodacus purpureus:narrower",
    ]);
    expect(relatedAfresh("topazes")).toEqual([
      "topaz:synonym",
      "false topaz:synonym",
      "common topaz:synonym",
      "quartz:broader",
      "transparent gem:broader",
      "mineral:broader",
      "tan:synonym",
      "light brown:broader",
    ]);
    expect(relatedAfresh("sashes")).toEqual([
      "sash:synonym",
      "window sash:synonym",
      "framework:broader",
      "frame:broader",
      "window:whole",
      "casement:narrower",
      "girdle:synonym",
      "cincture:synonym",
      "waistband:synonym",
      "waistcloth:synonym",
      "band:broader",
      "cummerbund:narrower",
    ]);
    expect(relatedAfresh("gentlemen")).toEqual([
      "gentleman:synonym",
      "man:broader",
      "adult male:broader",
      "Don:narrower",
      "gent:narrower",
      "gentleman-at-arms:narrower",
      "valet:synonym",
      "valet de chambre:synonym",
      "gentleman's gentleman:synonym",
      "manservant:broader",
      "body servant:broader",
    ]);
    expect(relatedAfresh("daisies")).toEqual([
      "daisy:synonym",
      "flower:broader",
      "Bellis:whole",
      "genus Bellis:whole",
      "common daisy:narrower",
      "English daisy:narrower",
      "Bellis perennis:narrower",
    ]);
  });

  it("verbs: -s, -ies and -es", () => {
    expect(relatedAfresh("aahs")).toEqual([
      "ooh:synonym",
      "aah:synonym",
      "exclaim:broader",
      "cry:broader",
      "cry out:broader",
      "outcry:broader",
      "call out:broader",
      "shout:broader",
    ]);
    expect(relatedAfresh("occupies")).toEqual([
      "busy:synonym",
      "occupy:synonym",
      "work:broader",
      "potter:narrower",
      "putter:narrower",
      "dabble:narrower",
      "smatter:narrower",
      "play around:narrower",
      "reside:synonym",
      "lodge in:synonym",
      "populate:broader",
      "dwell:broader",
      "live:broader",
      "inhabit:broader",
      "move in:narrower",
      "stay at:narrower",
      "squat:narrower",
      "crash:narrower",
      "fill:synonym",
      "be:broader",
      "crowd:narrower",
      "take up:narrower",
    ]);
    expect(relatedAfresh("abolishes")).toEqual([
      "abolish:synonym",
      "get rid of:synonym",
      "cashier:narrower",
      "abrogate:narrower",
    ]);
  });

  it("verbs: -ed and -ing, with or without an e restored", () => {
    expect(relatedAfresh("abacinated")).toEqual(["abacinate:synonym", "blind:broader"]);
    expect(relatedAfresh("sparked")).toEqual([
      "trip:synonym",
      "actuate:synonym",
      "trigger:synonym",
      "activate:synonym",
      "set off:synonym",
      "spark off:synonym",
      "spark:synonym",
      "trigger off:synonym",
      "touch off:synonym",
      "initiate:broader",
      "pioneer:broader",
      "sparkle:synonym",
      "emit:broader",
      "give out:broader",
      "give off:broader",
    ]);
    expect(relatedAfresh("hoping")).toEqual([
      "hope:synonym",
      "trust:synonym",
      "desire:synonym",
      "wish:broader",
      "want:broader",
      "go for:synonym",
      "plan:broader",
      "be after:broader",
      "hop:synonym",
      "skip:synonym",
      "hop-skip:synonym",
      "jump:broader",
      "leap:broader",
      "bound:broader",
      "spring:broader",
      "move:broader",
      "travel:broader",
    ]);
  });

  it("adjectives: -er and -est, with or without an e restored", () => {
    expect(relatedAfresh("tamer")).toEqual([
      "animal trainer:broader",
      "handler:broader",
      "tame:synonym",
      "tamed:synonym",
    ]);
    expect(relatedAfresh("tamest")).toEqual(["tame:synonym", "tamed:synonym"]);
    expect(relatedAfresh("greater")).toEqual(["great:synonym", "outstanding:synonym"]);
    expect(relatedAfresh("greatest")).toEqual([
      "sterling:synonym",
      "superlative:synonym",
      "great:synonym",
      "outstanding:synonym",
    ]);
  });

  it("detaches an ending only when a letter more than the base is left", () => {
    expect(relatedAfresh("ms")).toEqual([
      "multiple sclerosis:synonym",
      "disseminated sclerosis:synonym",
      "disseminated multiple sclerosis:synonym",
      "sclerosis:broader",
      "induration:broader",
      "degenerative disorder:broader",
      "autoimmune disease:broader",
      "autoimmune disorder:broader",
      "Mississippi:synonym",
      "Magnolia State:synonym",
      "Miss.:synonym",
      "American state:broader",
      "United States:whole",
      "United States of America:whole",
      "America:whole",
      "the States:whole",
      "US:whole",
      "U.S.:whole",
      "USA:whole",
      "U.S.A.:whole",
      "Gulf States:whole",
      "South:whole",
      "Confederacy:whole",
      "Confederate States:whole",
      "Confederate States of America:whole",
      "Dixie:whole",
      "Dixieland:whole",
      "Deep South:whole",
      "Master of Science:synonym",
      "SM:synonym",
      "MSc:synonym",
      "master's degree:broader",
    ]);
  });
});

describe("WordNet relatives: which words are looked up", () => {
  it("looks up words of two letters up to WordNet's longest, 33", () => {
    expect(relatedAfresh("ab")).toContain("Bachelor of Arts:synonym");
    expect(relatedAfresh("dichlorodiphenyltrichloroethane")).toEqual([
      "DDT:synonym",
      "insecticide:broader",
      "insect powder:broader",
      "pollutant:broader",
    ]);
    expect(relatedAfresh("tetrabromo-phenolsulfonephthalein")).toEqual([
      "bromophenol blue:synonym",
      "bromphenol blue:synonym",
      "dye:broader",
      "dyestuff:broader",
      "acid-base indicator:broader",
    ]);
  });

  it("looks up no single letter, and nothing that is not a word of letters", () => {
    for (const word of ["a", "", "'hood", "u.s.", "U.S.", "as2", "2as", "a".repeat(34)])
      expect(readRelatedWords(word), word).toEqual([]);
    expect(relatedWords("'hood")).toEqual([]);
  });

  it("remembers a word looked up, in any case", () => {
    const first = relatedWords("Aardvark");
    expect(first.map((found) => found.word)).toContain("anteater");
    expect(relatedWords("aardvark")).toBe(first);
    expect(readRelatedWords("aardvark")).not.toBe(first);
    expect(readRelatedWords("aardvark")).toEqual(first);
  });
});

describe("two-word collocations in WordNet", () => {
  it("give their synonyms, spaced or hyphenated", () => {
    expect(collocationSynonyms("hold", "out")).toEqual(expect.arrayContaining(["resist"]));
    expect(collocationSynonyms("well", "known")).toEqual(["long-familiar"]);
  });

  it("give none for a pair WordNet does not list, or that no word can be", () => {
    expect(collocationSynonyms("harbour", "kettle")).toEqual([]);
    expect(collocationSynonyms("a".repeat(20), "b".repeat(20))).toEqual([]);
  });
});

describe("WordNet's word lists", () => {
  it("tell adjectives from other words", () => {
    expect(isAdjective("busy")).toBe(true);
    expect(isAdjective("airport")).toBe(false);
  });

  it("list a word only as it stands", () => {
    expect(isListed("forest")).toBe(true);
    expect(isListed("busiest")).toBe(false);
    expect(isListed("not a word")).toBe(false);
  });
});

describe("derived forms of a word (WordNet's derivationally related forms)", () => {
  it("are the words derived from it or it from them, in another part of speech", () => {
    expect(derivedWords("invade")).toEqual(expect.arrayContaining(["invasion", "invader"]));
    expect(derivedWords("religious")).toContain("religion");
    expect(derivedWords("Revolution")).toContain("revolutionary");
  });

  it("are found from an inflected form, and never include the word itself", () => {
    expect(derivedWords("invaded")).toContain("invasion");
    expect(derivedWords("invade")).not.toContain("invade");
  });

  it("are none for words WordNet lacks or that are no words at all", () => {
    expect(derivedWords("qwzx")).toEqual([]);
    expect(derivedWords("a".repeat(40))).toEqual([]);
    expect(derivedWords("x")).toEqual([]);
  });
});
