import { escapeMarkdown } from "discord.js";

const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Makes any text safe to show in Discord: Markdown is escaped so it shows as
 * typed, and @everyone, @here, user, role, channel and command mentions are
 * broken with a zero-width space so they neither ping nor render.
 * (Replies also send `allowed_mentions: { parse: [] }`; this is the second lock.)
 */
export function escapeForDiscord(text: string): string {
  const printable = text.replace(/[\p{Cc}\p{Cf}]/gu, (char) => (char === "\n" ? "\n" : " "));
  return escapeMarkdown(printable, {
    bulletedList: true,
    numberedList: true,
    heading: true,
    maskedLink: true,
  })
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#/:]|a:|t:)/g, `<${ZERO_WIDTH_SPACE}$1`)
    .replace(/(https?):\/\//gi, `$1:${ZERO_WIDTH_SPACE}//`);
}

/** Text safe for places where Markdown never renders but mentions might (choice names, labels). */
export function plainForDiscord(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/\s+/g, " ")
    .trim();
}
