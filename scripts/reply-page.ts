/**
 * A reply payload (embeds and buttons, as the bot sends it) laid out as
 * Discord's dark theme shows a bot's answer to a slash command, as one HTML
 * page for a screenshot.
 */
import type { APIButtonComponent, APIEmbed } from "discord.js";
import { ButtonStyle, ComponentType } from "discord.js";
import type { ReplyPayload } from "../src/bot/replies/reply-payload.ts";
import { escapeHtml, inlineToHtml, markdownToHtml } from "./discord-markdown.ts";

/** Who is shown asking, and who answers. */
export interface Scene {
  botName: string;
  userName: string;
  /** The command as Discord shows it above the reply ("used /ask"). */
  command: string;
  time: string;
}

/** CSS width of the chat column, as in a desktop window. */
export const PAGE_WIDTH = 760;

/** An embed's colour (a number) as CSS. */
function cssColor(color: number | undefined): string {
  return `#${(color ?? 0x1e1f22).toString(16).padStart(6, "0")}`;
}

function embedHtml(embed: APIEmbed): string {
  const title = embed.title ? `<div class="embed-title">${inlineToHtml(embed.title)}</div>` : "";
  const description = embed.description
    ? `<div class="embed-description">${markdownToHtml(embed.description)}</div>`
    : "";
  const footer = embed.footer
    ? `<div class="embed-footer">${escapeHtml(embed.footer.text)}</div>`
    : "";
  return `<div class="embed" style="border-left-color: ${cssColor(embed.color)}">${title}${description}${footer}</div>`;
}

function buttonHtml(button: APIButtonComponent): string {
  if (button.type !== ComponentType.Button || button.style === ButtonStyle.Premium) return "";
  const label = escapeHtml(button.label ?? "");
  const disabled = button.disabled ? " disabled" : "";
  const external = button.style === ButtonStyle.Link ? ' <span class="external">↗</span>' : "";
  return `<span class="button${disabled}">${label}${external}</span>`;
}

/** The whole page: the "used /command" line, the bot's name, its embeds and button rows. */
export function replyPage(payload: ReplyPayload, scene: Scene): string {
  const content = payload.content
    ? `<div class="content">${markdownToHtml(payload.content)}</div>`
    : "";
  const embeds = payload.embeds.map(embedHtml).join("\n");
  const rows = payload.components
    .map(
      (row) =>
        `<div class="buttons">${row.components
          .map((component) => buttonHtml(component as APIButtonComponent))
          .join("")}</div>`,
    )
    .join("\n");
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>reply</title>
<style>
  body { margin: 0; background: #313338; color: #dbdee1;
    font: 16px/1.375 "Noto Sans", "DejaVu Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif; }
  .chat { width: ${PAGE_WIDTH}px; padding: 16px 16px 20px; box-sizing: border-box; }
  .used { display: flex; align-items: center; gap: 6px; margin-left: 56px; font-size: 14px; color: #b5bac1; }
  .used::before { content: ""; width: 28px; height: 10px; margin-left: -34px; border: 2px solid #4e5058;
    border-right: 0; border-bottom: 0; border-top-left-radius: 6px; }
  .used .user { color: #c9cdfb; }
  .message { display: flex; gap: 16px; margin-top: 4px; }
  .avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: #fff;
    display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: 15px; }
  .body { min-width: 0; flex: 1; }
  .header { display: flex; align-items: baseline; gap: 8px; }
  .name { color: #f2f3f5; font-weight: 600; }
  .tag { background: #5865f2; color: #fff; font-size: 10px; font-weight: 700; border-radius: 3px;
    padding: 1px 5px; align-self: center; }
  .time { color: #949ba4; font-size: 12px; }
  .embed { margin-top: 6px; max-width: 560px; background: #2b2d31; border-left: 4px solid;
    border-radius: 4px; padding: 10px 16px 14px 12px; }
  .embed-title { color: #f2f3f5; font-weight: 600; margin-bottom: 6px; }
  .embed-description { font-size: 14px; line-height: 1.45; }
  .embed-description blockquote { margin: 2px 0; padding-left: 12px; border-left: 4px solid #4e5058; }
  .embed-description .gap { height: 10px; }
  .embed-description strong { color: #f2f3f5; }
  .embed-footer { margin-top: 10px; font-size: 12px; color: #b5bac1; }
  a { color: #00a8fc; text-decoration: none; }
  code { font-family: "DejaVu Sans Mono", monospace; background: #1e1f22; padding: 0 3px; border-radius: 3px; }
  .buttons { display: flex; gap: 8px; margin-top: 8px; }
  .button { background: #4e5058; color: #fff; font-size: 14px; font-weight: 500; border-radius: 3px;
    padding: 2px 16px; height: 32px; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; }
  .button.disabled { opacity: 0.5; }
  .external { font-size: 12px; }
</style></head>
<body><div class="chat">
  <div class="used"><span class="user">@${escapeHtml(scene.userName)}</span> used <span class="user">${escapeHtml(scene.command)}</span></div>
  <div class="message">
    <div class="avatar">${escapeHtml(scene.botName.slice(0, 2).toUpperCase())}</div>
    <div class="body">
      <div class="header"><span class="name">${escapeHtml(scene.botName)}</span><span class="tag">APP</span><span class="time">${escapeHtml(scene.time)}</span></div>
      ${content}
      ${embeds}
      ${rows}
    </div>
  </div>
</div>
<script>document.title = String(Math.ceil(document.querySelector(".chat").getBoundingClientRect().height));</script>
</body></html>
`;
}
