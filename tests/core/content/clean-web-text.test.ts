import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanWebText, REMOVED_FURNITURE } from "../../../src/core/content/clean-web-text.ts";
import { splitFrontMatter } from "../../../src/core/content/front-matter.ts";
import { AnswerEngine, loadContent } from "../../../src/core/index.ts";
import { contentFolder } from "../../helpers.ts";

const raw = readFileSync("tests/fixtures/muse-page.txt", "utf8");
const cleaned = cleanWebText(raw);

/** `line` alone, cleaned: "" when it is furniture, the line itself when it is kept. */
const cleanedLine = (line: string) => cleanWebText(line);

/** Asserts that each line, alone, is removed as furniture. */
function expectRemoved(...lines: string[]): void {
  for (const line of lines) expect(cleanedLine(line), line).toBe("");
}

/** Asserts that each line, alone, is kept as it is. */
function expectKept(...lines: string[]): void {
  for (const line of lines) expect(cleanedLine(line), line).toBe(line);
}

/** `line` made exactly `length` characters long by padding it with words of prose. */
function padded(line: string, length: number): string {
  let text = line;
  while (text.length < length) text += " word";
  return text.slice(0, length).trimEnd().padEnd(length, "x");
}

const BEFORE = "The survey covered forty cities across Europe.";
const AFTER = "Most of the cooling came from shade rather than evaporation.";

/** `lines` set between two paragraphs of prose, cleaned. */
const cleanAround = (lines: string, known = {}) =>
  cleanWebText(`${BEFORE}\n\n${lines}\n\n${AFTER}`, known);

describe("cleanWebText", () => {
  it.each([
    "In lieu of an abstract",
    "•",
    "(bio)",
    "Click for larger view",
    "View full resolution",
    "Additional Information",
    "Print ISSN",
    "pp. 84-88",
    "Launched on MUSE",
    "Open Access",
    "Archive Status",
    "Back To Top",
    "cookies",
  ])("removes the web page's %j", (leftover) => {
    expect(cleaned).not.toContain(leftover);
  });

  it("keeps the article's text and its page markers", () => {
    expect(cleaned.startsWith("When Russian fighter jets bound for Syria took off from Iran")).toBe(
      true,
    );
    expect(
      cleaned.endsWith("Russia has replaced the United States as Iran’s leading supplier..."),
    ).toBe(true);
    expect(cleaned.match(/\[End Page \d+\]/g)).toEqual(["[End Page 84]", "[End Page 85]"]);
  });

  it("separates paragraphs by exactly one blank line", () => {
    expect(cleaned).not.toMatch(/\n{3,}/);
    expect(cleaned.split("\n\n")).toHaveLength(10);
  });

  it("is what the shipped content document holds", () => {
    const shipped = splitFrontMatter(readFileSync("content/newest-power-couple.md", "utf8"));
    expect(shipped.body.trim()).toBe(cleaned);
    expect(shipped.metadata).toMatchObject({
      title: "The Newest Power Couple: Iran and Russia Band together to Support Assad",
      author: "Ellie Geranmayeh",
      pages: "84–88",
      url: "https://muse.jhu.edu/article/645264",
    });
    expect(shipped.metadata.publication).toContain("World Policy Journal 33(4)");
  });

  it("leaves clean text as it is", () => {
    expect(cleanWebText(cleaned)).toBe(cleaned);
  });
});

describe("a pasted news page", () => {
  it("never quotes the site's section list", () => {
    const page = [
      "The Urban Review | News | Opinion | Science",
      "",
      "Cities plant trees to cool their streets",
      "",
      "Researchers measured the air under street trees in forty cities and found it a degree cooler in summer.",
      "",
      "The council plans to plant ten thousand more trees by 2030.",
    ].join("\n");
    const engine = new AnswerEngine(loadContent(contentFolder({ "trees.md": page })));
    const answer = engine.answer("what science news is there?");
    const quoted = [...answer.passages, ...answer.suggestions].map((passage) => passage.text);
    expect(quoted.join("\n")).not.toContain("The Urban Review");
    expect(engine.passages.map((passage) => passage.text).join("\n")).not.toContain("Opinion");
  });
});

