/**
 * The part of Discord's Markdown the bot's replies use, rendered to HTML as
 * Discord shows it: `> ` block quotes, **bold**, *italic*, `code`,
 * [links](<url>) and backslash escapes. Enough to picture a reply; not a
 * general Markdown renderer.
 */

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** `text` with HTML's special characters escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/** Inline Markdown of one line → HTML. */
export function inlineToHtml(text: string): string {
  let html = "";
  const open: string[] = [];
  const toggle = (tag: string) => {
    if (open.at(-1) === tag) {
      open.pop();
      html += `</${tag}>`;
    } else {
      open.push(tag);
      html += `<${tag}>`;
    }
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (char === "\\" && index + 1 < text.length) {
      index += 1;
      html += escapeHtml(text[index] ?? "");
    } else if (text.startsWith("**", index)) {
      toggle("strong");
      index += 1;
    } else if (char === "*") {
      toggle("em");
    } else if (char === "`") {
      toggle("code");
    } else if (char === "[") {
      const link = /^\[([^\]]*)\]\(<?([^)>\s]+)>?\)/.exec(text.slice(index));
      if (link) {
        html += `<a href="${escapeHtml(link[2] ?? "")}">${inlineToHtml(link[1] ?? "")}</a>`;
        index += link[0].length - 1;
      } else html += "[";
    } else html += escapeHtml(char);
  }
  while (open.length > 0) html += `</${open.pop()}>`;
  return html;
}

/** A message or embed text → HTML: consecutive `> ` lines become one block quote. */
export function markdownToHtml(text: string): string {
  const blocks: string[] = [];
  let quote: string[] = [];
  const closeQuote = () => {
    if (quote.length > 0) blocks.push(`<blockquote>${quote.join("<br>")}</blockquote>`);
    quote = [];
  };
  for (const line of text.split("\n")) {
    if (line.startsWith("> ")) {
      quote.push(inlineToHtml(line.slice(2)));
      continue;
    }
    closeQuote();
    blocks.push(line === "" ? '<div class="gap"></div>' : `<div>${inlineToHtml(line)}</div>`);
  }
  closeQuote();
  return blocks.join("\n");
}
