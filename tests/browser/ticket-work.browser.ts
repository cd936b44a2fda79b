import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startDesk, type TestDesk } from '../support/desk.js';
import { launchChromium } from './support/chromium.js';
import { type Account, DeskApi, openAs, type OpenPage, type Staff } from './support/desk-session.js';
import { ticketInResearch } from './support/tickets.js';

const CLAIM = 'Half of all rivers in the region are polluted';

describe('working a ticket, and newsroom settings', () => {
  let desk: TestDesk;
  let browser: Browser;
  let api: DeskApi;
  let staff: Staff;
  let ticketPath: string;
  const pages: OpenPage[] = [];

  beforeAll(async () => {
    [desk, browser] = await Promise.all([startDesk(), launchChromium()]);
    api = new DeskApi(desk.baseUrl);
    staff = await api.newsroom({ researcher: 'Ada Researcher', reviewer: 'Bo Reviewer' });
    const ticket = await ticketInResearch(api, staff.slug, staff.admin, staff.members.researcher!, CLAIM);
    ticketPath = `/n/${staff.slug}/tickets/${ticket.id}`;
  });

  afterAll(async () => {
    for (const open of pages) await open.context.close();
    await browser?.close();
    await desk?.close();
  });

  const open = async (account: Account, path = ticketPath) => {
    const opened = await openAs(browser, desk.baseUrl, account, path);
    pages.push(opened);
    return opened;
  };

  it('adds and edits evidence with its stance and reliability', async () => {
    const ada = await open(staff.members.researcher!);
    const { page } = ada;
    await page.getByRole('button', { name: 'Add evidence' }).click();
    const form = page.getByRole('form', { name: 'Add evidence' });
    await form.getByLabel('Link to the source').fill('https://example.org/water-quality-2026');
    await form.getByLabel('Title').fill('Environment agency water report 2026');
    await form.getByLabel('Stance').selectOption('refutes');
    await form.getByLabel('Source reliability').selectOption('high');
    await form.getByLabel('What it shows').fill('Only 18 percent of monitored rivers fail the standard.');
    await form.getByRole('button', { name: 'Save evidence' }).click();
    const item = page.locator('.evidence', { hasText: 'Environment agency water report 2026' });
    await item.getByText('Refutes the claim').waitFor();
    await item.getByText('Source reliability: High').waitFor();

    await page.getByRole('button', { name: 'Edit evidence Environment agency water report 2026' }).click();
    const edit = page.getByRole('form', { name: 'Edit evidence' });
    await edit.getByLabel('Source reliability').selectOption('mixed');
    await edit.getByRole('button', { name: 'Save evidence' }).click();
    await item.getByText('Source reliability: Mixed').waitFor();
    expect(ada.errors).toEqual([]);
  });

  it('edits the claim’s details: claimant, where it appeared, tags and due date', async () => {
    const { page, errors } = pages[0]!;
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit ticket details' });
    await form.getByLabel('Claimant').fill('Regional water board');
    await form.getByLabel(/Where the claim appeared/).fill('https://news.example.org/rivers-story');
    await form.getByLabel('Tags (comma separated)').fill('environment, water');
    await form.getByLabel('Due').fill('2030-01-15');
    await form.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('— Regional water board').waitFor();
    await page.getByRole('link', { name: 'https://news.example.org/rivers-story' }).waitFor();
    await page.getByRole('link', { name: 'water', exact: true }).waitFor();
    expect(await page.locator('.ticket-head').innerText()).toContain('due Jan 15, 2030');
    expect(errors).toEqual([]);
  });

  it('explains in plain words when a colleague changed the verdict first', async () => {
    const ada = pages[0] ?? (await open(staff.members.researcher!));
    const bo = await open(staff.members.reviewer!);
    await bo.page.getByRole('heading', { name: new RegExp(CLAIM) }).waitFor();
    await bo.page.getByRole('radio', { name: 'False', exact: true }).check();
    await bo.page.getByLabel('Summary (shown on the public page)').fill('Most rivers are within the standard.');

    await ada.page.getByRole('radio', { name: 'Mostly false' }).check();
    await ada.page.getByLabel('Summary (shown on the public page)').fill('About 18 percent of rivers fail the standard, not half.');
    await ada.page.getByRole('button', { name: 'Save verdict' }).click();
    await ada.page.getByText('Verdict saved.').waitFor();

    await bo.page.getByRole('button', { name: 'Save verdict' }).click();
    await bo.page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this ticket while you were editing. Reload to see their changes.' })
      .waitFor();
    // Bo's draft is still there to copy from; nothing of Ada's was overwritten.
    expect(await bo.page.getByLabel('Summary (shown on the public page)').inputValue()).toBe('Most rivers are within the standard.');
    const ticket = await api.call<{ rating: string }>(staff.admin, 'GET', ticketPath.replace(/^\/n\/([^/]+)/, '/api/newsrooms/$1'));
    expect(ticket.rating).toBe('mostly-false');
  });

  it('lets an editor assign a member, and a reviewer send a ticket back with a note', async () => {
    const fresh = await api.call<{ id: string }>(staff.members.researcher!, 'POST', `/api/newsrooms/${staff.slug}/tickets`, { claim: 'Tap water is unsafe to drink' });
    const admin = await open(staff.admin, `/n/${staff.slug}/tickets/${fresh.id}`);
    await admin.page.getByLabel('Assign a member').selectOption({ label: 'Ada Researcher (researcher)' });
    await admin.page.getByRole('button', { name: 'Assign', exact: true }).click();
    await admin.page.getByRole('button', { name: 'Unassign Ada Researcher' }).waitFor();

    // Straight to review through the API, then the reviewer asks for changes in the browser.
    const ada = staff.members.researcher!;
    let ticket = await api.call<{ id: string; version: number; status: string }>(ada, 'GET', `/api/newsrooms/${staff.slug}/tickets/${fresh.id}`);
    for (const to of ['assigned', 'researching', 'drafting', 'in_review']) {
      if (ticket.status === to) continue;
      // Submitting for review needs a verdict.
      if (to === 'in_review') ticket = await api.call(ada, 'PUT', `/api/newsrooms/${staff.slug}/tickets/${fresh.id}/verdict`, { rating: 'false', summary: 'Tests show it is safe.', version: ticket.version });
      ticket = await api.call(to === 'assigned' ? staff.admin : ada, 'POST', `/api/newsrooms/${staff.slug}/tickets/${fresh.id}/transitions`, { to, version: ticket.version });
    }
    const bo = await open(staff.members.reviewer!, `/n/${staff.slug}/tickets/${fresh.id}`);
    await bo.page.getByRole('button', { name: 'Request changes' }).click();
    await bo.page.getByRole('alert').filter({ hasText: 'Say what needs to change' }).waitFor();
    await bo.page.getByLabel(/^Note/).fill('Cite the utility’s own test results.');
    await bo.page.getByRole('button', { name: 'Request changes' }).click();
    const signoff = bo.page.locator('.signoff', { hasText: 'Bo Reviewer' });
    await signoff.getByText('Changes requested').waitFor();
    await signoff.getByText('Cite the utility’s own test results.').waitFor();
    await bo.page.locator('.status-box .badge', { hasText: 'Drafting' }).waitFor();
    expect([...admin.errors, ...bo.errors]).toEqual([]);
  });

  it('lets an admin change the sign-off policy and invite a member, who joins by accepting', async () => {
    const newcomer = await api.signUp('Nia Newcomer');
    const admin = await open(staff.admin, `/n/${staff.slug}/settings`);
    const { page } = admin;
    await page.getByRole('heading', { name: 'Newsroom settings' }).waitFor();

    const policy = page.locator('section', { has: page.getByRole('heading', { name: 'Sign-off policy' }) });
    await policy.getByLabel('Reviewer approvals').fill('2');
    await policy.getByRole('button', { name: 'Save policy' }).click();
    await policy.getByText('Saved', { exact: true }).waitFor();
    const newsroom = await api.call<{ settings: { signoffPolicy: { required: { reviewer: number; editor: number } } } }>(staff.admin, 'GET', `/api/newsrooms/${staff.slug}`);
    expect(newsroom.settings.signoffPolicy.required).toEqual(expect.objectContaining({ reviewer: 2, editor: 1 }));

    const publisher = page.locator('section', { has: page.getByRole('heading', { name: 'Publisher identity' }) });
    await publisher.getByLabel(/Publisher name/).fill('River Valley Fact Check');
    await publisher.getByLabel('Website').fill('https://factcheck.example.org');
    await publisher.getByRole('button', { name: 'Save publisher' }).click();
    await publisher.getByText('Saved', { exact: true }).waitFor();

    const scale = page.locator('section', { has: page.getByRole('heading', { name: 'Rating scale' }) });
    await scale.getByLabel('Label of rating 7').fill('Not enough evidence');
    await scale.getByRole('button', { name: 'Save scale' }).click();
    await scale.getByText('Saved', { exact: true }).waitFor();
    const updated = await api.call<{ settings: { publisher: { name: string }; ratingScale: { label: string }[] } }>(staff.admin, 'GET', `/api/newsrooms/${staff.slug}`);
    expect(updated.settings.publisher.name).toBe('River Valley Fact Check');
    expect(updated.settings.ratingScale.map((r) => r.label)).toContain('Not enough evidence');

    const members = page.locator('section', { has: page.getByRole('heading', { name: 'Members and roles' }) });
    await members.getByLabel('Email').fill(newcomer.email);
    await members.getByLabel('Role for the invitee').selectOption('viewer');
    await members.getByRole('button', { name: 'Invite' }).click();
    const shown = members.getByRole('status');
    await shown.waitFor();
    const token = await shown.locator('code').innerText();
    // invited, not added: pending until the newcomer accepts
    await members.getByRole('list', { name: 'Pending invitations' }).getByText(newcomer.email.toLowerCase()).waitFor();
    expect(await members.getByLabel('Role of Nia Newcomer').count()).toBe(0);
    const nia = await open(newcomer, '/');
    await nia.page.getByLabel('Invitation token').fill(token);
    await nia.page.getByRole('button', { name: 'Join newsroom' }).click();
    await nia.page.getByRole('heading', { name: 'Queue' }).waitFor();
    expect(nia.page.url()).toContain(`/n/${staff.slug}`);
    await page.reload();
    await members.getByLabel('Role of Nia Newcomer').waitFor();
    expect(await members.getByLabel('Role of Nia Newcomer').inputValue()).toBe('viewer');

    // An address with no account gets the very same answer: a token, no hint.
    await members.getByLabel('Email').fill('nobody-here@example.org');
    await members.getByLabel('Role for the invitee').selectOption('viewer');
    await members.getByRole('button', { name: 'Invite' }).click();
    await members.getByRole('status').getByText('Invitation for nobody-here@example.org as viewer.').waitFor();
    expect(await members.getByRole('alert').count()).toBe(0);

    // ... and that person joins by creating their account with the token
    const fresh = await browser.newContext({ baseURL: desk.baseUrl });
    pages.push({ context: fresh, page: await fresh.newPage(), errors: [] });
    const visitor = pages.at(-1)!.page;
    await visitor.goto('/login');
    await visitor.getByRole('button', { name: 'New here? Create an account' }).click();
    await visitor.getByLabel('Your name').fill('Nobody Here');
    await visitor.getByLabel('Email').fill('nobody-here@example.org');
    await visitor.getByLabel('Password').fill('a long enough passphrase');
    await visitor.getByLabel(/^Invitation token/).fill(await members.getByRole('status').locator('code').innerText());
    await visitor.getByRole('button', { name: 'Create account' }).click();
    await visitor.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.reload();
    expect(await members.getByLabel('Role of Nobody Here').inputValue()).toBe('viewer');
    expect([...admin.errors, ...nia.errors]).toEqual([]);
  });

  it('can be used from the keyboard: skip link, then a ticket opened with Enter', async () => {
    const ada = await open(staff.members.researcher!, `/n/${staff.slug}`);
    const { page } = ada;
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.getByRole('link', { name: CLAIM }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(CLAIM) }).waitFor();
    expect(page.url()).toContain(ticketPath);
  });
});
