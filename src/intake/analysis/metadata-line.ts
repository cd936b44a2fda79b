import { cuesFor } from './languages/index.js';
import { tokenize } from './tokens.js';
import type { DropReason } from './types.js';

/**
 * Lines made of short fields, as pages print their metadata and menus:
 * "By Jane Doe | 3 May 2024, 10:12 | 4 min read | 2,877 views",
 * "Publié le 21/07/2026 à 08h30 · Mis à jour à 10h12", "News | Sport | Weather".
 * Each field is classified; a line whose fields are all metadata (or names)
 * is metadata, a line of several short link-like fields is navigation. A
 * sentence split by dashes has verbs and long fields, and is left alone.
 */

const FIELD_SEPARATOR = /\s[|·•–—-]\s|\s?\|\s?/;
const ALL_CUES = cuesFor('und');
/** Words that sit between the parts of a printed date or time. */
const DATE_GLUE = new Set([
  'at', 'on', 'the', 'of', 'à', 'a', 'las', 'le', 'el', 'del', 'de', 'den', 'um', 'uhr', 'h', 'am', 'pm', 'cest', 'cet',
  'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'года', 'г', 'в', 'st', 'nd', 'rd', 'th', 'er', 'ago', 'hours', 'hour',
  'minutes', 'heures', 'horas', 'stunden', 'часов', 'hace', 'il', 'y', 'vor',
]);
const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'févr', 'fevr', 'avr',
  'juil', 'déc', 'ene', 'abr', 'ago', 'dic', 'mär', 'okt', 'dez', 'янв', 'фев', 'апр', 'июн', 'июл', 'авг', 'сен', 'окт',
  'ноя', 'дек',
]);
const COUNTER = /^(?:\d[\d\s.,]{0,12})\s?(?:views?|vues?|visitas?|visualizaciones|lecturas|aufrufe|просмотр\p{L}{0,3}|comments?|commentaires?|comentarios?|kommentare?|коммент\p{L}{0,6}|shares?|partages?|compartidos|réactions?|reacciones|reactions?|likes?|lectures?|reads?)$/iu;
const READING_TIME = /^(?:\d{1,3}\s?(?:min(?:ute)?s?|minutos?|minuten|мин)\.?(?:\s(?:read|de lectura|de lecture|lesezeit|чтения))?|(?:reading time|read time|lecture|temps de lecture|tiempo de lectura|lesedauer|lesezeit|время чтения)\s?:?\s?\d{1,3}\s?\p{L}{0,8}\.?)$/iu;
const STAMP = /^(?:published|updated|posted|last updated|first published|reviewed by|medically reviewed|fact[- ]checked|publié|mis à jour|dernière modification|modifié|actualizado|publicado|última actualización|aktualisiert|veröffentlicht|stand|zuletzt aktualisiert|обновлено|опубликовано|تاريخ النشر|آخر تحديث|نشر في)(?![\p{L}\p{N}])/iu;
const BYLINE = /^(?:(?:[Bb]y|[Pp]ar|[Pp]or|[Vv]on|[Оо]т|[Pp]osted by|[Ww]ritten by|[Rr]eporting by|Texte?|Texto)\s(?:la rédaction|la redacción|der [Rr]edaktion|\p{Lu})|بقلم\s?:?\s\p{L})/u;
/** A label alone or introducing a value: "BREAKING", "Source: agencies". */
const LABEL = /^(?:breaking(?: news)?|exclusive|exclusif|exclusiva|urgent|eilmeldung|срочно|live|redacción|la rédaction|rédaction|redaktion|редакция|agencias|agences|agenturen|agencies|source|fuente|quelle|источник)(?:\s?:.{0,60})?$/iu;

type FieldKind = 'strong' | 'name' | 'other';

function dateOnly(field: string): boolean {
  const tokens = tokenize(field);
  if (tokens.length === 0 || tokens.length > 10 || !/\d/.test(field)) return false;
  return tokens.every(
    (t) =>
      /^\d{1,4}(?:h\d{2})?$/.test(t.lower) ||
      DATE_GLUE.has(t.lower) ||
      MONTH_ABBREVIATIONS.has(t.lower) ||
      ALL_CUES.months.has(t.lower) ||
      ALL_CUES.dates.has(t.lower),
  );
}

function kindOf(field: string): FieldKind {
  const words = field.split(' ').length;
  if (dateOnly(field) || COUNTER.test(field) || READING_TIME.test(field)) return 'strong';
  if (words <= 12 && STAMP.test(field)) return 'strong';
  if (words <= 8 && BYLINE.test(field)) return 'strong';
  if (words <= 6 && LABEL.test(field)) return 'strong';
  if (words <= 5 && /^[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*){0,4},?$/u.test(field)) return 'name';
  return 'other';
}

export function fieldLine(text: string): { reason: DropReason; detail: string } | null {
  // a finished sentence is not a field line, unless bars or dots divide it
  if (text.length > 400 || (/[.!?]["”’»]?$/.test(text) && !/[|·•]/.test(text))) return null;
  const fields = text.split(FIELD_SEPARATOR).map((f) => f.trim().replace(/,$/, '')).filter((f) => f.length > 0);
  if (fields.length === 0 || fields.length > 15) return null;
  const kinds = fields.map(kindOf);
  const strong = kinds.filter((k) => k === 'strong').length;
  const other = kinds.filter((k) => k === 'other').length;
  if (strong >= 1 && (other === 0 || (strong >= 2 && other === 1 && fields.length >= 3))) {
    return { reason: 'metadata', detail: 'A line of publication details (byline, date, reading time, counters).' };
  }
  const menu = fields.length >= 3 && fields.every((f) => f.split(' ').length <= 4 && !/[.!?]$/.test(f));
  if (menu) return { reason: 'navigation', detail: 'A menu of links separated by bars or dots.' };
  // "DISPATCH - news they don't want you to read", "Radio Sud Info - L'actualité du Sud en continu"
  const shouted = /^[\p{Lu}\p{N}][\p{Lu}\p{N} &'-]{1,40}$/u.test(fields[0]) && /\p{Lu}{2}/u.test(fields[0]);
  const masthead = fields.length === 2 && (shouted || kinds[0] === 'name') && !/[.!?]$/.test(text) && text.split(' ').length <= (shouted ? 16 : 12);
  if (masthead) return { reason: 'navigation', detail: "The site's name and tagline." };
  return null;
}
