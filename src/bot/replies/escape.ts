const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Makes any text safe to show in Discord: every Markdown character is
 * escaped so it shows as typed, and @everyone, @here, user, role, channel,
 * command and timestamp mentions and links are broken with a zero-width space
 * so they neither ping nor render. (Replies also send
 * `allowed_mentions: { parse: [] }`; this is the second lock.)
 *
 * discord.js's `escapeMarkdown` is not used: it escapes by pattern and leaves
 * runs like `****bold**` half-escaped, which fuzzing found. Escaping every
 * significant character is simpler and cannot miss.
 */
export function escapeForDiscord(text: string): string {
  return (
    text
      // Zero-width and other invisible format characters go: inside a word they would split it.
      .replace(/\p{Cf}/gu, "")
      .replace(/\p{Cc}/gu, (char) => (char === "\n" ? "\n" : " "))
      .replace(/[\\*_~`|[\]]/g, "\\$&")
      .replace(/^([ \t]*)(>|#|-|\+|\d+\.)/gm, "$1\\$2")
      .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
      .replace(/<([@#/:]|a:|t:)/g, `<${ZERO_WIDTH_SPACE}$1`)
      .replace(/(https?):\/\//gi, `$1:${ZERO_WIDTH_SPACE}//`)
  );
}

/**
 * Reverses {@link escapeForDiscord} on text that had no control or format
 * characters (such as a normalised question): the zero-width spaces it
 * inserted go, and every backslash escape gives back the character it hides.
 */
export function unescapeForDiscord(escaped: string): string {
  return escaped.replaceAll(ZERO_WIDTH_SPACE, "").replace(/\\([\s\S])/g, "$1");
}

/** Text safe for places where Markdown never renders but mentions might (choice names, labels). */
export function plainForDiscord(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/\s+/g, " ")
    .trim();
}

/** Characters that can end a Markdown link's target early or open another link, each as %XX. */
const LINK_BREAKERS: Record<string, string> = {
  "(": "%28",
  ")": "%29",
  "[": "%5B",
  "]": "%5D",
  "<": "%3C",
  ">": "%3E",
};

/**
 * A Markdown link to `url` labelled `label` (text already safe to show): the
 * target in angle brackets, so Discord shows no preview, with every character
 * that could end the link early (`)`, `>`) or start another (`[`, `(`)
 * percent-encoded; the address it leads to is the same.
 */
export function markdownLink(label: string, url: string): string {
  return `[${label}](<${url.replace(/[()[\]<>]/g, (char) => LINK_BREAKERS[char] ?? char)}>)`;
}
