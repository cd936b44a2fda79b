import { ACTORS, EVENTS, MEASURES, PLACES, SUBJECTS, TRENDS } from './corpus.js';

/** A small seeded generator (mulberry32): the same article on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A long news feature in plain text, built deterministically: a headline,
 * a dateline, then paragraphs of three to six sentences mixing what an
 * analysis must tell apart: attributed claims with figures and years,
 * quotes, background, opinion, questions, and a little page furniture at
 * the end. About `words` words (it stops at the first paragraph past it).
 */
export function buildArticle(words = 5_000, seed = 2016): { text: string; words: number } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const figure = () => Math.floor(10 + next() * 9_990).toLocaleString('en-US');
  const year = () => 2008 + Math.floor(next() * 18);
  const sentences: (() => string)[] = [
    () => `${capital(pick(ACTORS))} said ${figure()} ${pick(SUBJECTS)} were ${pick(EVENTS)} in ${pick(PLACES)} in ${year()}.`,
    () => `${figure()} ${pick(SUBJECTS)} were ${pick(EVENTS)} in ${pick(PLACES)} last month, according to ${pick(ACTORS)}.`,
    () => `${capital(pick(MEASURES))} in ${pick(PLACES)} ${pick(TRENDS)} by ${2 + Math.floor(next() * 60)} percent in ${year()}, ${pick(ACTORS)} claimed.`,
    () => `${capital(pick(ACTORS))} denied that any ${pick(SUBJECTS)} had been ${pick(EVENTS)} near ${pick(PLACES)}.`,
    () => `"We have ${pick(EVENTS)} more ${pick(SUBJECTS)} this year than in the previous three together," ${pick(ACTORS)} told reporters in ${pick(PLACES)}.`,
    () => `Residents of ${pick(PLACES)} described long queues outside the offices where ${pick(SUBJECTS)} are counted each morning.`,
    () => `The road from ${pick(PLACES)} to ${pick(PLACES)} was quiet on Tuesday, and few shops had opened by noon.`,
    () => `Many people here believe the situation will not improve before the winter, and some say it will get worse.`,
    () => `Will ${pick(ACTORS)} keep its promise to the families of ${pick(PLACES)}?`,
    () => `I walked through the market with a teacher who asked not to be named.`,
    () => `Since ${year()}, ${pick(MEASURES)} has ${pick(TRENDS)} in every district but ${pick(PLACES)}, where ${pick(ACTORS)} blames the drought.`,
    () => `About ${figure()} ${pick(SUBJECTS)} remain in ${pick(PLACES)}, twice as many as ${pick(ACTORS)} reported a year earlier.`,
  ];
  const paragraphs = [`${capital(pick(SUBJECTS))} ${pick(EVENTS)} in ${pick(PLACES)} as ${pick(MEASURES)} ${pick(TRENDS)}`, `${pick(PLACES).toUpperCase()}, 12 March`];
  let count = 0;
  while (count < words) {
    const length = 3 + Math.floor(next() * 4);
    const paragraph = Array.from({ length }, () => pick(sentences)()).join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  paragraphs.push('Share this article', 'Sign up for our newsletter', '© 2026 The Example Gazette. All rights reserved.');
  return { text: paragraphs.join('\n\n'), words: count };
}