describe("cleanWebText: skip links", () => {
  it("removes a line that starts by skipping to content or navigation", () => {
    expectRemoved("Skip to main content", "Skip navigation", "skip to search");
  });

  it("keeps prose that skips, or a skip link past 120 characters", () => {
    expectKept(
      "We chose to skip to the final chapter",
      "Skip tomorrow's session if the rain continues",
      padded("Skip to the part of the survey where the cities were compared", 121),
    );
    expectRemoved(padded("Skip to the part of the survey where the cities were compared", 120));
  });
});

describe("cleanWebText: lines of interface labels", () => {
  it("removes a button row and keeps a line with a word of prose in it", () => {
    expectRemoved("Accept | Reject | Cookie settings", "Print this article", "Research article");
    expectKept("Accept the survey results", "Home | Our findings");
  });
});

describe("cleanWebText: breadcrumb trails", () => {
  it("removes three or more short steps, whatever the separator", () => {
    expectRemoved(
      "Journals » Medicine » Vol 3",
      "Science › Climate › Cities",
      "Research / Publications / 2024",
      "Journals → Medicine → Heat",
      "Journals > Medicine > Heat > Issue 4",
    );
  });

  it("splits steps at a separator with or without spaces around it", () => {
    expectRemoved("Journals>Medicine>Heat", "Home>Articles");
  });

  it("counts the words of a step however widely they are spaced", () => {
    expectRemoved("Home > one  two  three  four  five  six  seven  eight");
  });

  it("counts no empty step after a trailing separator", () => {
    expectKept("News > Science >");
  });

  it("removes two steps only when the first is Home", () => {
    expectRemoved("Home > Articles", "HOME › News");
    expectKept("News > Science", "Homepage > Articles", "My home > Articles");
  });

  it("keeps a trail ending like a sentence, past 200 characters, or with a long step", () => {
    const trail = (length: number) => "Journals > Medicine > ".padEnd(length, "H");
    expectKept(
      "Journals > Medicine > Heat.",
      "Home > Articles!",
      "Home > J. Smith.",
      trail(201),
      "Home > one two three four five six seven eight nine",
      "Cities > parks > trees and why the survey of forty of them matters",
    );
    expectRemoved(trail(200), "Home > one two three four five six seven eight");
  });

  it("reads a full stop inside a step as no sentence end", () => {
    expectRemoved("Home > J. Smith");
  });

  it("needs spaces around a slash, so a word with a slash is no step", () => {
    expectKept("and/or/neither");
  });
});

describe("cleanWebText: cookie banners", () => {
  it("removes a line about the site's cookies and the reader's consent", () => {
    expectRemoved(
      "We use cookies to improve your experience.",
      "This website uses cookies.",
      "This site uses a cookie to remember you.",
      "By continuing, you agree to our cookie policy.",
    );
  });

  it("keeps a line that lacks the cookies, the site, or the consent", () => {
    expectKept(
      "We use data to improve your experience.",
      "Cookies use butter and sugar.",
      "Our cookies are baked daily.",
      "Wedding cookies use butter.",
      "Flour cookies use butter.",
    );
  });

  it("keeps a cookie notice past 600 characters, and removes one of 600", () => {
    const notice = "We use cookies to improve your experience and you accept them";
    expectKept(padded(notice, 601));
    expectRemoved(padded(notice, 600));
  });
});

describe("cleanWebText: share links", () => {
  it("removes a share, post, send or email link naming where to", () => {
    expectRemoved(
      "Share on Facebook",
      "Post to Reddit",
      "Email this article to a friend",
      "Send the link by email",
      "Share via e.g. email",
    );
  });

  it("keeps a sentence, prose that shares, and a share line past 120 characters", () => {
    expectKept(
      "Share on Facebook and Twitter.",
      "Please share on Facebook",
      "Share on",
      padded("Share on Facebook the survey of forty cities", 121),
    );
    expectRemoved(padded("Share on Facebook the survey of forty cities", 120));
  });
});

