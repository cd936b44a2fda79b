/**
 * The shape of one language's cue table. Every word list is data: the scorer,
 * the segmenter and the claimant finder read them and hold no words of their
 * own. Entries are lower-case word sequences separated by single spaces
 * (punctuation and apostrophes split words: "d'après" is "d après");
 * a trailing `*` on a single-word entry matches any word it begins
 * (inflected languages: "заяви*" is заявил, заявила, заявили).
 */
export interface LanguageCues {
  code: string;
  /** Function words: removed by claimTerms, counted by the short-text language check, ignored when finding names. */
  stopWords: readonly string[];
  /** Abbreviations written with a final full stop that does not end a sentence (without the dot). */
  abbreviations: readonly string[];
  /** Abbreviated titles that always precede a name ("Dr", "Gen", "M"): never end a sentence after them. */
  nameTitles: readonly string[];
  /** Phrases followed by who says it: "according to X", "selon X". */
  attributionBefore: readonly string[];
  /** Phrases preceded by who says it: "X zufolge". */
  attributionAfter: readonly string[];
  /** Speech verbs: the claimant is the clause's subject, or follows the verb when it comes first ("…," said X). */
  attributionVerbs: readonly string[];
  /** Auxiliaries and particles that may stand between the subject and the speech verb ("a déclaré", "has said"). */
  auxiliaries: readonly string[];
  /** Auxiliaries that make a speech verb passive and claimant-less ("were reported to"). */
  passiveMarkers: readonly string[];
  /** Words after which a subject begins or at which a claimant phrase ends ("that", "who", "after"). */
  clauseWords: readonly string[];
  /** Conjunctions stripped from the front of a claimant ("and he said"). */
  conjunctions: readonly string[];
  /** Speech verbs that may come before their subject after a quote or clause ("…, said the minister"); absent: any speech verb may. */
  invertingVerbs?: readonly string[];
  /** Speech verbs usually come before their subject (Arabic: "قال الوزير"). */
  verbFirst?: boolean;
  /** Words that open an appositive ("which", "also known as"), skipped when looking for the claimant. */
  appositiveOpeners: readonly string[];
  /** Roles and bodies that make a phrase an actor ("defence minister", "spokesman", "ministry"). */
  roles: readonly string[];
  /** Personal pronouns that stand for an earlier claimant ("he said"). */
  pronouns: readonly string[];
  numberWords: readonly string[];
  months: readonly string[];
  weekdays: readonly string[];
  relativeDates: readonly string[];
  comparisons: readonly string[];
  causal: readonly string[];
  statistics: readonly string[];
  hedges: readonly string[];
  opinions: readonly string[];
  firstPerson: readonly string[];
  boilerplate: readonly string[];
  /** Cardinals spelled out, for claimTerms' number agreement ("nine" is 9; "hundred" multiplies what precedes it, thousands are `multipliers`). */
  cardinals: Readonly<Record<string, number>>;
  /** Multipliers after a figure ("1.5 million"). */
  multipliers: Readonly<Record<string, number>>;
}
