/**
 * Labels for the five sample articles in ../shared/seeds/ (read at run time,
 * never copied here): claim groups from the samples' README, each located by
 * a few facts (numbers, names), and short substrings of their furniture.
 *
 * In 000 every sentence that says the Pentagon did nothing also says that
 * Palmyra was recaptured, so the recapture claim is located by the
 * governor's confirmation; a ticket opened from the Pentagon sentence may
 * fairly attract recapture claims of other articles (counted as wrong pairs).
 */
import type { LabelledArticle } from '../labels.js';

export const articles: LabelledArticle[] = [
  {
    id: 'seed-000',
    seed: '000_227b56d3a791566b.txt',
    language: 'en',
    outlet: "The People's Voice",
    format: 'text',
    claims: [
      { id: 'seed-000-c1', group: 'palmyra-recapture', key: ['Barazi', 'captured Palmyra'] },
      { id: 'seed-000-c2', group: 'palmyra-4000-fighters', key: ['4,000'] },
      { id: 'seed-000-c3', group: 'palmyra-300-killed', key: ['killed 300'] },
      { id: 'seed-000-c4', group: 'palmyra-pentagon', key: ['Pentagon', 'nothing'] },
    ],
    boilerplate: ['Fact checked by', '17801 Articles', 'Having cut his teeth', 'agenda of the elites', 'Knight of Joseon'],
  },
  {
    id: 'seed-001',
    seed: '001_96762dce61dae068.txt',
    language: 'en',
    outlet: 'Global Research',
    format: 'text',
    claims: [
      { id: 'seed-001-c1', group: 'palmyra-recapture', key: ['Retake', 'Palmyra'] },
      { id: 'seed-001-c2', group: 'palmyra-mosul-transfer', key: ['Mosul', 'sponsored'] },
      { id: 'seed-001-c3', group: 'palmyra-4000-fighters', key: ['4000'] },
      { id: 'seed-001-c4', group: 'palmyra-300-killed', key: ['64 strikes', '300'] },
    ],
    boilerplate: ['In-depth Report', 'Disclaimer: The contents', 'grants permission to cross-post', 'contains copyrighted material', 'copyright owner', 'For media inquiries'],
  },
  {
    id: 'seed-002',
    seed: '002_804af44f8335d183.txt',
    language: 'en',
    outlet: 'VON Press',
    format: 'text',
    claims: [
      { id: 'seed-002-c1', group: 'palmyra-retaken-2017', key: ['Syrian army', 'Palmyra'] },
      { id: 'seed-002-c2', group: 'palmyra-recapture', key: ['recaptured Palmyra', 'December 2016'] },
    ],
    boilerplate: ['Date: 2017/03/02', 'Time: 20:57', 'News Code: 37686', 'View: 739', '1395/12/13 4:19', 'geting their wepons', 'Your comment', 'of 5 free articles'],
  },
  {
    id: 'seed-003',
    seed: '003_743005bdb232ba0a.txt',
    language: 'en',
    outlet: 'AP (via a reposting site)',
    format: 'text',
    claims: [
      { id: 'seed-003-c1', group: 'palmyra-recapture', key: ['re-entered', 'Palmyra'] },
      { id: 'seed-003-c2', group: 'raqqa-200-troops', key: ['Ash Carter', '200'] },
    ],
    boilerplate: ['By: AP'],
  },
  {
    id: 'seed-004',
    seed: '004_86a1f3b923b661a1.txt',
    language: 'en',
    outlet: 'BtNews',
    format: 'text',
    claims: [
      { id: 'seed-004-c1', group: 'palmyra-recapture', key: ['re-entered', 'Palmyra'] },
      { id: 'seed-004-c2', group: 'raqqa-200-troops', key: ['additional 200 troops'] },
    ],
    boilerplate: [
      'Skip to content',
      'BtNews View All',
      'mainstream media won',
      'One thought on',
      'Leave a Reply',
      'log in using one of these methods',
      'You are commenting using your',
      'Log Out / Change',
      'Twitter picture',
      'Facebook photo',
      'Google+ photo',
      'Connecting to %s',
      'bloggers like this',
      'Middle East',
    ],
  },
];