describe("cleanWebText: captions and credits", () => {
  it("removes figure and table captions with their number", () => {
    expectRemoved(
      "Figure 2. The survey sites",
      "Fig. 3: Map of the sites",
      "Fig.3: Map of the sites",
      "Table 1 — Results",
      "Figure 12. Map",
      "Figure 2a. Detail",
      "Table S1. Data",
      "Figure 12",
      "Chart 4 - Heat",
      "Table 1:",
    );
  });

  it("keeps prose that mentions a figure", () => {
    expectKept(
      "Figure 2 shows that the sites were warmer",
      "Figure 2.5 percent of the area was shaded",
      "The data in Table 1: all sites.",
      "Figure skating drew crowds",
      "Figures 2 and 3 agree",
    );
  });

  it("removes photo credits and keeps prose about photos", () => {
    expectRemoved(
      "Photo: Jane Smith",
      "Photo:Jane Smith",
      "Image credit: NASA",
      "Photos courtesy: The Archive",
      "Photograph：Jane Smith",
      "Credit: NASA",
      "Credits:NASA",
    );
    expectKept(
      "Photo finish: the race ended",
      "Photography: the art of light",
      "Extra credit: none",
      "Creditors: the banks",
      "The photo: it showed the park",
      "Credit card: not needed",
      "Photo:",
    );
  });

  it("keeps a caption past 600 characters, and removes one of 600", () => {
    expectKept(padded("Figure 2. The survey sites", 601));
    expectRemoved(padded("Figure 2. The survey sites", 600));
  });
});

describe('cleanWebText: "view larger" links', () => {
  it("removes links to a larger view", () => {
    expectRemoved(
      "Click to enlarge",
      "Tap here for a larger view",
      "Click for full size",
      "View original image",
      "View a larger version",
      "View high-res version",
      "View high res version",
    );
  });

  it("keeps prose, and a link past 120 characters", () => {
    expectKept(
      "Please click to enlarge the map",
      "Click to continue",
      "View from the bridge",
      "The view larger than life",
      padded("Click to enlarge the map of the forty cities", 121),
    );
    expectRemoved(padded("Click to enlarge the map of the forty cities", 120));
  });
});

describe("cleanWebText: footer notices", () => {
  it("removes copyright, rights and ISSN lines", () => {
    expectRemoved(
      "© 2024 Example Press",
      "(c) 2024 Example Press",
      "(c)2024 Example Press",
      "Copyright © Example Press",
      "Copyright 2024 Example Press",
      "Copyright (c) Example Press",
      "Copyright©Example Press",
      "Example Press. All rights reserved.",
      "All rights reserved",
      "ISSN 1234-5678",
      "Print ISSN 1234-5678",
      "Online ISSN 1234-5678",
      "eISSN 1234-5678",
      "e-ISSN 1234-5678",
    );
  });

  it("keeps prose about copyright, rights and ISSNs", () => {
    expectKept(
      "Copyright law changed in 2024.",
      "Copyright 20245 units",
      "(c) 3 options remain",
      "(c) the third option",
      "All rights reserved to the author",
      "Overall rights reserved",
      "ISSNs are assigned by the centre",
      "The ISSN is printed inside",
      "The sign © marks it",
    );
  });

  it("keeps a notice past 200 characters, and removes one of 200", () => {
    expectKept(padded("© 2024 Example Press and the authors of the survey", 201));
    expectRemoved(padded("© 2024 Example Press and the authors of the survey", 200));
  });
});

