/**
 * Forms of English irregular verbs (the `english-verbs-irregular` list, 569
 * verbs): "send", "sent"; "flee", "fled"; "fly", "flew", "flown". A stemmer
 * leaves them apart, so "what message was it sending" would miss "sent a
 * clear signal".
 */
import { createRequire } from "node:module";

/** Each verb's past tense and past participle pairs, by base form. */
type VerbTable = Record<string, [string, string][]>;

/** Every form of every irregular verb, to all the forms of its verb. Built on first use. */
let formsByWord: Map<string, readonly string[]> | undefined;

/** Reads the verb list now rather than on the first question that needs it. */
export function loadIrregularVerbs(): void {
  table();
}

function table(): Map<string, readonly string[]> {
  if (formsByWord) return formsByWord;
  const verbs = createRequire(import.meta.url)(
    "english-verbs-irregular/dist/verbs.json",
  ) as VerbTable;
  formsByWord = new Map();
  for (const [base, tenses] of Object.entries(verbs)) {
    const forms = [...new Set([base, ...tenses.flat()])];
    for (const form of forms) {
      const known = formsByWord.get(form) ?? [];
      formsByWord.set(form, [...new Set([...known, ...forms])]);
    }
  }
  return formsByWord;
}

/** Regular endings read back to a base form: "sending" → "send", "flies" → "fly", "makes" → "make". */
const ENDINGS: readonly [string, string][] = [
  ["ing", ""],
  ["ing", "e"],
  ["ies", "y"],
  ["es", ""],
  ["s", ""],
];

/**
 * The other forms of the irregular verb `word` is a form of ("sent" → "send";
 * "sending" → "send", "sent"; "flew" → "fly", "flown"), or none when it is
 * no form of one.
 */
export function irregularVerbForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = table();
  const direct = forms.get(lower);
  const found = new Set(direct ?? []);
  if (!direct) {
    for (const [ending, replacement] of ENDINGS) {
      if (!lower.endsWith(ending)) continue;
      for (const form of forms.get(lower.slice(0, -ending.length) + replacement) ?? []) {
        found.add(form);
      }
    }
  }
  found.delete(lower);
  return [...found];
}
