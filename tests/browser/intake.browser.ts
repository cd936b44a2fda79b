import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startDesk, type TestDesk } from '../support/desk.js';
import { launchChromium, screenshotPath } from './support/chromium.js';
import { type Account, DeskApi, type Staff } from './support/desk-session.js';
import { openWatched, sampleArticle } from './support/watched-page.js';

describe('intake in the browser', () => {
  let desk: TestDesk;
  let browser: Browser;
  let api: DeskApi;
  let staff: Staff;
  let researcher: Account;
  let editor: Account;
  let viewer: Account;

  beforeAll(async () => {
    [desk, browser] = await Promise.all([startDesk(), launchChromium()]);
    api = new DeskApi(desk.baseUrl);
    staff = await api.newsroom({ researcher: 'Rosa Researcher', editor: 'Ed Editor', viewer: 'Vi Viewer' });
    researcher = staff.members.researcher!;
    editor = staff.members.editor!;
    viewer = staff.members.viewer!;
  });

  afterAll(async () => {
    await browser?.close();
    await desk?.close();
  });

  // By its own sentence: the claims of matched tickets may contain the same words.
  const candidate = (page: Page, text: string) =>
    page.getByRole('list', { name: 'Claim candidates' }).locator('li.candidate').filter({ has: page.locator('.candidate-text', { hasText: text }) }).first();

  type Source = { paste: string } | { choose: { name: string; text: string } } | { drop: { name: string; text: string } };

  async function submit(page: Page, source: Source, fields: { url: string; outlet?: string; title?: string; date?: string }) {
    const form = page.getByRole('form', { name: 'Submit an article' });
    if ('paste' in source) await form.getByLabel('Article text or HTML').fill(sampleArticle(source.paste));
    else if ('choose' in source) {
      await form.getByLabel('Choose a file').setInputFiles({ name: source.choose.name, mimeType: 'text/html', buffer: Buffer.from(source.choose.text) });
      await form.getByRole('status').filter({ hasText: `Read from ${source.choose.name}` }).waitFor();
    } else {
      // Runs in the page, where the DOM's DataTransfer and File exist.
      const files = await page.evaluateHandle(({ name, text }) => {
        const dom = globalThis as unknown as { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: string[], name: string, options: { type: string }) => unknown };
        const transfer = new dom.DataTransfer();
        transfer.items.add(new dom.File([text], name, { type: 'text/plain' }));
        return transfer;
      }, source.drop);
      await form.getByLabel('Article text or HTML').dispatchEvent('drop', { dataTransfer: files });
      await form.getByRole('status').filter({ hasText: `Read from ${source.drop.name}` }).waitFor();
    }
    await form.getByLabel('Link to the article').fill(fields.url);
    if (fields.outlet) await form.getByLabel('Outlet').fill(fields.outlet);
    if (fields.title) await form.getByLabel('Headline').fill(fields.title);
    if (fields.date) await form.getByLabel('Published on').fill(fields.date);
    await form.getByRole('button', { name: 'Find claims' }).click();
    await page.getByRole('heading', { name: 'Claim candidates' }).waitFor();
  }

  it('turns an article into tickets, then adds the same claim from another outlet to its ticket', async () => {
    const rosa = await openWatched(browser, desk.baseUrl, researcher, `/n/${staff.slug}`);
    try {
      const { page } = rosa;
      await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Intake' }).click();
      await page.getByRole('heading', { name: 'Intake', level: 1 }).waitFor();
      await submit(page, { paste: '000' }, { url: 'https://people.example.net/palmyra-recaptured', outlet: 'Example Voice', title: 'Palmyra recaptured', date: '2016-12-11' });
      expect(page.url()).toContain('?article=');

      // Candidates are highlighted in the text, more strongly for a higher score.
      const marks = page.locator('.article-text mark.claim-mark');
      expect(await marks.count()).toBeGreaterThan(3);
      const strengths = await marks.evaluateAll((nodes) => nodes.map((n) => Number(/strength-(\d)/.exec(n.className)?.[1])));
      expect(new Set(strengths).size).toBeGreaterThan(1);
      const scores = await page.locator('li.candidate .score').allTextContents();
      expect(scores.map((s) => parseInt(s, 10))).toEqual([...scores.map((s) => parseInt(s, 10))].sort((a, b) => b - a));

      // What cleaning removed is one click away, each block with its reason.
      await page.getByText(/^Removed from the page \(\d+ blocks?\)$/).click();
      const removed = page.getByRole('list', { name: 'Removed from the page' }).getByRole('listitem');
      expect(await removed.count()).toBeGreaterThan(0);

      // Clicking a highlighted sentence selects its candidate; a checkbox selects another.
      const fighters = candidate(page, '4,000');
      await page.locator('.article-text mark', { hasText: '4,000' }).first().click();
      expect(await fighters.getByRole('checkbox').isChecked()).toBe(true);
      const strikes = candidate(page, '300');
      await strikes.getByRole('checkbox').check();
      expect(await fighters.getByLabel('What to do with it').inputValue()).toBe('new');
      await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path: await screenshotPath('intake') });
      await page.getByRole('button', { name: 'Apply to 2 candidates' }).click();
      await page.getByRole('status').filter({ hasText: /^Created #\d+, #\d+\.$/ }).waitFor();
      const fightersTicket = fighters.getByRole('link', { name: /^ticket #\d+$/ });
      await fightersTicket.waitFor();
      const number = (await fightersTicket.textContent())!.replace('ticket #', '');
      await strikes.getByRole('link', { name: /^ticket #\d+$/ }).waitFor();
      expect(await fighters.locator('.matches').getByRole('link', { name: `#${number}`, exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Apply/ }).count()).toBe(0);
      await page.screenshot({ path: await screenshotPath('intake-applied'), fullPage: true });

      // Another outlet reports the same figure: the desk says it is the same claim, and the article joins that ticket.
      // This one is dropped on the form as a text file.
      await submit(page, { drop: { name: 'palmyra-blog.txt', text: sampleArticle('001') } }, { url: 'https://blog.example.com/palmyra', outlet: 'Example Blog' });
      const paraphrase = candidate(page, '4000');
      await paraphrase.locator('.matches li').filter({ hasText: 'Same claim' }).getByRole('link', { name: `#${number}` }).waitFor();
      await paraphrase.getByRole('checkbox').check();
      const join = await paraphrase.locator('option', { hasText: `Add to #${number}:` }).getAttribute('value');
      await paraphrase.getByLabel('What to do with it').selectOption(join!);
      await page.getByRole('button', { name: 'Apply to 1 candidate' }).click();
      await page.getByRole('status').filter({ hasText: `Added the article to #${number}.` }).waitFor();
      await page.getByRole('list', { name: 'Recent articles' }).getByRole('link', { name: 'Palmyra recaptured' }).waitFor();

      // The ticket now has both appearances, and its look-alikes beside them.
      await paraphrase.getByRole('link', { name: `ticket #${number}` }).click();
      const appearances = page.getByRole('region', { name: 'Appearances' }).getByRole('link');
      await appearances.nth(1).waitFor();
      expect(await appearances.count()).toBe(2);
      await page.getByRole('region', { name: 'Similar tickets' }).getByRole('list', { name: 'Similar tickets' }).waitFor();
      await page.screenshot({ path: await screenshotPath('ticket-similar'), fullPage: true });
      expect(rosa.errors).toEqual([]);
    } finally {
      await rosa.context.close();
    }
  });

  it('lets an editor keep the outlet register, and the next article from that outlet shows its label', async () => {
    const ed = await openWatched(browser, desk.baseUrl, editor, `/n/${staff.slug}/settings`);
    try {
      const { page } = ed;
      const register = page.getByRole('region', { name: 'Outlet register' });
      await register.getByRole('button', { name: 'Add outlet' }).click();
      const form = register.getByRole('form', { name: 'Add an outlet' });
      await form.getByLabel('Outlet name').fill('Example Agency');
      await form.getByLabel('Reliability').selectOption('high');
      await form.getByLabel('Web domains (comma separated)').fill('https://www.agency.example.org/, agency-news.example.org');
      await form.getByLabel('Why this label').fill('Wire copy corrected promptly in our records');
      await form.getByRole('button', { name: 'Add outlet' }).click();
      const entry = register.getByRole('listitem', { name: 'Example Agency' });
      await entry.getByText('Reliable', { exact: true }).waitFor();
      await entry.getByText('agency.example.org', { exact: true }).waitFor();
      await entry.getByText('no published verdict yet', { exact: false }).waitFor();

      // Editing sends the version read; the list shows the change.
      await register.getByRole('button', { name: 'Edit outlet Example Agency' }).click();
      const edit = register.getByRole('form', { name: 'Edit outlet Example Agency' });
      await edit.getByLabel('Reliability').selectOption('mixed');
      await edit.getByRole('button', { name: 'Save outlet' }).click();
      await entry.getByText('Mixed record', { exact: true }).waitFor();

      // A second entry, removed after a confirmation.
      await register.getByRole('button', { name: 'Add outlet' }).click();
      await register.getByRole('form', { name: 'Add an outlet' }).getByLabel('Outlet name').fill('Short-lived Gazette');
      await register.getByRole('form', { name: 'Add an outlet' }).getByRole('button', { name: 'Add outlet' }).click();
      await register.getByRole('button', { name: 'Remove outlet Short-lived Gazette' }).click();
      await register.getByRole('group', { name: 'Confirm removing Short-lived Gazette' }).getByRole('button', { name: 'Remove' }).click();
      await register.getByRole('listitem', { name: 'Short-lived Gazette' }).waitFor({ state: 'detached' });
      await entry.waitFor();
      await page.screenshot({ path: await screenshotPath('outlets'), fullPage: true });

      await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Intake' }).click();
      // An HTML page with its furniture, chosen as a file: read as HTML, the furniture dropped.
      const html = `<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${sampleArticle('002')
        .split(/\n\s*\n/)
        .map((paragraph) => `<p>${paragraph.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`)
        .join('')}</article><footer>© 2017 Example Agency. All rights reserved.</footer></body></html>`;
      const page002 = { choose: { name: 'agency-palmyra.html', text: html } };
      await submit(page, page002, { url: 'https://agency.example.org/2017/03/palmyra' });
      await page.locator('.article-head').getByText('Example Agency · Mixed record').waitFor();
      const cleaned = await page.locator('.article-text').textContent();
      expect(cleaned).not.toContain('<p>');
      expect(cleaned).not.toContain('All rights reserved');
      expect(await page.getByRole('note').count()).toBe(0);

      // The same page again: the desk says it has it already, and links the first copy.
      const first = new URL(page.url()).searchParams.get('article');
      await submit(page, page002, { url: 'https://agency.example.org/2017/03/palmyra' });
      await page.getByRole('note').filter({ hasText: 'The desk already received exactly this text.' }).getByRole('link', { name: 'Open the earlier copy' }).click();
      await page.waitForURL((url) => url.searchParams.get('article') === first);
      await page.getByRole('note').waitFor({ state: 'detached' });
      expect(ed.errors).toEqual([]);
    } finally {
      await ed.context.close();
    }
  });

  it('shows a viewer the articles but no submit form, no actions and a read-only register', async () => {
    const vi = await openWatched(browser, desk.baseUrl, viewer, `/n/${staff.slug}/intake`);
    try {
      const { page } = vi;
      const recent = page.getByRole('list', { name: 'Recent articles' });
      await recent.getByRole('link', { name: 'Palmyra recaptured' }).click();
      await page.getByRole('heading', { name: 'Claim candidates' }).waitFor();
      await candidate(page, '4,000').getByRole('link', { name: /^ticket #\d+$/ }).waitFor();
      expect(await page.getByRole('form', { name: 'Submit an article' }).count()).toBe(0);
      expect(await page.getByRole('checkbox').count()).toBe(0);
      // A viewer can still point at a candidate from the text, by mouse or keyboard, without selecting anything to act on.
      const strikes = page.locator('.article-text mark', { hasText: '300' }).first();
      await strikes.click();
      expect(await strikes.getAttribute('aria-pressed')).toBe('true');
      await strikes.press('Enter');
      expect(await strikes.getAttribute('aria-pressed')).toBe('false');
      expect(await page.getByRole('button', { name: /^Apply/ }).count()).toBe(0);

      await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Settings' }).click();
      const register = page.getByRole('region', { name: 'Outlet register' });
      await register.getByRole('listitem', { name: 'Example Agency' }).waitFor();
      expect(await register.getByRole('button').count()).toBe(0);

      // On a phone the intake screen stacks and never scrolls sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Intake' }).click();
      await page.getByRole('list', { name: 'Recent articles' }).getByRole('link', { name: 'Palmyra recaptured' }).click();
      await page.getByRole('heading', { name: 'Claim candidates' }).waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.screenshot({ path: await screenshotPath('intake-phone-viewer') });
      expect(vi.errors).toEqual([]);
    } finally {
      await vi.context.close();
    }
  });
});
