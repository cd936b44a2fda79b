import { describe, expect, it } from '@jest/globals';
import { COMMON_PASSWORDS } from '../../../src/auth/common-passwords.js';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '../../../src/auth/password-policy.js';

describe('password policy', () => {
  it('accepts a long, uncommon passphrase', () => {
    expect(passwordProblem('violet-harbour-engine-42')).toBeUndefined();
  });

  it('counts characters, not bytes, for the minimum length', () => {
    expect(passwordProblem('ñandú-lápiz')).toMatch(/at least 12/); // 11 characters
    expect(passwordProblem('ñandú-lápiz!')).toBeUndefined(); // 12 characters, more bytes
  });

  it('refuses passwords shorter than the minimum and absurdly long ones', () => {
    expect(passwordProblem('x1y2z3w4v5u')).toMatch(new RegExp(`${PASSWORD_MIN_LENGTH}`));
    expect(passwordProblem('abcdefgh'.repeat(40))).toMatch(/at most/);
  });

  it('refuses every listed common password, whatever its case', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(20);
    for (const common of COMMON_PASSWORDS) {
      expect(passwordProblem(common)).toBeDefined();
      expect(passwordProblem(common.toUpperCase())).toBeDefined();
    }
  });

  it('refuses a password that is only one or two characters repeated', () => {
    expect(passwordProblem('zzzzzzzzzzzzzz')).toMatch(/few different/);
    expect(passwordProblem('abababababababab')).toMatch(/few different/);
  });

  it('refuses the email address itself', () => {
    expect(passwordProblem('longname.here@example.org', 'LongName.Here@example.org')).toMatch(/email/);
    expect(passwordProblem('someone-careful', 'someone-careful@example.org')).toMatch(/email/);
    expect(passwordProblem('someone-careful-42', 'someone-careful@example.org')).toBeUndefined();
  });
});
