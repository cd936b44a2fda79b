import { describe, expect, it } from '@jest/globals';
import { LoginThrottle, type ThrottleLimits } from '../../../src/auth/login-throttle.js';

const ACCOUNT: ThrottleLimits = { windowMs: 60_000, soft: 2, hard: 4 };
const ADDRESS: ThrottleLimits = { windowMs: 60_000, soft: 5, hard: 8 };

function throttle() {
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  return { limiter: new LoginThrottle(ACCOUNT, ADDRESS, () => now), clock };
}

describe('login throttle', () => {
  it('answers the first failures at full speed, then slows each one more', () => {
    const { limiter } = throttle();
    expect([1, 2, 3, 4].map(() => limiter.fail('a@example.org', '10.0.0.1'))).toEqual([0, 0, 100, 200]);
  });

  it('refuses an account after the hard limit until the failures age out of the window', () => {
    const { limiter, clock } = throttle();
    for (let i = 0; i < ACCOUNT.hard; i++) {
      expect(limiter.check('a@example.org', '10.0.0.1').allowed).toBe(true);
      limiter.fail('a@example.org', '10.0.0.1');
      clock.advance(1_000);
    }
    const refused = limiter.check('A@Example.org ', '10.0.0.2');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 56 });
    expect(limiter.check('b@example.org', '10.0.0.1').allowed).toBe(true);
    clock.advance(56_000);
    expect(limiter.check('a@example.org', '10.0.0.1').allowed).toBe(true);
  });

  it('refuses an address spraying many accounts', () => {
    const { limiter } = throttle();
    for (let i = 0; i < ADDRESS.hard; i++) limiter.fail(`user${i}@example.org`, '10.0.0.9');
    expect(limiter.check('fresh@example.org', '10.0.0.9').allowed).toBe(false);
    expect(limiter.check('fresh@example.org', '10.0.0.10').allowed).toBe(true);
  });

  it('forgets an account’s failures after a successful login, but not the address’s', () => {
    const { limiter } = throttle();
    for (let i = 0; i < ACCOUNT.hard - 1; i++) limiter.fail('a@example.org', '10.0.0.1');
    limiter.succeed('a@example.org');
    expect(limiter.fail('a@example.org', '10.0.0.1')).toBe(0);
    expect(limiter.check('a@example.org', '10.0.0.1').allowed).toBe(true);
  });

  it('treats unknown and known emails alike: the key is the address typed', () => {
    const { limiter } = throttle();
    for (let i = 0; i < ACCOUNT.hard; i++) limiter.fail('no-such-account@example.org', '10.0.0.1');
    expect(limiter.check('no-such-account@example.org', '10.0.0.3')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});
