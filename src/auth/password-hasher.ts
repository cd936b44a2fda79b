import { type Algorithm, hash, verify } from '@node-rs/argon2';

// The library's Algorithm is an ambient const enum, which isolated modules cannot read at run time.
const ARGON2ID = 2 as Algorithm.Argon2id;

/**
 * argon2id at OWASP's minimum recommendation (m = 19 MiB, t = 2, p = 1).
 * Measured with bench/argon2.ts; raise memoryCost before timeCost when the
 * hardware allows. Hashes record their own parameters, so old ones still verify.
 * (@node-rs/argon2 rather than `argon2`: the latter's prebuilt binary crashes
 * on load here and npm no longer runs its build script.)
 */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for anything that is not an argon2 hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash, so a login for an unknown email costs
 * the same time as one with a wrong password and does not reveal which it was.
 */
export async function spendVerification(password: string): Promise<false> {
  decoy ??= hashPassword('decoy password that nobody has');
  await verifyPassword(await decoy, password);
  return false;
}