describe("cleanWebText: publication details", () => {
  it("removes dates of publication in their usual forms", () => {
    expectRemoved(
      "Published: 12 March 2024",
      "Published 12 Mar. 2024.",
      "First published online: March 12, 2024",
      "Last updated on March 12 2024",
      "Received 2024-03-12",
      "Accepted: Mar. 12 2024",
      "Issue date: 1 May 2024",
      "Published: 12  March  2024",
      "Published: March  12,  2024",
    );
  });

  it("keeps prose that mentions a publication date", () => {
    expectKept(
      "Published: 12 March 2024 in the journal",
      "The report was published 12 March 2024",
      "Published: March 2024",
      "Published:12 March 2024",
      "Published: 123 March 2024",
      "Published: 12 March 20245",
      "Received 2024-3-12",
    );
  });

  it("removes DOI lines and keeps prose about a DOI", () => {
    expectRemoved(
      "DOI: 10.1000/xyz123",
      "doi:10.1000/xyz123",
      "DOI 10.1000/xyz123",
      "https://doi.org/10.1000/xyz123",
      "http://dx.doi.org/10.1000/xyz123",
    );
    expectKept(
      "DOI: 10.1000/xyz is the identifier",
      "See doi:10.1000/xyz",
      "https://doi.org/ is the resolver",
      "https://example.org/10.1000/xyz",
    );
  });

  it("removes view and reading-time counts and keeps prose with them", () => {
    expectRemoved(
      "1,234 views",
      "1.2k downloads",
      "12 citations",
      "8 min read",
      "5min read",
      "12 minutes read",
      "1,234  views",
      "8 min  read",
    );
    expectKept(
      "12 views of the valley",
      "Over 1,234 views",
      "About 8 min read",
      "8 min read of the report",
      "Twelve views",
    );
  });

  it("keeps a date line past 120 characters, and removes one of 120", () => {
    const at = (length: number) => `Published:${" ".repeat(length - 23)}12 March 2024`;
    expect(at(121)).toHaveLength(121);
    expectKept(at(121));
    expectRemoved(at(120));
  });
});

describe("cleanWebText: Project MUSE leftovers", () => {
  it("removes MUSE's own lines", () => {
    expectRemoved(
      "In lieu of an abstract, here is a brief excerpt of the content:",
      "In lieu of an abstract, here is a brief excerpt of the content",
      "• Cooling Cities",
      "▪ Jane Doe",
      "Additional Information",
      "Launched on MUSE 2024-01-01",
      "Launched on MUSE",
      "Open Access Yes",
      "Open Access No",
      "Archive Status Archived 2019",
      "pp. 84-88",
      "pp.84–88",
      "pp. 84 - 88",
    );
  });

  it("keeps prose that resembles them", () => {
    expectKept(
      "In lieu of an abstract, here is a brief excerpt of the content: it begins",
      "Text. In lieu of an abstract, here is a brief excerpt of the content:",
      "See Additional Information",
      "Price • quality",
      "•Cooling Cities",
      "Additional Information is in the appendix",
      "Launched on MUSEUM grounds",
      "Open Access Maybe",
      "Archive Statuses",
      "pp. 84-88 and more",
      "See pp. 84-88",
      "pp. 84",
      padded("Launched on MUSE in the spring of the year the survey began", 121),
    );
  });
});

