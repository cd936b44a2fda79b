/**
 * Is this sentence the same claim as that one? Two outlets rarely say a thing
 * in the same words ("re-entered", "recaptured", "seized control of"), while
 * two different claims about one event share most of their vocabulary (the
 * place, the actors). So the decision weighs three things, each explainable:
 * the content words both share (stems, with spelling variants of names folded
 * by the analysis), the kind of event both describe (a capture, a killing, a
 * deployment...), and the figures: a shared figure is strong evidence of the
 * same claim, two different figures are two different claims.
 */

/** A sentence reduced for comparison: see `claimTerms` in the analysis. */
export interface ClaimKey {
  terms: readonly string[];
  numbers: readonly string[];
}

export interface SameClaimVerdict {
  /** 0..1: how much the two read as one claim. */
  score: number;
  sameClaim: boolean;
  /** A sentence a person can check: what is shared, or what differs. */
  reason: string;
}

/** A match needs this score, shared words (or one shared word and exactly the same figures), and no contradiction. */
export const SAME_CLAIM_THRESHOLD = 0.45;

/**
 * Kinds of event news claims report, by stem prefixes in the languages the
 * desk scores. Outlets choose different verbs for the same event; matching
 * on the kind closes that gap without a model. Deliberately short: a wrong
 * entry would group different claims.
 */
const EVENT_KINDS: Record<string, readonly string[]> = {
  capture: ['captur', 'recaptur', 'retak', 'retook', 'seiz', 'overran', 'overrun', 'reent', 'prise', 'repris', 'reconquist', 'tom', 'erobert', 'einnahm', 'захват', 'взял', 'занял'],
  kill: ['kill', 'dead', 'death', 'die', 'slain', 'tu', 'mort', 'muert', 'matar', 'getötet', 'tot', 'убит', 'погиб'],
  deploy: ['deploy', 'dispatch', 'sent', 'send', 'reinforc', 'envoy', 'déploy', 'despleg', 'envi', 'entsand', 'stationier', 'направ', 'отправ'],
  withdraw: ['withdr', 'retreat', 'pullout', 'retir', 'repli', 'abzug', 'zurückgez', 'отступ', 'вывел'],
  deny: ['deni', 'deny', 'refus', 'reject', 'dément', 'nieg', 'bestritt', 'опроверг'],
};

const KIND_PREFIXES: [string, string][] = Object.entries(EVENT_KINDS).flatMap(([kind, prefixes]) => prefixes.map((prefix): [string, string] => [prefix, kind]));

/** The event kinds a set of terms describes, as `~kind` tokens (never equal to a word). */
export function eventKinds(terms: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const term of terms) {
    for (const [prefix, kind] of KIND_PREFIXES) {
      // Short prefixes ('tu', 'tom', 'tot') must be the whole stem, or they would catch unrelated words.
      if (prefix.length <= 3 ? term === prefix : term.startsWith(prefix)) kinds.add(`~${kind}`);
    }
  }
  return [...kinds];
}

export function sameClaim(a: ClaimKey, b: ClaimKey): SameClaimVerdict {
  const kindsA = eventKinds(a.terms);
  const kindsB = eventKinds(b.terms);
  const left = new Set([...a.terms, ...kindsA]);
  const right = new Set([...b.terms, ...kindsB]);
  if (left.size === 0 || right.size === 0) return { score: 0, sameClaim: false, reason: 'nothing to compare' };

  const shared = [...left].filter((term) => right.has(term));
  const sharedWords = shared.filter((term) => !term.startsWith('~')).length;
  // How much of the shorter sentence the other repeats, and how much evidence that is in absolute terms:
  // six shared content words say more than one, however long the sentences around them.
  const overlap = shared.length / Math.min(left.size, right.size);
  const strength = 1 - Math.exp(-shared.length / 3);
  const wordScore = 0.5 * overlap + 0.5 * strength;

  // Figures that identify a claim: not years (they say when) and not small counts ("three", "eight months"), which any two reports share by chance.
  const figuresA = new Set(a.numbers.filter(isTellingFigure));
  const figuresB = new Set(b.numbers.filter(isTellingFigure));
  const yearsA = new Set(a.numbers.filter(isYear));
  const yearsB = [...new Set(b.numbers.filter(isYear))];
  const otherYears = yearsA.size > 0 && yearsB.length > 0 && !yearsB.some((year) => yearsA.has(year));
  const sharedFigures = [...figuresA].filter((n) => figuresB.has(n));
  const bothHaveFigures = figuresA.size > 0 && figuresB.size > 0;
  // One report may add a figure the other leaves out: agreement is measured on the sentence with fewer.
  const figureScore = bothHaveFigures ? sharedFigures.length / Math.min(figuresA.size, figuresB.size) : 0;
  let score = bothHaveFigures ? 0.5 * wordScore + 0.5 * figureScore : wordScore;
  // Two different kinds of event (a killing, a deployment) are two claims, whatever else they share.
  const otherEvents = kindsA.length > 0 && kindsB.length > 0 && !kindsA.some((kind) => kindsB.includes(kind));
  if (otherEvents || otherYears) score *= 0.5;
  score = Math.round(score * 1000) / 1000;

  const words = shared.map((term) => (term.startsWith('~') ? `a ${term.slice(1)}` : term));
  const sharedText = shared.length === 0 ? 'no words in common' : `shares ${words.slice(0, 6).join(', ')}${words.length > 6 ? ', …' : ''} (${shared.length} of ${Math.min(left.size, right.size)})`;
  if (bothHaveFigures && sharedFigures.length === 0) {
    return { score, sameClaim: false, reason: `different figures (${[...figuresA].join(', ')} vs ${[...figuresB].join(', ')}); ${sharedText}` };
  }
  if (otherYears) {
    return { score, sameClaim: false, reason: `different years (${[...yearsA].join(', ')} vs ${yearsB.join(', ')}); ${sharedText}` };
  }
  if (otherEvents) {
    return { score, sameClaim: false, reason: `different events (${kindsA.map((k) => k.slice(1)).join(', ')} vs ${kindsB.map((k) => k.slice(1)).join(', ')}); ${sharedText}` };
  }
  // A figure alone is not enough: 4,000 fighters and 4,000 hectares are different claims.
  const enoughShared = sharedWords >= 2 || (sharedWords >= 1 && figureScore === 1);
  const figureText = sharedFigures.length > 0 ? `; same figure ${sharedFigures.join(', ')}` : '';
  return { score, sameClaim: score >= SAME_CLAIM_THRESHOLD && enoughShared, reason: `${sharedText}${figureText}` };
}

const isYear = (number: string) => /^(1[89]|20)\d\d$/.test(number);
const isTellingFigure = (number: string) => !isYear(number) && !(Number.isInteger(Number(number)) && Number(number) <= 12);
