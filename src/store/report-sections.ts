import type { Report, ReportQuestion, WordCount } from "./records.ts";

/** What a report shows an admin, each list most frequent first. */
export interface ReportSections {
  mostAsked: ReportQuestion[];
  /** Declined the last time they were asked: what the documents do not answer. */
  declined: ReportQuestion[];
  /** Voted Not helpful at least once, the most such votes first. */
  notHelpful: ReportQuestion[];
  /** Words members use that the documents lack: candidates for synonyms. */
  unknownWords: WordCount[];
}

/** The sections of `report`, `limit` entries each at most. */
export function reportSections(report: Report, limit: number): ReportSections {
  const { questions } = report;
  return {
    mostAsked: questions.slice(0, limit),
    declined: questions.filter((entry) => entry.outcome === "declined").slice(0, limit),
    notHelpful: questions
      .filter((entry) => entry.notHelpful > 0)
      .sort((a, b) => b.notHelpful - a.notHelpful || b.asked - a.asked)
      .slice(0, limit),
    unknownWords: report.unknownWords.slice(0, limit),
  };
}

/** How an entry is described after its question: outcome and votes. */
export function entryDetails(entry: ReportQuestion): string {
  const votes =
    entry.helpful + entry.notHelpful === 0
      ? "no votes"
      : `${entry.helpful} helpful, ${entry.notHelpful} not helpful`;
  return `${entry.outcome} · ${votes}`;
}
