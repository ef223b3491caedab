/**
 * `npm run import -- RAW.txt --out content/NAME.md --title … [--author …]
 * [--publication …] [--pages …] [--url …]`: turns text copied from a journal
 * web page into a content document, removing the page's leftovers and keeping
 * `[End Page N]` markers as page breaks.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { cleanWebText } from "../core/content/clean-web-text.ts";
import { fail } from "./fail.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    title: { type: "string" },
    author: { type: "string" },
    publication: { type: "string" },
    pages: { type: "string" },
    url: { type: "string" },
  },
});
const [input] = positionals;
if (!input || !values.out || !values.title) {
  fail(
    "usage: npm run import -- RAW.txt --out content/NAME.md --title TITLE [--author A] [--publication P] [--pages P] [--url U]",
  );
}
const { out, ...metadata } = values;
const frontMatter = stringify(
  Object.fromEntries(Object.entries(metadata).filter(([, value]) => value)),
);
writeFileSync(out, `---\n${frontMatter}---\n\n${cleanWebText(readFileSync(input, "utf8"))}\n`);
console.log(`wrote ${out}`);
