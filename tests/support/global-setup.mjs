// Jest loads global set-up outside its module transform; the swc-node loader
// lets it import the TypeScript sources natively, exactly as the app runs them.
import '@swc-node/register/esm-register';

export default async function globalSetup() {
  const { default: setup } = await import('./setup-database.ts');
  await setup();
}
