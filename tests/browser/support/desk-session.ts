import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../../src/access/roles.js';

/** A real account, registered and signed in through the desk's own API. */
export interface Account {
  id: string;
  email: string;
  password: string;
  displayName: string;
  accessToken: string;
  refreshToken: string;
}

export interface Staff {
  slug: string;
  admin: Account;
  members: Partial<Record<Role, Account>>;
}

export class DeskApi {
  constructor(readonly baseUrl: string) {}

  async call<T = unknown>(account: Account | undefined, method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(account ? { Authorization: `Bearer ${account.accessToken}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async signUp(displayName: string): Promise<Account> {
    const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${randomUUID().slice(0, 6)}@example.org`;
    const password = `Correct horse ${randomUUID().slice(0, 8)}`;
    const tokens = await this.call<{ accessToken: string; refreshToken: string; user: { id: string } }>(undefined, 'POST', '/api/auth/register', {
      email,
      password,
      displayName,
    });
    return { id: tokens.user.id, email, password, displayName, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
  }

  /** A newsroom created by its admin, with one member per requested role, all through the API. */
  async newsroom(staff: Partial<Record<Exclude<Role, 'admin'>, string>>): Promise<Staff> {
    const admin = await this.signUp(`Admin ${randomUUID().slice(0, 4)}`);
    const slug = `desk-${randomUUID().slice(0, 8)}`;
    await this.call(admin, 'POST', '/api/newsrooms', { name: `Desk ${slug.slice(5)}`, slug });
    const members: Record<string, Account> = {};
    for (const [role, name] of Object.entries(staff)) {
      members[role] = await this.signUp(name);
      // people join only by accepting an invitation
      const invitation = await this.call<{ token: string }>(admin, 'POST', `/api/newsrooms/${slug}/members`, { email: members[role].email, role });
      await this.call(members[role], 'POST', '/api/invitations/accept', { token: invitation.token });
    }
    return { slug, admin, members };
  }
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors thrown in the page: a test asserts there are none. */
  errors: string[];
}

/** A fresh browser profile signed in as `account` (its tokens stored as the sign-in form stores them). */
export async function openAs(browser: Browser, baseUrl: string, account: Account, path: string, viewport = { width: 1440, height: 900 }): Promise<OpenPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto('/login');
  const session = JSON.stringify({ accessToken: account.accessToken, refreshToken: account.refreshToken });
  await page.evaluate(`localStorage.setItem('claimdesk.session', ${JSON.stringify(session)})`);
  await page.goto(path);
  return { context, page, errors };
}
