import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ROLES } from '../access/roles.js';
import type { AppConfig } from '../config/config.js';
import { demoContentSeeders } from './demo-content.js';
import { type DemoSeed, seedDemoIdentity } from './demo-identity.js';

export const DEMO_LOGINS_FILE = 'demo-logins.txt';

/**
 * Seeds demo data into an empty database (after migrations, at boot) and
 * prints the logins once; they are also kept in DATA_DIR/demo-logins.txt.
 */
export async function seedDemo(app: INestApplication, config: AppConfig): Promise<DemoSeed | undefined> {
  const seed = await seedDemoIdentity(app.get(DataSource));
  const file = join(config.dataDir, DEMO_LOGINS_FILE);
  if (!seed) {
    if (existsSync(file)) console.log(`claimdesk: demo logins are in ${file}`);
    return undefined;
  }
  for (const addContent of demoContentSeeders) await addContent(app, seed);
  const text = describeLogins(seed, config.publicBaseUrl);
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
  console.log(`claimdesk: demo data created (kept in ${file}):\n${text}`);
  return seed;
}

export function describeLogins(seed: DemoSeed, baseUrl: string): string {
  const lines = ROLES.map((role) => `  ${role.padEnd(10)} ${seed.users[role].email}`);
  return [
    `Demo newsroom "${seed.newsroom.name}" (${baseUrl}/api/newsrooms/${seed.newsroom.slug}), one user per role:`,
    ...lines,
    `Password for every demo user: ${seed.password}`,
    '',
  ].join('\n');
}
