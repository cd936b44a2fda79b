import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { startDesk, type TestDesk } from '../support/desk.js';
import { launchChromium, screenshotPath } from './support/chromium.js';
import { type Account, DeskApi, openAs, type Staff } from './support/desk-session.js';

describe('the queue', () => {
  let desk: TestDesk;
  let browser: Browser;
  let api: DeskApi;
  let staff: Staff;
  let researcher: Account;
  let reviewer: Account;

  beforeAll(async () => {
    [desk, browser] = await Promise.all([startDesk(), launchChromium()]);
    api = new DeskApi(desk.baseUrl);
    staff = await api.newsroom({ researcher: 'Quinn Researcher', reviewer: 'Rae Reviewer' });
    researcher = staff.members.researcher!;
    reviewer = staff.members.reviewer!;
    await api.call(researcher, 'POST', `/api/newsrooms/${staff.slug}/tickets`, { claim: 'Crime doubled downtown since spring', tags: ['crime'] });
    await api.call(researcher, 'POST', `/api/newsrooms/${staff.slug}/tickets`, { claim: 'The school budget was cut by a third', tags: ['education'] });
  });

  afterAll(async () => {
    await browser?.close();
    await desk?.close();
  });

  const row = (page: Page, claim: string) => page.getByRole('table', { name: 'Tickets' }).getByRole('row').filter({ hasText: claim });

  it('signs in with a password, opens the newsroom and updates live when another member creates a ticket', async () => {
    const context = await browser.newContext({ baseURL: desk.baseUrl, viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/n/${staff.slug}`);
      // Not signed in: the sign-in form, then straight back to where the member was going.
      await page.getByRole('heading', { name: 'Sign in to the desk' }).waitFor();
      await page.getByLabel('Email').fill(reviewer.email);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'That email and password do not match an account.' }).waitFor();
      await page.getByLabel('Password').fill(reviewer.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Queue' }).waitFor();
      await row(page, 'Crime doubled downtown').waitFor();
      await page.locator('.live-dot.on').waitFor();

      await page.evaluate('window.__sameDocument = true');
      const created = await api.call<{ number: number }>(researcher, 'POST', `/api/newsrooms/${staff.slug}/tickets`, {
        claim: 'Bus fares rose faster than wages',
        claimant: 'Transit union',
        tags: ['transport'],
        dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      });
      await row(page, 'Bus fares rose faster than wages').waitFor({ timeout: 10_000 });
      expect(await page.evaluate('window.__sameDocument === true')).toBe(true);
      await page.getByText(`New ticket #${created.number} arrived: Bus fares rose faster than wages`).waitFor();
      await page.screenshot({ path: await screenshotPath('queue'), fullPage: true });

      // Filters narrow the list and live in the address.
      await page.getByRole('textbox', { name: 'Tag', exact: true }).fill('crime');
      await row(page, 'Bus fares').waitFor({ state: 'detached' });
      expect(await row(page, 'Crime doubled downtown').count()).toBe(1);
      expect(page.url()).toContain('tag=crime');
      await page.getByRole('textbox', { name: 'Tag', exact: true }).fill('');
      await page.getByRole('searchbox', { name: 'Search' }).fill('school budget');
      await row(page, 'Crime doubled').waitFor({ state: 'detached' });
      expect(await row(page, 'school budget').count()).toBe(1);
      await page.getByRole('searchbox', { name: 'Search' }).fill('');
      await page.getByLabel('Mine only').check();
      await page.getByText('No tickets match these filters.').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('pages through a long queue and orders it by urgency', async () => {
    const busy = await api.newsroom({ researcher: 'Pat Researcher' });
    const pat = busy.members.researcher!;
    for (let batch = 0; batch < 4; batch++) {
      await Promise.all(
        Array.from({ length: 13 }, (_, i) =>
          api.call(pat, 'POST', `/api/newsrooms/${busy.slug}/tickets`, { claim: `Routine claim number ${batch * 13 + i + 1}`, priority: batch === 0 && i === 0 ? 'urgent' : 'normal' }),
        ),
      );
    }
    const opened = await openAs(browser, desk.baseUrl, pat, `/n/${busy.slug}`);
    try {
      const { page } = opened;
      const rows = page.getByRole('table', { name: 'Tickets' }).locator('tbody tr');
      await page.getByRole('button', { name: 'Show more tickets' }).waitFor();
      expect(await rows.count()).toBe(50);
      await page.getByRole('button', { name: 'Show more tickets' }).click();
      await page.getByRole('button', { name: 'Show more tickets' }).waitFor({ state: 'detached' });
      expect(await rows.count()).toBe(52);

      await page.getByLabel('Order').selectOption('priority');
      await rows.first().getByRole('link', { name: 'Routine claim number 1', exact: true }).waitFor();
      expect(page.url()).toContain('sort=priority');
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  it('lets a researcher create a ticket from the queue, and works at phone width', async () => {
    const phone = await openAs(browser, desk.baseUrl, researcher, `/n/${staff.slug}`, { width: 390, height: 844 });
    try {
      const { page } = phone;
      await row(page, 'Bus fares').waitFor();
      await page.getByRole('button', { name: 'New ticket' }).click();
      await page.getByLabel('Claim', { exact: true }).fill('Rents are the highest in the country');
      await page.getByLabel('Claimant').fill('Housing minister');
      await page.getByLabel('Tags (comma separated)').fill('housing, cost of living');
      await page.getByRole('button', { name: 'Create ticket' }).click();
      await page.getByRole('heading', { name: /Rents are the highest in the country/ }).waitFor();
      await page.getByText('housing', { exact: true }).waitFor();
      await page.screenshot({ path: await screenshotPath('ticket-phone'), fullPage: true });
      // The page never scrolls sideways on a phone.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.getByRole('link', { name: 'Queue' }).click();
      await row(page, 'Rents are the highest').waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.screenshot({ path: await screenshotPath('queue-phone'), fullPage: true });
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
