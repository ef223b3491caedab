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
      1.68405, 1.404106, 1.432265, 1.537942, 1.655318, 2.174414, 1.333862, 0.830766, 2.96241,
      1.39554, 0, -0.114567, -0.3668, 0.116241, 0.027968, -0.072282, -0.004962, -0.096412,
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
      0.61372, 0.129469, 0.573974, 0.599344, 0.598189, 0.530384, 0.824974, 0.74835, 0.653226,
      0.459538, 0.088053, 0.049755, 0.308854, 1.738255,
    ],
    scale: [
      0.17017, 0.128517, 0.280047, 0.280477, 0.269403, 0.293923, 0.172104, 1.230388, 1.014392,
      0.772294, 0.283372, 0.217439, 0.462021, 0.304788,
    ],
    weights: [
      0.133757, 0.165338, 0.157765, 0.198578, 0.35191, 0.110302, 0.222003, -0.198901, -0.155378,
      -0.085467, -0.124641, -0.049355, -0.031813, 0.210446,
    ],
    bias: -1.600154,
    declineBelow: 0.058706,
    lowBelow: 0.442403,
  },
};
