import { describe, expect, it } from "vitest";
import { cleanWebText } from "../../src/core/content/clean-web-text.ts";

const BEFORE = "The survey covered forty cities across Europe.";
const AFTER = "Most of the cooling came from shade rather than evaporation.";

/** `lines` set between two paragraphs of prose, cleaned. */
const cleanAround = (lines: string, known = {}) =>
  cleanWebText(`${BEFORE}\n\n${lines}\n\n${AFTER}`, known);

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
