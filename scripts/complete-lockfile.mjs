#!/usr/bin/env node
// Completes package-lock.json with the optional, platform-specific packages
// (native binaries for other operating systems and CPUs) that npm leaves out
// when the registry it resolved against had no manifest for them. Without
// those entries `npm ci` refuses the lockfile as out of sync. Each added entry
// carries `os`/`cpu` (read from the package name), so npm skips it on other
// platforms and fetches it by name and version where it matches.
//
// Run after changing dependencies:  node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', android: 'android', freebsd: 'freebsd', openharmony: 'openharmony', wasm32: null };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => part in OS);
  const cpu = parts.find((part) => CPU.includes(part));
  if (!os || !cpu || !OS[os]) return undefined;
  const libc = parts.some((part) => part.startsWith('musl')) ? 'musl' : parts.some((part) => part.startsWith('gnu')) && os === 'linux' ? 'glibc' : undefined;
  return { os: [OS[os]], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const added = [];
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency next to its dependent first, then at the top level.
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) {
      console.error(`cannot complete ${name}@${version} (needed by ${location || 'the project'}): not a platform binary with an exact version`);
      process.exitCode = 1;
      continue;
    }
    packages[`node_modules/${name}`] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}
if (added.length) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
}
console.log(added.length ? `added ${added.length} platform packages: ${added.join(', ')}` : 'package-lock.json is complete');
