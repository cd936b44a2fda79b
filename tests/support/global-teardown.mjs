import '@swc-node/register/esm-register';

export default async function globalTeardown() {
  const { default: teardown } = await import('./teardown-database.ts');
  await teardown();
}
