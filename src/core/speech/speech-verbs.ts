/**
 * The verbs of speech, in one list: each form with where it counts. An
 * article introduces a quotation with a reporting form ("…,” said Lavrov;
 * "Lavrov has alluded to “…”"), and a question asks what someone said with
 * a form of its own ("what did Lavrov say", "what did he call it"): the two
 * uses overlap but are not the same, so each form says which it serves.
 */

/** Where a form of a speech verb counts: introducing a quotation in a document, or asking about one. */
type SpeechUse = "article" | "question";

const BOTH: readonly SpeechUse[] = ["article", "question"];
const ARTICLE: readonly SpeechUse[] = ["article"];
const QUESTION: readonly SpeechUse[] = ["question"];

/** Every form of a speech verb the engine knows, verb by verb, and what it serves. */
const SPEECH_VERB_FORMS: readonly (readonly [string, readonly SpeechUse[]])[] = [
  ["say", BOTH],
  ["says", BOTH],
  ["said", BOTH],
  ["saying", QUESTION],
  ["claim", QUESTION],
  ["claims", BOTH],
  ["claimed", BOTH],
  ["call", QUESTION],
  ["calls", BOTH],
  ["called", BOTH],
  ["tell", QUESTION],
  ["tells", BOTH],
  ["told", BOTH],
  ["argue", QUESTION],
  ["argues", BOTH],
  ["argued", BOTH],
  ["state", QUESTION],
  ["states", ARTICLE],
  ["stated", BOTH],
  ["warn", QUESTION],
  ["warns", ARTICLE],
  ["warned", BOTH],
  ["quote", QUESTION],
  ["quoted", QUESTION],
  ["allude", QUESTION],
  ["alluded", QUESTION],
  ["alluded to", ARTICLE],
  ["has alluded to", ARTICLE],
  ["have alluded to", ARTICLE],
  ["describe", QUESTION],
  ["describes", ARTICLE],
  ["described", BOTH],
  ["talk", QUESTION],
  ["talks", QUESTION],
  ["talking", QUESTION],
  ["talked", QUESTION],
  ["mention", QUESTION],
  ["mentioned", QUESTION],
  ["think", QUESTION],
  ["thinks", QUESTION],
  ["thought", QUESTION],
  ["put it", BOTH],
  ["puts it", ARTICLE],
  ["noted", ARTICLE],
  ["notes", ARTICLE],
  ["declared", ARTICLE],
  ["declares", ARTICLE],
  ["wrote", ARTICLE],
  ["writes", ARTICLE],
  ["added", ARTICLE],
  ["adds", ARTICLE],
  ["asked", ARTICLE],
  ["asks", ARTICLE],
  ["explained", ARTICLE],
  ["explains", ARTICLE],
  ["insisted", ARTICLE],
  ["insists", ARTICLE],
  ["remarked", ARTICLE],
  ["remarks", ARTICLE],
  ["announced", ARTICLE],
  ["announces", ARTICLE],
  ["according to", ARTICLE],
];

/** The forms serving `use`, as a regular-expression alternation ("say|says|…"). */
function formsFor(use: SpeechUse): string {
  return SPEECH_VERB_FORMS.filter(([, uses]) => uses.includes(use))
    .map(([form]) => form)
    .join("|");
}

/** Forms that introduce a quotation in a document, as an alternation. */
export const REPORTING_VERBS = formsFor("article");

/** Forms a question asking what someone said uses, as an alternation. */
export const ASKING_VERBS = formsFor("question");
