import { describe, expect, it } from '@jest/globals';
import { buildAtomFeed, buildJsonFeed, type FeedMeta } from '../../../src/publishing/feeds.js';
import { verdictFixture } from './fixtures.js';

const meta: FeedMeta = {
  title: 'Desk News verdicts',
  homeUrl: 'https://desk.example.org/public/desk/verdicts',
  jsonFeedUrl: 'https://desk.example.org/public/desk/feed.json',
  atomFeedUrl: 'https://desk.example.org/public/desk/feed.xml',
  publisherName: 'Desk News & Co',
  publisherUrl: 'https://desk.example.org',
};

const plain = verdictFixture();
const corrected = verdictFixture(
  { id: 'b', url: 'https://desk.example.org/public/desk/verdicts/b', version: 2 },
  { publishedAt: '2026-11-03T00:00:00.000Z', changelog: [{ version: 2, note: 'Fixed the <date>', date: '2026-11-03T00:00:00.000Z' }] },
);
const retracted = verdictFixture(
  { id: 'c', url: 'https://desk.example.org/public/desk/verdicts/c', retraction: { reason: 'Source was forged', retractedAt: '2026-11-05T00:00:00.000Z' } },
  {},
);

describe('JSON Feed 1.1', () => {
  const feed = buildJsonFeed(meta, [plain, corrected, retracted]) as { items: Record<string, unknown>[] } & Record<string, unknown>;

  it('has the top-level members the spec requires', () => {
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Desk News verdicts', home_page_url: meta.homeUrl, feed_url: meta.jsonFeedUrl });
    expect(feed.authors).toEqual([{ name: 'Desk News & Co', url: 'https://desk.example.org' }]);
  });

  it('lists items newest change first, each with id, url, content and RFC 3339 dates', () => {
    expect(feed.items.map((item) => item.id)).toEqual([retracted.url, corrected.url, plain.url]);
    for (const item of feed.items) {
      expect(typeof item.content_html).toBe('string');
      expect(Date.parse(item.date_published as string)).not.toBeNaN();
      expect(Date.parse(item.date_modified as string)).not.toBeNaN();
    }
  });

  it('announces retractions and corrections', () => {
    expect(feed.items[0]).toMatchObject({ title: expect.stringMatching(/^Retracted: /), date_modified: '2026-11-05T00:00:00.000Z' });
    expect(feed.items[0]!.content_html).toContain('Source was forged');
    expect(feed.items[1]).toMatchObject({ title: expect.stringMatching(/^Corrected: /) });
    expect(feed.items[1]!.content_html).toContain('Fixed the &lt;date&gt;');
  });
});

describe('Atom', () => {
  const xml = buildAtomFeed(meta, [plain, corrected, retracted]);

  it('is an Atom feed with the required elements, escaped', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain(`<id>${meta.homeUrl}</id>`);
    expect(xml).toContain('<updated>2026-11-05T00:00:00.000Z</updated>');
    expect(xml).toContain('<name>Desk News &amp; Co</name>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml.match(/<\/entry>/g)).toHaveLength(3);
    expect(xml).not.toMatch(/<(?!\/?(?:feed|id|title|updated|link|author|name|uri|entry|published|summary|content|category)\b|\?xml)/);
  });

  it('announces the retraction with its reason and the correction note', () => {
    expect(xml).toContain('<title>Retracted: False: The moon is made of cheese</title>');
    expect(xml).toContain('Source was forged');
    expect(xml).toContain('Fixed the &amp;lt;date&amp;gt;');
  });

  it('is valid with no items', () => {
    expect(buildAtomFeed(meta, [])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});
