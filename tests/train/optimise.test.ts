import { describe, expect, it } from "vitest";
import { probabilityOf } from "../../src/core/fitted-model.ts";
import { fitLogistic, fitRanking } from "../../src/train/optimise.ts";

/** A question whose candidates are given as rows of two features; `right` marks the answering one. */
function question(rows: number[][], right: number) {
  return {
    features: Float64Array.from(rows.flat()),
    answers: Uint8Array.from(rows.map((_, i) => (i === right ? 1 : 0))),
  };
}

describe("fitting ranking weights", () => {
  // The answering candidate is always the one highest on the first feature; the second is noise.
  const examples = [
    question(
      [
        [0.9, 0.1],
        [0.2, 0.9],
        [0.1, 0.5],
      ],
      0,
    ),
    question(
      [
        [0.3, 0.8],
        [0.7, 0.2],
        [0.1, 0.9],
      ],
      1,
    ),
    question(
      [
        [0.2, 0.3],
        [0.1, 0.7],
        [0.8, 0.4],
      ],
      2,
    ),
    question(
      [
        [0.6, 0.6],
        [0.5, 0.9],
        [0.4, 0.1],
      ],
      0,
    ),
  ];

  it("weighs the signal that tells the answering candidate apart above one that does not", () => {
    const [signal, noise] = fitRanking(examples, 2, [0.1, 0.1]);
    expect(signal).toBeGreaterThan((noise ?? 0) + 1);
  });

  it("keeps every weight non-negative, even for a signal that points the wrong way", () => {
    const misleading = examples.map(({ features, answers }) => ({
      features: features.map((value, i) => (i % 2 === 1 ? 1 - value : value)),
      answers,
    }));
    const flipped = misleading.map(({ features, answers }) => ({
      features: Float64Array.from(features),
      answers,
    }));
    const weights = fitRanking(flipped, 2, [0.1, 0.1]);
    for (const weight of weights) expect(weight).toBeGreaterThanOrEqual(0);
  });

  it("gives the same weights on every run", () => {
    expect(fitRanking(examples, 2, [0.1, 0.1])).toEqual(fitRanking(examples, 2, [0.1, 0.1]));
  });

  it("learns nothing from questions without both an answering and a non-answering candidate", () => {
    const useless = [
      question([[0.9, 0.1]], 0),
      question(
        [
          [0.2, 0.3],
          [0.5, 0.5],
        ],
        -1,
      ),
    ];
    expect(fitRanking(useless, 2, [0.1, 0.2], { penalty: 0 })).toEqual([0.1, 0.2]);
  });
});

describe("fitting the decision", () => {
  const rows = [
    [0.9, 3],
    [0.8, 1],
    [0.7, 2],
    [0.2, 3],
    [0.1, 1],
    [0.3, 2],
  ];
  const labels = [1, 1, 1, 0, 0, 0];

  it("gives a higher probability where the separating feature is higher", () => {
    const fit = fitLogistic(rows, labels);
    const model = { features: ["a", "b"], ...fit, declineBelow: 0, lowBelow: 0 };
    expect(probabilityOf(model, [0.85, 2])).toBeGreaterThan(0.5);
    expect(probabilityOf(model, [0.15, 2])).toBeLessThan(0.5);
  });

  it("standardises each feature by its mean and spread", () => {
    const fit = fitLogistic(rows, labels);
    expect(fit.mean[0]).toBeCloseTo(0.5, 10);
    expect(fit.mean[1]).toBeCloseTo(2, 10);
    expect(fit.scale[1]).toBeCloseTo(Math.sqrt(2 / 3), 10);
  });

  it("treats a feature that never varies as carrying nothing", () => {
    const constant = rows.map(([a]) => [a as number, 5]);
    const fit = fitLogistic(constant, labels);
    expect(fit.scale[1]).toBe(1);
    expect(fit.weights[1]).toBeCloseTo(0, 10);
  });
});
