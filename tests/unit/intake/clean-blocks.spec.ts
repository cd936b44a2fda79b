import { describe, expect, it } from '@jest/globals';
import { cleanLines } from '../../../src/intake/analysis/clean-blocks.js';
import type { DropReason } from '../../../src/intake/analysis/analyse-article.js';
import { analyse } from './build.js';

const STORY = [
  'Harbour traffic doubles after the new lock opens',
  'The harbour authority said on Monday that 420 ships passed the new lock in its first month, twice as many as a year earlier.',
  'Officials expect the figure to rise again when the second basin opens in May.',
];

/** A story with one furniture line inserted after its first paragraph. */
function withFurniture(line: string): string[] {
  return [STORY[0], line, STORY[1], STORY[2]];
}

describe('furniture cleaning', () => {
  const cases: [DropReason, string][] = [
    ['navigation', 'Skip to main content'],
    ['navigation', 'World > Europe > Politics'],
    ['share', 'Share on Facebook | Tweet | Email'],
    ['metadata', 'Published: 12 May 2021, 09:14'],
    ['metadata', 'Fact checked by the desk team'],
    ['metadata', '2021/05/12 09:14'],
    ['metadata', 'By Jane Example'],
    ['paywall', "You've read 3 of 10 free articles this month"],
    ['newsletter', 'Sign up for our morning newsletter'],
    ['disclaimer', 'Disclaimer: the views expressed here are the writer’s own.'],
    ['copyright', '© 2021 Example Media. All rights reserved.'],
    ['markup', '%d readers like this:'],
    ['markup', '*** ### ***'],
  ];
  it.each(cases)('drops a %s line: "%s", and keeps every story paragraph', (reason, line) => {
    const { paragraphs, dropped } = cleanLines(withFurniture(line));
    expect(paragraphs).toEqual(STORY);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ text: line, reason });
    expect(dropped[0].detail.length).toBeGreaterThan(10);
  });

  it('drops the comment area: its heading, a reader comment after its timestamp, form labels and login prompts', () => {
    const lines = [...STORY, '12/05/2021 10:02', 'Is anyone checking these numbers at all?', 'Leave a Reply', 'Name *', 'Email *', 'You are commenting using your account. Log Out / Change', 'Connecting to %s'];
    const { paragraphs, dropped } = cleanLines(lines);
    expect(paragraphs).toEqual(STORY);
    expect(dropped.map((d) => d.reason)).toEqual(['comments', 'comments', 'comments', 'comments', 'comments', 'comments', 'markup']);
  });

  it('drops an author biography under an "About" heading with the name line above it', () => {
    const lines = [...STORY, 'Jane Example', 'About Jane Example 312 Articles', 'Jane has covered ports and shipping for a decade and lives by the sea.'];
    const { paragraphs, dropped } = cleanLines(lines);
    expect(paragraphs).toEqual(STORY);
    expect(dropped.map((d) => d.reason)).toEqual(['author_bio', 'author_bio', 'author_bio']);
  });

  it('drops a repeated headline as repeated, and a stranded tagline between furniture lines', () => {
    const lines = [STORY[0], 'Date: 2021/05/12', STORY[0], STORY[1], STORY[2], 'Latest', 'All the harbour news you need', 'Leave a comment'];
    const { paragraphs, dropped } = cleanLines(lines);
    expect(paragraphs).toEqual(STORY);
    expect(dropped.map((d) => [d.reason, d.text])).toEqual([
      ['metadata', 'Date: 2021/05/12'],
      ['repeated', STORY[0]],
      ['navigation', 'Latest'],
      ['navigation', 'All the harbour news you need'],
      ['comments', 'Leave a comment'],
    ]);
  });

  it('keeps paragraphs that only begin alike', () => {
    const lines = ['The harbour authority said on Monday that 420 ships passed the new lock in its first month.', 'The harbour authority said on Monday that 420 ships passed the new lock in its first year.'];
    expect(cleanLines(lines).paragraphs).toEqual(lines);
  });

  it('never drops story paragraphs that merely mention furniture words', () => {
    const story = [
      'Share prices fell 4% after the print works closed, the union said.',
      'The newspaper said its comments section would close after the court ruling on copyright.',
      'By Tuesday, about 300 workers had signed the petition.',
      'Menu prices at the canteen doubled last year, according to staff.',
      'Readers who subscribe to the paper were told of the change by email.',
    ];
    expect(cleanLines(story)).toEqual({ paragraphs: story, dropped: [] });
  });

  it('joins lines that were only wrapped and keeps real line breaks apart', () => {
    const result = analyse('The council said the\nbudget would rise by 3%.\nA second line stands alone.\n\n• A bullet point');
    expect(result.text).toBe('The council said the budget would rise by 3%.\n\nA second line stands alone.\n\nA bullet point');
  });
});
