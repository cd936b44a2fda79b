// Jest loads global set-up outside its module transform; the swc-node loader
// lets it import the TypeScript sources natively.
import '@swc-node/register/esm-register';

export default async function browserGlobalSetup() {
  // Fail first and clearly when there is no browser: never skip silently.
  const { findChromium } = await import('./support/chromium.ts');
  findChromium();
  const { buildClient } = await import('./support/build-client.ts');
  await buildClient();
  const { default: setupDatabase } = await import('../support/setup-database.ts');
  await setupDatabase();
}