describe("cleanWebText: navigation menus", () => {
  const prose = "The survey covered forty cities.";

  it("removes a run of three or more short lines, most of them labels", () => {
    expect(cleanWebText(`Menu\nSign in\nOur Research\n${prose}`)).toBe(prose);
    expect(cleanWebText(`${prose}\n\nMenu\nSign in\nOur Research`)).toBe(prose);
  });

  it("keeps the section names of a run that is half labels or less", () => {
    expect(cleanWebText(`Menu\nSign in\nOur Research\nOur Teams\n\n${prose}`)).toBe(
      `Our Research\nOur Teams\n\n${prose}`,
    );
  });

  it("keeps a name beside fewer than three short lines", () => {
    expect(cleanWebText(`Menu\nOur Research\n\n${prose}`)).toBe(`Our Research\n\n${prose}`);
    expect(cleanWebText(`Menu\nSign in\n\nOur Research`)).toBe("Our Research");
  });

  it("reads a full stop inside an entry as no sentence end", () => {
    expect(cleanWebText("Menu\nSign in\nJ. Smith")).toBe("");
  });

  it("counts a line of up to 40 characters as an entry, not a longer one or a sentence", () => {
    const entry = (length: number) => "Our Research".padEnd(length, "s");
    expect(cleanWebText(`Menu\nSign in\n${entry(40)}`)).toBe("");
    expect(cleanWebText(`Menu\nSign in\n${entry(41)}`)).toBe(entry(41));
    expect(cleanWebText("Menu\nSign in\nOur Research.")).toBe("Our Research.");
  });
});

describe("cleanWebText: lists of other articles", () => {
  const prose = "The parks cooled the city.";

  it("removes the heading and the short lines under it, up to the first prose", () => {
    expect(
      cleanWebText(`${prose}\n\nRelated articles\nCity trees and heat\nSmith, J.\n2024\n${prose}`),
    ).toBe(`${prose}\n\n${prose}`);
  });

  it("takes every heading wording", () => {
    for (const heading of [
      "Related",
      "Recommended reading",
      "Similar stories",
      "You might also like",
      "You may also enjoy",
      "More from this author",
      "More like this",
      "Most read",
      "Read next",
      "Editors' picks",
      "Editors picks",
      "Also in this issue",
    ])
      expect(cleanWebText(`${heading}\nCity trees and heat\n${prose}`), heading).toBe(prose);
  });

  it("reads a heading that ends like a sentence, or is long, as prose", () => {
    for (const line of [
      "Similar stories.",
      "Related articles about heat islands were reviewed",
      padded("More from the survey of forty cities", 61),
      "Our most read",
    ])
      expect(cleanWebText(`${line}\nCity trees and heat`), line).toBe(
        `${line}\nCity trees and heat`,
      );
  });

  it("takes a heading with a full stop inside it", () => {
    expect(cleanWebText(`More from J. Smith\nCity trees and heat\n${prose}`)).toBe(prose);
  });

  it("takes short lines with a full stop inside them, and lines of 200 characters", () => {
    const line = padded("City trees and heat", 200);
    expect(cleanWebText(`Most read\nSmith et al. 2020\n${line}\n${prose}`)).toBe(prose);
  });

  it("stops at a line past 200 characters, or one ending a sentence", () => {
    const long = padded("City trees and heat", 201);
    expect(cleanWebText(`Most read\n${long}\nCity trees`)).toBe(`${long}\nCity trees`);
    for (const end of ["It cooled 2.", 'He said "yes".', "(See above)."])
      expect(cleanWebText(`Most read\nCity trees\n${end}`), end).toBe(end);
  });

  it("reads the line after the list again, so a second heading starts a second list", () => {
    expect(cleanWebText(`Most read\nCity trees\n${prose}\nRead next\nCity parks\n${prose}`)).toBe(
      `${prose}\n${prose}`,
    );
  });
});

