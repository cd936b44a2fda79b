/** A fixed signing secret: the bench signs its own member token, as the test harness does. */
export const BENCH_SECRET = 'bench-secret-that-is-long-enough-for-hs256-signing';
