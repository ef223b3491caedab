import type { ReportQuestion } from "../store/records.ts";
import type { ReportSections } from "../store/report-sections.ts";
import { entryDetails } from "../store/report-sections.ts";

function questionLines(entries: readonly ReportQuestion[]): string[] {
  if (entries.length === 0) return ["  none"];
  const width = Math.max(...entries.map((entry) => String(entry.asked).length));
  return entries.map(
    (entry) =>
      `  ${String(entry.asked).padStart(width)}×  ${entry.question.replace(/\s+/g, " ")} — ${entryDetails(entry)}`,
  );
}

/**
 * The report as the terminal shows it: a heading naming the period and the
 * server, then the four lists, and where to map the missing words.
 */
export function formatReport(
  sections: ReportSections,
  scope: { days: number; guildId?: string },
): string {
  const where = scope.guildId ? `server ${scope.guildId}` : "every server and DM";
  const words = sections.unknownWords.map(({ word, count }) => `${word} ×${count}`).join(", ");
  return [
    `Questions asked in the last ${scope.days} days, ${where}`,
    "",
    "Most asked",
    ...questionLines(sections.mostAsked),
    "",
    "Declined",
    ...questionLines(sections.declined),
    "",
    "Voted not helpful",
    ...questionLines(sections.notHelpful),
    "",
    "Words members use that the documents lack",
    `  ${words || "none"}`,
    "",
    "Map a missing word to the documents' word in content/synonyms.yml, e.g. kremlin: [moscow]",
  ].join("\n");
}