describe("cleanWebText: the page's header lines", () => {
  it("removes lines repeating the known title or naming the known author", () => {
    const known = { title: "Cooling Cities", author: "Jane Doe" };
    expect(cleanWebText("Cooling  Cities\nBy Jane Doe\nJANE DOE\nThe text.", known)).toBe(
      "The text.",
    );
  });

  it("removes the title when only it is known, and the author when only they are", () => {
    expect(cleanWebText("Cooling Cities\nJane Doe", { title: "Cooling Cities" })).toBe("Jane Doe");
    expect(cleanWebText("Cooling Cities\nJane Doe", { author: "Jane Doe" })).toBe("Cooling Cities");
    expect(cleanWebText("Cooling Cities\nJane Doe")).toBe("Cooling Cities\nJane Doe");
  });

  it("ignores white space around the known title", () => {
    expect(cleanWebText("Cooling Cities\nText.", { title: " Cooling Cities " })).toBe("Text.");
  });

  it("compares curly and straight quotes alike", () => {
    expect(cleanWebText("The 'Cool' City\nText.", { title: "The ‘Cool’ City" })).toBe("Text.");
    expect(cleanWebText('The "Cool" City\nText.', { title: "The “Cool” City" })).toBe("Text.");
  });

  it('drops only a leading "By", so a title with "by" in it is still the title', () => {
    expect(cleanWebText("Stand by Me\nText.", { title: "Stand by Me" })).toBe("Text.");
    expect(cleanWebText("Byways\nText.", { title: "ways" })).toBe("Byways\nText.");
  });

  it("keeps a line that merely starts like the title", () => {
    expect(cleanWebText("Cooling Cities is hard.", { title: "Cooling Cities" })).toBe(
      "Cooling Cities is hard.",
    );
  });
});

describe("cleanWebText: lines and paragraphs", () => {
  it("reads Windows and old Mac line ends as line ends", () => {
    expect(cleanWebText("Menu\r\nThe text.\rMore text.")).toBe("The text.\nMore text.");
  });

  it('drops a "(bio)" link at the end of a line only', () => {
    expect(cleanWebText("Jane Doe (bio)")).toBe("Jane Doe");
    expect(cleanWebText("Jane Doe(BIO)  ")).toBe("Jane Doe");
    expect(cleanWebText("(bio) notes are here")).toBe("(bio) notes are here");
  });

  it("reads an indented line without its indentation", () => {
    expect(cleanWebText("  Skip to main content\nText.")).toBe("Text.");
  });

  it("drops trailing spaces and keeps indentation", () => {
    expect(cleanWebText("Intro.   \n\n    indented code  \nEnd.")).toBe(
      "Intro.\n\n    indented code\nEnd.",
    );
  });

  it("leaves one blank line where removed lines stood between paragraphs", () => {
    expect(cleanWebText("First.\n\nMenu\n\nSecond.")).toBe("First.\n\nSecond.");
    expect(cleanWebText("First.\n\n\n\n\nSecond.")).toBe("First.\n\nSecond.");
    expect(cleanWebText("First.\n\nSecond.")).toBe("First.\n\nSecond.");
  });

  it("trims blank lines around the whole text", () => {
    expect(cleanWebText("\n\n  First.\n\n")).toBe("First.");
  });
});

describe("REMOVED_FURNITURE: what cleaning removes, in words", () => {
  it("names each line rule, the menus, the related lists and the header lines", () => {
    expect(REMOVED_FURNITURE).toHaveLength(14);
    for (const entry of REMOVED_FURNITURE) expect(entry.length, entry).toBeGreaterThan(20);
    expect(new Set(REMOVED_FURNITURE).size).toBe(14);
    expect(REMOVED_FURNITURE[0]).toMatch(/^skip links/);
    expect(REMOVED_FURNITURE[11]).toMatch(/^navigation menus: 3 or more short lines/);
    expect(REMOVED_FURNITURE[13]).toMatch(/^the title and author lines/);
  });
});

