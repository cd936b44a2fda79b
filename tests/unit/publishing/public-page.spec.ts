import { describe, expect, it } from '@jest/globals';
import { claimReviewProblems } from '../../../src/publishing/claim-review.js';
import { jsonForScript } from '../../../src/publishing/html.js';
import { renderVerdictPage } from '../../../src/publishing/public-page.js';
import { verdictFixture } from './fixtures.js';

const links = { jsonFeedUrl: 'https://d.example/feed.json', atomFeedUrl: 'https://d.example/feed.xml' };
const ldJson = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('public verdict page', () => {
  it('is a complete, accessible, mobile-friendly document without executable script', () => {
    const html = renderVerdictPage(verdictFixture(), links);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<main>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('embeds a valid ClaimReview', () => {
    const [review] = ldJson(renderVerdictPage(verdictFixture(), links));
    expect(claimReviewProblems(review)).toEqual([]);
  });

  it('escapes every value, including inside the JSON-LD', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = renderVerdictPage(verdictFixture({}, { claim: hostile, summary: hostile, claimant: hostile, evidence: [{ title: hostile, url: 'javascript:alert(3)', description: null }] }), links);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(ldJson(html)[0].claimReviewed).toBe(hostile);
    expect(jsonForScript({ a: '</script>&\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2028"}');
  });

  it('shows approvals, evidence, the changelog and the content hash', () => {
    const html = renderVerdictPage(
      verdictFixture({ version: 2 }, { changelog: [{ version: 2, note: 'Corrected the date of the speech', date: '2026-11-02T08:00:00.000Z' }] }),
      links,
    );
    expect(html).toContain('Rita Reviewer, reviewer');
    expect(html).toContain('NASA samples');
    expect(html).toContain('2 November 2026</time> (version 2): Corrected the date of the speech');
    expect(html).toContain('c'.repeat(64));
  });

  it('marks a retracted verdict and drops its ClaimReview', () => {
    const html = renderVerdictPage(verdictFixture({ retraction: { reason: 'The source recanted', retractedAt: '2026-11-04T00:00:00.000Z' } }), links);
    expect(html).toContain('<strong>Retracted</strong>');
    expect(html).toContain('The source recanted');
    expect(ldJson(html)).toEqual([]);
  });
});
