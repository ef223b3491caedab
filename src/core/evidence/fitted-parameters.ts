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
      1.666092, 1.405545, 1.440737, 1.530552, 1.643861, 2.159544, 1.334173, 0.822859, 2.970385,
      1.403457, 0, -0.114378, -0.301895, 0.114115, 0.027081, -0.076132, -0.004425, -0.095901,
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
      0.614827, 0.129291, 0.575804, 0.601104, 0.599308, 0.531631, 0.824604, 0.741225, 0.646055,
      0.459533, 0.087932, 0.049877, 0.31185, 1.736445,
    ],
    scale: [
      0.17059, 0.128773, 0.280117, 0.280461, 0.269335, 0.293778, 0.172101, 1.225214, 1.008482,
      0.772316, 0.283195, 0.21769, 0.463249, 0.303682,
    ],
    weights: [
      0.140987, 0.16695, 0.168704, 0.202972, 0.34142, 0.111317, 0.2293, -0.207011, -0.165897,
      -0.064417, -0.118974, -0.042135, -0.026694, 0.201554,
    ],
    bias: -1.609402,
    declineBelow: 0.057842,
    lowBelow: 0.448391,
  },
};