describe("cleaning a copied web page: furniture in other wordings than the fixture's", () => {
  it.each([
    ["a skip link", "Skip to content"],
    ["a skip link", "Skip navigation"],
    ["a breadcrumb", "Home › News › Science"],
    ["a breadcrumb", "Home / Research / Publications / 2024"],
    ["a breadcrumb", "Journals » Medicine » Vol 3 » Issue 4"],
    ["a breadcrumb", "Home > Articles"],
    [
      "a cookie banner",
      "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies.",
    ],
    ["a cookie banner", "We and our partners use cookies to personalise content and ads."],
    ["cookie buttons", "Accept | Reject | Cookie settings"],
    ["cookie buttons", "Allow all cookies\nNecessary cookies only\nCustomise"],
    ["a share link", "Share on WhatsApp"],
    ["a share link", "Post to Reddit"],
    ["share buttons with icons", "🖨️ Print   ✉ Email   Share"],
    ["share buttons", "Tweet · Share · Email · Print"],
    ["navigation", "☰ Menu\nSign in\nSubscribe"],
    ["a menu with the site's own sections", "Home\nNews\nResearch\nAbout us\nContact us"],
    ["a caption", "Fig. 4. Distribution of nesting sites along the river, 2019–2021."],
    ["a caption", "Figure 3: The harbour in 1890"],
    ["a caption", "Table 2. Summary of the interviews"],
    ["a photo credit", "Photo: Jane Doe/Getty Images"],
    ["a photo credit", "Image credit: NASA Earth Observatory"],
    ["a view-larger link", "Click here for a larger version"],
    ["a view-larger link", "View full-size image"],
    ["a view-larger link", "Tap to zoom"],
    ["a footer notice", "Copyright © 2021 Elsevier Ltd. All rights reserved."],
    ["a footer notice", "© The Author(s) 2022"],
    ["footer links", "Privacy Policy · Terms of Use · Cookie Policy · Sitemap"],
    ["publication details", "Published online: 3 June 2021"],
    ["publication details", "Updated March 12, 2024"],
    ["publication details", "DOI: 10.1016/j.cell.2020.01.001"],
    ["publication details", "5 min read"],
    ["publication details", "1.2k shares"],
    [
      "a related-articles list",
      "You may also like\nHow cities breathe\nA. Writer\n\nGreen roofs, revisited",
    ],
    ["an advertisement label", "ADVERTISEMENT"],
    ["a site's section list", "The Urban Review / News / Opinion / Science"],
    ["a site's section list", "The Urban Review | News | Opinion | Science"],
    ["a site's section list", "Daily Courier · World · Business · Arts & Culture"],
    ["a site's section list", "Politics|Economy|Health|Climate"],
  ])("removes %s: %j", (_kind, furniture) => {
    expect(cleanAround(furniture)).toBe(`${BEFORE}\n\n${AFTER}`);
  });

  it.each([
    "Figure 1 shows the growth of the network between 2001 and 2010.",
    "Share prices fell by a third in the weeks after the announcement.",
    "Home to three million people, the valley floods every spring.",
    "The search for the missing ship continued until 1911.",
    "Print runs of the newspaper reached 40,000 copies.",
    "Cookies were first baked in Persia in the seventh century.",
    "Related work has shown that shade matters more than evaporation.",
    "More in the region are expected to follow.",
    "Close to the border, the army built a road.",
    "Menu prices rose sharply that winter.",
    "Copyright law in the eighteenth century protected printers rather than authors.",
    "1989 was a turning point for the region.",
    "Table salt was taxed until 1825.",
    "Search and rescue",
    "Russia | Iran",
    "reading | writing | arithmetic",
    "| Country | Capital | Population |",
    "The Party | the State | the People were one.",
    "Introduction",
  ])("keeps prose that only looks like furniture: %j", (prose) => {
    expect(cleanAround(prose)).toBe(`${BEFORE}\n\n${prose}\n\n${AFTER}`);
  });

  it("removes the header lines that repeat the known title and author, and only those", () => {
    const header = "Street Trees and the Heat Island\nBy Hannah Okafor";
    expect(
      cleanAround(header, { title: "Street trees and the heat island", author: "Hannah Okafor" }),
    ).toBe(`${BEFORE}\n\n${AFTER}`);
    expect(cleanAround(header)).toBe(`${BEFORE}\n\n${header}\n\n${AFTER}`);
  });

  it("keeps the indentation and page markers of what it keeps", () => {
    const text = "Code:\n\n    indented code line\n\nText before [End Page 3] and after.";
    expect(cleanWebText(text)).toBe(text);
  });
});
