import { describe, expect, it } from '@jest/globals';
import { afterFailure, DEFAULT_BACKOFF } from '../../../src/webhooks/delivery-backoff.js';
import { isPrivateAddress, urlProblem } from '../../../src/webhooks/webhook-target.js';

describe('webhook targets', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fc00::1', 'fd12::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', 'not-an-ip'])(
    'refuses %s',
    (address) => expect(isPrivateAddress(address)).toBe(true),
  );

  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => expect(isPrivateAddress(address)).toBe(false));

  it('checks the URL form', () => {
    expect(urlProblem('https://hooks.example.com/x')).toBeUndefined();
    expect(urlProblem('ftp://hooks.example.com/x')).toBe('the URL must use http or https');
    expect(urlProblem('https://u:p@hooks.example.com/')).toBe('the URL must not contain credentials');
    expect(urlProblem('nope')).toBe('the URL is not valid');
  });
});

describe('delivery backoff', () => {
  it('doubles from the base, with bounded jitter, up to the maximum', () => {
    expect(afterFailure(DEFAULT_BACKOFF, 1, () => 0)).toEqual({ retryInMs: 5_000 });
    expect(afterFailure(DEFAULT_BACKOFF, 2, () => 0)).toEqual({ retryInMs: 10_000 });
    expect(afterFailure(DEFAULT_BACKOFF, 3, () => 1)).toEqual({ retryInMs: 24_000 });
    expect(afterFailure(DEFAULT_BACKOFF, 9, () => 1)).toEqual({ retryInMs: 1_536_000 });
    expect(afterFailure({ ...DEFAULT_BACKOFF, maxAttempts: 20 }, 12, () => 1)).toEqual({ retryInMs: 3_600_000 });
  });

  it('gives up after the last attempt', () => {
    expect(afterFailure(DEFAULT_BACKOFF, DEFAULT_BACKOFF.maxAttempts)).toEqual({ giveUp: true });
  });
});
