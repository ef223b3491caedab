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
      "via:spelling",
      "via:typo",
      "via:synonym",
      "via:relative",
      "via:derived",
      "via:inflected",
      "via:phrasal",
    ],
    weights: [
      2.882679, 2.283551, 2.363152, 1.492164, 1.857379, 0, 2.321362, 2.15123, 0, 0, 0, 0.098371, 0,
      0.014184, 0,
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
      0.61878, 0.132045, 0.559726, 0.583385, 0.582045, 0.511445, 0.819285, 0.816506, 0.695612,
      0.492242, 0.098412, 0.050577, 0.31211, 1.736517,
    ],
    scale: [
      0.158074, 0.148283, 0.28737, 0.287978, 0.276345, 0.30116, 0.175514, 1.289743, 1.063913,
      0.813734, 0.297871, 0.219132, 0.463354, 0.303136,
    ],
    weights: [
      0.126394, 0.160039, 0.202071, 0.210866, 0.322486, 0.134659, 0.222087, -0.221939, -0.268247,
      -0.187453, -0.133466, -0.037305, -0.032907, 0.201925,
    ],
    bias: -1.857455,
    declineBelow: 0.059778,
    lowBelow: 0.5,
  },
};
