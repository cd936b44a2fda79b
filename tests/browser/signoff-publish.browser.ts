import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startDesk, type TestDesk } from '../support/desk.js';
import { launchChromium, screenshotPath } from './support/chromium.js';
import { type Account, DeskApi, openAs, type OpenPage, type Staff } from './support/desk-session.js';
import { ticketInResearch } from './support/tickets.js';

const CLAIM = 'The new bridge cost twice its budget';

describe('sign-off and publishing', () => {
  let desk: TestDesk;
  let browser: Browser;
  let staff: Staff;
  let ticketPath: string;
  const pages: OpenPage[] = [];

  beforeAll(async () => {
    [desk, browser] = await Promise.all([startDesk(), launchChromium()]);
    const api = new DeskApi(desk.baseUrl);
    staff = await api.newsroom({ researcher: 'Rita Researcher', reviewer: 'Rob Reviewer', editor: 'Eda Editor' });
    const ticket = await ticketInResearch(api, staff.slug, staff.admin, staff.members.researcher!, CLAIM);
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
    await opened.page.getByRole('heading', { name: new RegExp(CLAIM) }).waitFor();
    return opened;
  };
  const saved = (o: OpenPage) => o.page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 15_000 });
  const status = (o: OpenPage, label: string) => o.page.locator('.status-box .badge', { hasText: label }).waitFor({ timeout: 15_000 });

  it('takes a verdict from write-up to a public page: reviewer and editor sign off, a stale approval does not count, the editor publishes', async () => {
    // The researcher writes, rates and submits.
    const rita = await open(staff.members.researcher!);
    await saved(rita);
    await rita.page.getByRole('textbox', { name: 'Write-up' }).click();
    await rita.page.keyboard.type('Invoices obtained by the desk show overruns of 40 percent, not 100 percent.');
    await saved(rita);
    await rita.page.getByRole('radio', { name: 'Mostly false' }).check();
    await rita.page.getByLabel('Summary (shown on the public page)').fill('The bridge went over budget by about 40 percent, not 100 percent.');
    await rita.page.getByRole('button', { name: 'Save verdict' }).click();
    await rita.page.getByText('Verdict saved.').waitFor();
    await rita.page.getByRole('button', { name: 'Start drafting' }).click();
    await status(rita, 'Drafting');
    await rita.page.getByRole('button', { name: 'Submit for review' }).click();
    await status(rita, 'In review');

    // The reviewer approves this version.
    const rob = await open(staff.members.reviewer!);
    await rob.page.getByRole('button', { name: 'Approve this version' }).click();
    await rob.page.locator('.signoff', { hasText: 'Rob Reviewer' }).getByText('Approved').waitFor();

    // The editor is looking at the ticket when the researcher adds a sentence:
    // the reviewer's approval, now of an older version, is marked stale live.
    const eda = await open(staff.members.editor!);
    const robsSignoff = eda.page.locator('.signoff', { hasText: 'Rob Reviewer' });
    await robsSignoff.getByText('Approved').waitFor();
    expect(await robsSignoff.getByText('Stale: content changed since').count()).toBe(0);
    await rita.page.getByRole('textbox', { name: 'Write-up' }).click();
    await rita.page.keyboard.press('Control+End');
    await rita.page.keyboard.type(' The ministry has since confirmed the figure.');
    await saved(rita);
    await robsSignoff.getByText('Stale: content changed since').waitFor({ timeout: 15_000 });
    expect(await eda.page.getByRole('button', { name: 'Publish verdict' }).count()).toBe(0);

    // The reviewer approves the current version; the editor's approval then meets the policy.
    await rob.page.reload();
    await rob.page.getByRole('button', { name: 'Approve this version' }).click();
    await rob.page.locator('.signoff:not(.stale)', { hasText: 'Rob Reviewer' }).waitFor();
    await eda.page.reload();
    await eda.page.getByLabel(/Note/).fill('Checked the invoices myself.');
    await eda.page.getByRole('button', { name: 'Approve this version' }).click();
    await status(eda, 'Approved');
    await eda.page.screenshot({ path: await screenshotPath('ticket-signed-off'), fullPage: true });

    await eda.page.getByRole('button', { name: 'Publish verdict' }).click();
    await status(eda, 'Published');
    const link = eda.page.getByRole('link', { name: /Open the public page/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/public/${staff.slug}/verdicts/`));

    // The public page, as a reader sees it: the verdict and its ClaimReview.
    const reader = await browser.newContext({ baseURL: desk.baseUrl, viewport: { width: 1280, height: 900 } });
    try {
      const page = await reader.newPage();
      const response = await page.goto(href!);
      expect(response?.status()).toBe(200);
      const body = await page.locator('body').innerText();
      expect(body).toContain(CLAIM);
      expect(body).toContain('Mostly false');
      expect(body).toContain('about 40 percent');
      const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
      const review = JSON.parse(jsonLd!) as Record<string, unknown>;
      const reviews = (Array.isArray(review) ? review : [review]) as Record<string, unknown>[];
      const claimReview = reviews.find((r) => r['@type'] === 'ClaimReview')!;
      expect(claimReview).toBeDefined();
      expect(claimReview.claimReviewed).toBe(CLAIM);
      expect((claimReview.reviewRating as { alternateName: string }).alternateName).toBe('Mostly false');
      await page.screenshot({ path: await screenshotPath('public-page'), fullPage: true });
    } finally {
      await reader.close();
    }

    // Only editors may correct or retract.
    await rita.page.reload();
    await status(rita, 'Published');
    expect(await rita.page.getByRole('button', { name: /Publish verdict|Retract|Correct|Add evidence|Edit details|Save verdict/ }).count()).toBe(0);
    await rita.page.getByRole('link', { name: /Open the public page/ }).waitFor();

    await eda.page.getByRole('button', { name: 'Correct' }).waitFor();
    await eda.page.getByRole('button', { name: 'Retract' }).click();
    await eda.page.getByLabel(/Reason for retraction/).fill('The invoices turned out to be drafts.');
    await eda.page.getByRole('button', { name: 'Retract verdict' }).click();
    await status(eda, 'Retracted');
    const retracted = await fetch(`${desk.baseUrl}${href!}`, { headers: { Accept: 'text/html' } });
    expect(await retracted.text()).toContain('The invoices turned out to be drafts.');
    for (const o of [rita, rob, eda]) expect(o.errors).toEqual([]);
  });
});
