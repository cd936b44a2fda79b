import { PhraseSet } from '../phrase-set.js';
import { ar } from './ar.js';
import type { LanguageCues } from './cues.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';

const TABLES: readonly LanguageCues[] = [en, fr, es, de, ru, ar];

/** Languages with scoring cues; any other language is scored with all tables at once. */
export const INTAKE_LANGUAGES: readonly string[] = TABLES.map((t) => t.code);

/** A cue table ready for matching. */
export interface CompiledCues {
  code: string;
  stopWords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  nameTitles: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  passiveMarkers: ReadonlySet<string>;
  clauseWords: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  verbFirst: boolean;
  /** Speech verbs that may precede their subject; null: any may. */
  invertingVerbs: ReadonlySet<string> | null;
  months: PhraseSet;
  attributionBefore: PhraseSet;
  attributionAfter: PhraseSet;
  attributionVerbs: PhraseSet;
  appositiveOpeners: PhraseSet;
  roles: PhraseSet;
  numberWords: PhraseSet;
  dates: PhraseSet;
  comparisons: PhraseSet;
  causal: PhraseSet;
  statistics: PhraseSet;
  hedges: PhraseSet;
  opinions: PhraseSet;
  firstPerson: ReadonlySet<string>;
  boilerplate: PhraseSet;
  cardinals: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
}

function compile(code: string, tables: readonly LanguageCues[]): CompiledCues {
  const all = <K extends keyof LanguageCues>(key: K) => tables.flatMap((t) => t[key] as readonly string[]);
  const set = <K extends keyof LanguageCues>(key: K) => new Set(all(key).map((w) => w.toLowerCase()));
  const phrases = <K extends keyof LanguageCues>(...keys: K[]) => new PhraseSet(keys.flatMap((k) => all(k)));
  const numeric = (key: 'cardinals' | 'multipliers') => new Map(tables.flatMap((t) => Object.entries(t[key])));
  return {
    code,
    stopWords: set('stopWords'),
    abbreviations: set('abbreviations'),
    nameTitles: set('nameTitles'),
    pronouns: set('pronouns'),
    auxiliaries: set('auxiliaries'),
    passiveMarkers: set('passiveMarkers'),
    clauseWords: set('clauseWords'),
    conjunctions: set('conjunctions'),
    verbFirst: tables.length === 1 && tables[0].verbFirst === true,
    invertingVerbs: tables.length === 1 && tables[0].invertingVerbs ? new Set(tables[0].invertingVerbs) : null,
    months: phrases('months'),
    attributionBefore: phrases('attributionBefore'),
    attributionAfter: phrases('attributionAfter'),
    attributionVerbs: phrases('attributionVerbs'),
    appositiveOpeners: phrases('appositiveOpeners'),
    roles: phrases('roles'),
    numberWords: phrases('numberWords'),
    dates: phrases('months', 'weekdays', 'relativeDates'),
    comparisons: phrases('comparisons'),
    causal: phrases('causal'),
    statistics: phrases('statistics'),
    hedges: phrases('hedges'),
    opinions: phrases('opinions'),
    firstPerson: set('firstPerson'),
    boilerplate: phrases('boilerplate'),
    cardinals: numeric('cardinals'),
    multipliers: numeric('multipliers'),
  };
}

const COMPILED = new Map<string, CompiledCues>(TABLES.map((t) => [t.code, compile(t.code, [t])]));
const ANY = compile('und', TABLES);

/** The cues of a language (ISO 639-1, region ignored); all tables merged for a language without one. */
export function cuesFor(language: string): CompiledCues {
  return COMPILED.get(language.toLowerCase().slice(0, 2)) ?? ANY;
}

/** The raw tables, for the language check on short texts. */
export function cueTables(): readonly LanguageCues[] {
  return TABLES;
}
