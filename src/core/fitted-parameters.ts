/**
 * The fitted parameters of ranking and deciding. Written by `npm run train`
 * (see docs/fitting.md): do not edit by hand; CI checks that this file is
 * what training produces.
 */
import type { FittedParameters } from "./fitted-model.ts";

export const FITTED: FittedParameters = {
  credits: {
    spelling: 0.6,
    typo: 0.85,
    synonym: 0.6,
    relative: 0.3,
    derived: 0.7,
    inflected: 0.85,
    phrasal: 0.6,
  },
  ranking: {
    features: [
      "bm25",
      "coverage",
      "sentence",
      "answerType",
      "phrase",
      "speaker",
      "documentShare",
      "englishCoverage",
      "bm25Rank",
      "paragraph",
      "englishSentence",
      "wholeSentence",
      "via:spelling",
      "via:typo",
      "via:synonym",
      "via:relative",
      "via:derived",
      "via:inflected",
      "via:phrasal",
    ],
    weights: [
      1.664343, 1.394103, 1.43045, 1.53054, 1.652755, 0, 2.159944, 1.326804, 0.822948, 2.965083,
      1.397407, 0, 0, 0, 0.121034, 0.027918, 0, 0, 0,
    ],
  },
  decision: {
    features: [
      "score",
      "margin",
      "coverage",
      "englishCoverage",
      "matchedShare",
      "exactShare",
      "bestMatchedInformativeness",
      "unknown",
      "unknownInformation",
      "unknownEnglishInformation",
      "unknownName",
      "missingType",
      "typed",
      "informative",
    ],
    mean: [
      0.615715, 0.129421, 0.575898, 0.601182, 0.599248, 0.531284, 0.824942, 0.741438, 0.646118,
      0.459603, 0.087888, 0.049875, 0.311837, 1.73644,
    ],
    scale: [
      0.170784, 0.128951, 0.280047, 0.28038, 0.269357, 0.294087, 0.172111, 1.225547, 1.008597,
      0.772444, 0.283131, 0.217686, 0.463244, 0.303677,
    ],
    weights: [
      0.143909, 0.168175, 0.166516, 0.200634, 0.339137, 0.113861, 0.22978, -0.207841, -0.166275,
      -0.065025, -0.118471, -0.042196, -0.02939, 0.201849,
    ],
    bias: -1.610351,
    declineBelow: 0.057456,
    lowBelow: 0.449067,
  },
};
