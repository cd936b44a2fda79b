import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startDesk, type TestDesk } from '../support/desk.js';
import { launchChromium } from './support/chromium.js';
import { type Account, DeskApi, openAs, type OpenPage, type Staff } from './support/desk-session.js';

const CLAIM = 'The ferry carried three times more passengers this summer';

describe('next steps say what is missing', () => {
  let desk: TestDesk;
  let browser: Browser;
  let staff: Staff;
  let ticketPath: string;
  const pages: OpenPage[] = [];

  beforeAll(async () => {
    [desk, browser] = await Promise.all([startDesk(), launchChromium()]);
    const api = new DeskApi(desk.baseUrl);
    staff = await api.newsroom({ researcher: 'Tia Researcher', reviewer: 'Ray Reviewer' });
    // The researcher files the ticket; nobody assigns it.
    const ticket = await api.call<{ id: string }>(staff.members.researcher!, 'POST', `/api/newsrooms/${staff.slug}/tickets`, { claim: CLAIM });
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
  const status = (o: OpenPage, label: string) => o.page.locator('.status-box .badge', { hasText: label }).waitFor({ timeout: 15_000 });

  it('lets the researcher take the ticket, blocks submitting until the verdict is set, and blocks approval of an empty write-up', async () => {
    const tia = await open(staff.members.researcher!);
    const { page } = tia;
    await page.getByRole('button', { name: 'Take this ticket' }).click();
    await status(tia, 'Researching');
    await page.getByRole('region', { name: 'Assignees' }).getByText('Tia Researcher').waitFor();
    await page.locator('.history').getByText('took the ticket (new → researching)').waitFor();

    await page.getByRole('button', { name: 'Start drafting' }).click();
    await status(tia, 'Drafting');
    const submit = page.getByRole('button', { name: 'Submit for review' });
    await page.getByText('Set a rating and a summary before submitting for review.').waitFor();
    expect(await submit.isDisabled()).toBe(true);

    await page.getByRole('radio', { name: 'Mostly false' }).check();
    await page.getByLabel('Summary (shown on the public page)').fill('Passenger numbers rose by about a third, not threefold.');
    await page.getByRole('button', { name: 'Save verdict' }).click();
    await page.getByText('Verdict saved.').waitFor();
    // The history names the rating as the newsroom's scale does.
    await page.locator('.history').getByText('set the verdict: Mostly false').waitFor();
    await page.locator('.transitions button:not([disabled])', { hasText: 'Submit for review' }).waitFor();
    expect(await page.getByText('Set a rating and a summary before submitting for review.').count()).toBe(0);
    await submit.click();
    await status(tia, 'In review');

    // Nothing was written: the reviewer reads why approval is closed.
    const ray = await open(staff.members.reviewer!);
    await ray.page.getByText('The write-up is empty: write the explanation before approving.').waitFor();
    expect(await ray.page.getByRole('button', { name: 'Approve this version' }).isDisabled()).toBe(true);
    expect(await ray.page.getByRole('button', { name: 'Request changes' }).isDisabled()).toBe(false);
    expect([...tia.errors, ...ray.errors]).toEqual([]);
  });
});
