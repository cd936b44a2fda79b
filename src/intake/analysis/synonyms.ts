/**
 * Names that outlets spell differently, folded to one term so the matcher
 * sees "ISIL" and "Daesh" as the same actor. Kept small and generic: only
 * names whose spellings routinely differ between outlets and languages.
 * `acronyms` match only as written in capitals ("IS", "US"), never the
 * words "is" and "us".
 */
export interface SynonymGroup {
  term: string;
  variants: readonly string[];
  acronyms: readonly string[];
}

export const SYNONYMS: readonly SynonymGroup[] = [
  {
    term: 'islamic_state',
    variants: ['isis', 'isil', 'islamic state', 'daesh', 'daech', 'da esh', 'estado islámico', 'état islamique', 'etat islamique', 'islamischer staat', 'игил', 'даиш', 'исламское государство', 'داعش', 'الدولة الإسلامية'],
    acronyms: ['IS', 'EI', 'EIIL'],
  },
  {
    term: 'united_states',
    variants: ['united states', 'united states of america', 'u s', 'u s a', 'usa', 'america', 'american', 'americans', 'états unis', 'etats unis', 'estados unidos', 'ee uu', 'eeuu', 'vereinigte staaten', 'сша', 'америка', 'الولايات المتحدة', 'أمريكا', 'washington'],
    acronyms: ['US'],
  },
  {
    term: 'united_kingdom',
    variants: ['united kingdom', 'u k', 'britain', 'great britain', 'royaume uni', 'reino unido', 'großbritannien', 'великобритания', 'بريطانيا'],
    acronyms: ['UK'],
  },
  {
    term: 'united_nations',
    variants: ['united nations', 'u n', 'nations unies', 'naciones unidas', 'vereinte nationen', 'оон', 'الأمم المتحدة'],
    acronyms: ['UN', 'ONU', 'UNO'],
  },
  {
    term: 'european_union',
    variants: ['european union', 'union européenne', 'unión europea', 'europäische union', 'евросоюз', 'الاتحاد الأوروبي'],
    acronyms: ['EU', 'UE'],
  },
  {
    term: 'defense',
    variants: ['defence', 'defense'],
    acronyms: [],
  },
];
