/**
 * Time of one argon2id hash and one verification with the desk's parameters:
 *
 *   node --import @swc-node/register/esm-register bench/argon2.ts
 */
import { performance } from 'node:perf_hooks';
import { ARGON2_OPTIONS, hashPassword, verifyPassword } from '../src/auth/password-hasher.js';
import { median } from './stats.js';

const rounds = Number(process.argv[2] ?? 20);

await hashPassword('warm-up password'); // first call loads the native module
const hashTimes: number[] = [];
const verifyTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  let start = performance.now();
  const hash = await hashPassword(`bench password ${i}`);
  hashTimes.push(performance.now() - start);
  start = performance.now();
  await verifyPassword(hash, `bench password ${i}`);
  verifyTimes.push(performance.now() - start);
}
const fmt = (values: number[]) => `median ${median(values).toFixed(1)} ms, min ${Math.min(...values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
console.log(`argon2id m=${ARGON2_OPTIONS.memoryCost} KiB t=${ARGON2_OPTIONS.timeCost} p=${ARGON2_OPTIONS.parallelism}, ${rounds} rounds`);
console.log(`hash:   ${fmt(hashTimes)}`);
console.log(`verify: ${fmt(verifyTimes)}`);
