import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startDesk, type TestDesk } from '../support/desk.js';
import { launchChromium, screenshotPath } from './support/chromium.js';
import { type Account, DeskApi, openAs, type OpenPage, type Staff } from './support/desk-session.js';
import { ticketInResearch } from './support/tickets.js';

describe('the live write-up editor', () => {
  let desk: TestDesk;
  let browser: Browser;
  let api: DeskApi;
  let staff: Staff;
  let who: (role: 'researcher' | 'reviewer' | 'viewer') => Account;
  let ticketPath: string;
  let ticketId: string;
  const pages: OpenPage[] = [];

  beforeAll(async () => {
    [desk, browser] = await Promise.all([startDesk(), launchChromium()]);
    api = new DeskApi(desk.baseUrl);
    staff = await api.newsroom({ researcher: 'Ana Researcher', reviewer: 'Ben Reviewer', viewer: 'Vera Viewer' });
    who = (role) => staff.members[role]!;
    const ticket = await ticketInResearch(api, staff.slug, staff.admin, who('researcher'), 'Unemployment fell by half in one year');
    ticketId = ticket.id;
    ticketPath = `/n/${staff.slug}/tickets/${ticket.id}`;
  });

  afterAll(async () => {
    for (const open of pages) await open.context.close();
    await browser?.close();
    await desk?.close();
  });

  const open = async (account: Account) => {
    const opened = await openAs(browser, desk.baseUrl, account, ticketPath);
    pages.push(opened);
    await opened.page.getByRole('heading', { name: /Unemployment fell by half/ }).waitFor();
    return opened;
  };
  const saved = (o: OpenPage) => o.page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 15_000 });
  const writeup = (o: OpenPage) => o.page.getByRole('textbox', { name: 'Write-up' });
  const serverText = async () => (await api.call<{ text: string }>(staff.admin, 'GET', `/api/newsrooms/${staff.slug}/tickets/${ticketId}/writeup`)).text;

  it('lets two members write at the same time, each seeing the other’s text and cursor, and keeps the merged text', async () => {
    const ana = await open(who('researcher'));
    const ben = await open(who('reviewer'));
    await Promise.all([saved(ana), saved(ben)]);

    await writeup(ana).click();
    await ana.page.keyboard.type('The ministry figure compares different surveys.', { delay: 5 });
    await ana.page.keyboard.press('Enter');
    await ben.page.locator('.writeup-content', { hasText: 'compares different surveys' }).waitFor();

    // Both type at once, at the two ends of the document.
    await writeup(ben).click();
    await ben.page.keyboard.press('Control+Home');
    await Promise.all([
      ana.page.keyboard.type('Labour force survey data shows a fall of 12 percent.', { delay: 15 }),
      ben.page.keyboard.type('Verdict pending. ', { delay: 15 }),
    ]);

    for (const o of [ana, ben]) {
      await o.page.locator('.writeup-content', { hasText: 'fall of 12 percent' }).waitFor();
      await o.page.locator('.writeup-content', { hasText: 'Verdict pending.' }).waitFor();
    }
    // Each sees the other's named cursor and presence.
    await ana.page.locator('.collaboration-carets__label', { hasText: 'Ben Reviewer' }).waitFor();
    await ben.page.locator('.collaboration-carets__label', { hasText: 'Ana Researcher' }).waitFor();
    await ana.page.getByRole('list', { name: 'Also editing' }).getByText('Ben Reviewer').waitFor();

    // "Saved" means the server holds it: once both say so, the desk's copy has every word.
    await Promise.all([saved(ana), saved(ben)]);
    const text = await serverText();
    expect(text).toContain('Verdict pending.');
    expect(text).toContain('fall of 12 percent');
    expect(text).toContain('compares different surveys');

    await ana.page.screenshot({ path: await screenshotPath('ticket-two-cursors'), fullPage: false });

    await Promise.all([ana.page.reload(), ben.page.reload()]);
    for (const o of [ana, ben]) {
      await saved(o);
      const content = await writeup(o).innerText();
      expect(content).toContain('Verdict pending.');
      expect(content).toContain('Labour force survey data shows a fall of 12 percent.');
      expect(content).toContain('The ministry figure compares different surveys.');
      expect(o.errors).toEqual([]);
    }
  });

  it('shows the write-up read-only to a viewer, who cannot change it', async () => {
    const vera = await open(who('viewer'));
    await vera.page.locator('.writeup-content', { hasText: 'Verdict pending.' }).waitFor();
    await vera.page.getByRole('note').filter({ hasText: 'Read only.' }).waitFor();
    expect(await writeup(vera).getAttribute('contenteditable')).toBe('false');
    expect(await vera.page.locator('.save-state').getAttribute('data-state')).toBe('readonly');

    const before = await serverText();
    await writeup(vera).click();
    await vera.page.keyboard.type('Viewer scribbles');
    expect(await writeup(vera).innerText()).not.toContain('Viewer scribbles');
    expect(await serverText()).toBe(before);
    // No editing controls for a viewer anywhere on the ticket.
    expect(await vera.page.getByRole('button', { name: /Save verdict|Add evidence|Approve this version|Start drafting/ }).count()).toBe(0);
    expect(vera.errors).toEqual([]);
  });
});
