import type { APIApplicationCommandOptionChoice, APIEmbed } from "discord.js";
import type { ReplyPayload } from "../../src/bot/replies/reply-payload.ts";

/**
 * Checks a reply against Discord's limits and against pinging or formatting
 * anything it should not, returning what is wrong (empty when all is well).
 * The limits are restated from Discord's documentation, not imported from the
 * bot, so the bot is checked against Discord rather than against itself.
 */

const LIMIT = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  fields: 25,
  embeds: 10,
  total: 6000,
  rowComponents: 5,
  rows: 5,
  customId: 100,
  label: 80,
};

/**
 * Markdown or mentions that would render or ping in `text`: anything not
 * escaped with a backslash or broken with a zero-width space.
 */
export function strayMarkdown(text: string): string[] {
  const found: string[] = [];
  // Escaped characters become a placeholder, so that removing them cannot join their neighbours.
  const unescaped = text.replace(/\\[\s\S]/g, "\u0001");
  if (/\[[^\]]*\]\(/.test(unescaped)) found.push("masked link");
  for (const token of [
    "*",
    "_",
    "`",
    "~~",
    "||",
    "@everyone",
    "@here",
    "<@",
    "<#",
    "</",
    "<:",
    "<a:",
    "<t:",
  ]) {
    if (unescaped.includes(token)) found.push(token);
  }
  if (/^[ \t]*(>|#{1,3}\s|-#|[-+*]\s|\d+\.\s)/m.test(text)) found.push("line-start markup");
  if (/https?:\/\//i.test(text)) found.push("link");
  return found;
}

/**
 * The parts of a description that carry quoted or user text: the quote lines
 * ("> …", one bold highlight allowed in each) and the names in citation lines
 * ("— *title*, p. 85 · [source](<url>)", "— **speaker**, …"). The rest is the
 * bot's own template and may use Markdown.
 */
function quotedTextOf(description: string): { text: string; problems: string[] } {
  const problems: string[] = [];
  const kept: string[] = [];
  for (const line of description.split("\n")) {
    const citation = /^— (\*{1,2})(.*)\1(, p\. \d+)?( · \[source\]\(<https?:\/\/[^\s>]+>\))?$/.exec(
      line,
    );
    if (citation) {
      kept.push(citation[2] ?? "");
    } else if (line.startsWith("> ")) {
      const parts = line.slice(2).split(/(?<!\\)\*\*/);
      if (parts.length !== 1 && parts.length !== 3)
        problems.push(`quote line with ${parts.length - 1} bold markers`);
      kept.push(parts.join(""));
    }
  }
  return { text: kept.join("\n"), problems };
}

function embedViolations(embed: APIEmbed, where: string): string[] {
  const problems: string[] = [];
  const check = (value: string | undefined, max: number, name: string) => {
    if (value !== undefined && value.length > max)
      problems.push(`${where} ${name} is ${value.length} > ${max}`);
  };
  check(embed.title, LIMIT.title, "title");
  check(embed.description, LIMIT.description, "description");
  check(embed.footer?.text, LIMIT.footer, "footer");
  if ((embed.fields ?? []).length > LIMIT.fields)
    problems.push(`${where} has ${embed.fields?.length} fields`);
  for (const field of embed.fields ?? []) {
    check(field.name, LIMIT.fieldName, "field name");
    check(field.value, LIMIT.fieldValue, "field value");
  }
  const total =
    (embed.title ?? "").length +
    (embed.description ?? "").length +
    (embed.footer?.text ?? "").length +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  if (total > LIMIT.total) problems.push(`${where} totals ${total} > ${LIMIT.total}`);
  for (const stray of strayMarkdown(embed.title ?? ""))
    problems.push(`${where} title renders ${stray}`);
  const quoted = quotedTextOf(embed.description ?? "");
  problems.push(...quoted.problems.map((problem) => `${where} ${problem}`));
  for (const stray of strayMarkdown(quoted.text)) {
    if (stray !== "link") problems.push(`${where} description renders ${stray}`);
  }
  return problems;
}

/** Everything wrong with `payload`; `mayPing` lists the only users it may ping. */
export function replyViolations(payload: ReplyPayload, mayPing: string[] = []): string[] {
  const problems: string[] = [];
  if ((payload.content ?? "").length > LIMIT.content)
    problems.push(`content is ${payload.content?.length} > ${LIMIT.content}`);
  if (payload.embeds.length > LIMIT.embeds) problems.push(`${payload.embeds.length} embeds`);
  payload.embeds.forEach((embed, index) => {
    problems.push(...embedViolations(embed, `embed ${index}`));
  });
  const total = payload.embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title ?? "").length +
      (embed.description ?? "").length +
      (embed.footer?.text ?? "").length,
    0,
  );
  if (total > LIMIT.total) problems.push(`embeds total ${total} > ${LIMIT.total}`);
  const allowed = payload.allowedMentions;
  if (allowed?.parse.length !== 0) problems.push("allowed_mentions.parse is not empty");
  for (const user of allowed?.users ?? [])
    if (!mayPing.includes(user)) problems.push(`may ping user ${user}`);
  const content = (payload.content ?? "").replace(/^<@\d{17,20}>$/, "");
  for (const stray of strayMarkdown(content)) problems.push(`content renders ${stray}`);
  if (payload.components.length > LIMIT.rows) problems.push(`${payload.components.length} rows`);
  for (const row of payload.components) {
    if (row.components.length === 0 || row.components.length > LIMIT.rowComponents)
      problems.push(`row with ${row.components.length} components`);
    for (const component of row.components) {
      const button = component as { custom_id?: string; label?: string };
      if ((button.custom_id ?? "").length > LIMIT.customId) problems.push("custom_id too long");
      if ((button.label ?? "").length > LIMIT.label) problems.push("label too long");
    }
  }
  return problems;
}

/** Everything wrong with a list of autocomplete choices. */
export function choiceViolations(choices: APIApplicationCommandOptionChoice<string>[]): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices`);
  for (const { name, value } of choices) {
    if (name.length < 1 || name.length > 100)
      problems.push(`choice name of ${name.length} characters`);
    if (value.length > 100) problems.push(`choice value of ${value.length} characters`);
    if (/@(everyone|here)/i.test(name)) problems.push("choice name mentions everyone");
    if (/[\p{Cc}]/u.test(name)) problems.push("control character in choice");
  }
  return problems;
}
