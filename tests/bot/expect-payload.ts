import { expect } from "vitest";
import type { RecordedRequest } from "../fake-discord/fake-discord.ts";

/** Discord's limits, restated here so the tests check the bot against Discord, not against itself. */
export const DISCORD = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldValue: 1024,
  embedTotal: 6000,
  choices: 25,
  choiceText: 100,
};

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
  author?: { name: string };
}

interface Button {
  type: number;
  style?: number;
  label: string;
  custom_id?: string;
  url?: string;
  disabled?: boolean;
}

/** A message as the bot sends it, in Discord's wire format. */
export interface SentMessage {
  content?: string;
  embeds?: Embed[];
  components?: { type: number; components: Button[] }[];
  flags?: number;
  allowed_mentions?: {
    parse: string[];
    users?: string[];
    roles?: string[];
    replied_user?: boolean;
  };
  message_reference?: { message_id?: string; channel_id?: string };
}

/** The message data of a callback (type 4 reply, 7 update) or of a channel message. */
export function messageOf(request: RecordedRequest): SentMessage {
  const body = request.body as { type?: number; data?: unknown };
  return (body.type === undefined ? body : body.data) as SentMessage;
}

/** Asserts Discord would accept the message and that it pings nobody but `mayPing`. */
export function expectWithinLimits(message: SentMessage, mayPing: string[] = []): void {
  expect((message.content ?? "").length).toBeLessThanOrEqual(DISCORD.content);
  let total = 0;
  for (const embed of message.embeds ?? []) {
    expect((embed.title ?? "").length).toBeLessThanOrEqual(DISCORD.title);
    expect((embed.description ?? "").length).toBeLessThanOrEqual(DISCORD.description);
    for (const field of embed.fields ?? [])
      expect(field.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
    total +=
      (embed.title ?? "").length +
      (embed.description ?? "").length +
      (embed.footer?.text ?? "").length;
    total += (embed.fields ?? []).reduce(
      (sum, field) => sum + field.name.length + field.value.length,
      0,
    );
  }
  expect(total).toBeLessThanOrEqual(DISCORD.embedTotal);
  const allowed = message.allowed_mentions;
  expect(allowed).toBeDefined();
  expect(allowed?.parse).toEqual([]);
  expect(allowed?.roles ?? []).toEqual([]);
  expect(allowed?.users ?? []).toEqual(mayPing);
  for (const row of message.components ?? []) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
  }
}

/** Everything the embeds say, joined. */
export function embedText(message: SentMessage): string {
  return (message.embeds ?? [])
    .map((embed) =>
      [
        embed.title,
        embed.description,
        ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
        embed.footer?.text,
      ].join("\n"),
    )
    .join("\n");
}

/** Custom ids and labels of the message's buttons. */
export function buttonsOf(message: SentMessage): Button[] {
  return (message.components ?? []).flatMap((row) => row.components);
}
