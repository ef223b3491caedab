import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import { reportSections } from "../../store/report-sections.ts";
import type { SlashCommand } from "../context.ts";
import { textReply } from "../replies/reply-payload.ts";
import { buildReportReply } from "../replies/report-reply.ts";

/** Days a report covers when none is given: a month shows what members ask now. */
export const DEFAULT_REPORT_DAYS = 30;
/** Longest period a report may ask for: longer than questions are kept is pointless, a year is plenty. */
export const MAX_REPORT_DAYS = 365;
/** Entries per section of the report: what fits Discord's fields. */
const ENTRIES = 10;
/** A day in milliseconds: reports and retention count in days. */
const DAY_MS = 24 * 60 * 60 * 1000;

export const REPORT_REFUSED = "Only members with the Manage Server permission can see the report.";
export const REPORT_UNAVAILABLE = "Questions are not being kept, so there is no report to show.";

/** `/report [days:]` — for Manage Server only, privately: what this server's members asked. */
export const reportCommand: SlashCommand = {
  data: {
    name: "report",
    description: "What members asked: most asked, declined, not helpful, words the article lacks",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    options: [
      {
        name: "days",
        description: `How many days back (default ${DEFAULT_REPORT_DAYS})`,
        type: ApplicationCommandOptionType.Integer,
        min_value: 1,
        max_value: MAX_REPORT_DAYS,
      },
    ],
  },

  async execute(interaction, context) {
    const reply = (text: string) =>
      interaction.reply({ ...textReply(text), flags: MessageFlags.Ephemeral });
    // The default permission is a server's to change; the check here is the one that holds.
    const guildId = interaction.guildId;
    if (!guildId || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await reply(REPORT_REFUSED);
      return;
    }
    const { recorder } = context;
    if (!recorder) {
      await reply(REPORT_UNAVAILABLE);
      return;
    }
    const days = Math.min(
      MAX_REPORT_DAYS,
      Math.max(1, interaction.options.getInteger("days") ?? DEFAULT_REPORT_DAYS),
    );
    await recorder.flush();
    const report = await recorder.store.report({ guildId, since: Date.now() - days * DAY_MS });
    await interaction.reply({
      ...buildReportReply(reportSections(report, ENTRIES), days),
      flags: MessageFlags.Ephemeral,
    });
  },
};
