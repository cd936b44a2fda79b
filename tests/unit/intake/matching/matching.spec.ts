import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { probeQuery, tellingParts } from '../../../../src/intake/matching/probe.js';
import { eventKinds, sameClaim } from '../../../../src/intake/matching/same-claim.js';

const key = (terms: string[], numbers: string[] = []) => ({ terms, numbers });

describe('same claim', () => {
  it('groups paraphrases that describe the same event with different verbs', () => {
    const verdict = sameClaim(key(['isis', 'fighter', 'reent', 'palmyra']), key(['isis', 'recaptur', 'citi', 'palmyra', 'key']));
    expect(verdict.sameClaim).toBe(true);
    expect(verdict.reason).toContain('a capture');
    expect(verdict.reason).toContain('palmyra');
  });

  it('groups one figure reported in different words', () => {
    const verdict = sameClaim(key(['isis', 'terrorist', 'launch', 'assault', 'ancient', 'citi', 'tank'], ['4000']), key(['report', 'oper', 'conduct', 'isis', 'fighter'], ['4000']));
    expect(verdict).toMatchObject({ sameClaim: true });
    expect(verdict.reason).toContain('same figure 4000');
  });

  it('keeps apart claims that share a place and actors but describe different events', () => {
    const recapture = key(['isis', 'recaptur', 'palmyra', 'syria']);
    const deployment = key(['pentagon', 'deploy', 'troop', 'syria', 'raqqa', 'isis'], ['200']);
    const verdict = sameClaim(recapture, deployment);
    expect(verdict.sameClaim).toBe(false);
    expect(verdict.reason).toMatch(/different events/);
  });

  it('keeps apart two different figures about one event', () => {
    const verdict = sameClaim(key(['isis', 'fighter', 'kill', 'strike', 'russian'], ['300']), key(['isis', 'fighter', 'kill', 'strike', 'russian'], ['4000']));
    expect(verdict.sameClaim).toBe(false);
    expect(verdict.reason).toMatch(/different figures \(300 vs 4000\)/);
  });

  it('reads years as when, not as figures: two different years are two events', () => {
    const retook = key(['armi', 'retak', 'palmyra'], ['2017']);
    expect(sameClaim(retook, key(['armi', 'retak', 'palmyra'], ['2017'])).sameClaim).toBe(true);
    const verdict = sameClaim(retook, key(['armi', 'retak', 'palmyra'], ['2016']));
    expect(verdict.sameClaim).toBe(false);
    expect(verdict.reason).toMatch(/different years \(2017 vs 2016\)/);
  });

  it('ignores small counts, which reports share by chance, and lets one report add a figure the other leaves out', () => {
    expect(sameClaim(key(['pension', 'rise', 'percent'], ['3']), key(['pension', 'rise', 'percent'], ['4'])).sameClaim).toBe(true);
    const verdict = sameClaim(key(['tarnow', 'adult', 'studi'], ['48000', '10']), key(['tarnow', 'adult', 'follow'], ['48000']));
    expect(verdict).toMatchObject({ sameClaim: true });
  });

  it('needs more than one shared word when figures do not settle it', () => {
    expect(sameClaim(key(['syria', 'govern', 'talk']), key(['syria', 'weather', 'snow'])).sameClaim).toBe(false);
    expect(sameClaim(key([]), key(['syria'])).score).toBe(0);
  });

  it('is symmetric and bounded', () => {
    const term = fc.constantFrom('isis', 'palmyra', 'kill', 'deploy', 'troop', 'syria', 'retak', 'citi', 'armi', 'russian');
    const figure = fc.constantFrom('300', '4000', '200', '2016');
    const claimKey = fc.record({ terms: fc.uniqueArray(term, { maxLength: 6 }), numbers: fc.uniqueArray(figure, { maxLength: 2 }) });
    fc.assert(
      fc.property(claimKey, claimKey, (a, b) => {
        const ab = sameClaim(a, b);
        const ba = sameClaim(b, a);
        expect(ab.score).toBe(ba.score);
        expect(ab.sameClaim).toBe(ba.sameClaim);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('reads event kinds from stems, not from short words inside others', () => {
    expect(eventKinds(['recaptur', 'palmyra'])).toEqual(['~capture']);
    expect(eventKinds(['tom'])).toEqual(['~capture']);
    expect(eventKinds(['tomato', 'totem'])).toEqual([]);
  });
});

describe('probe query', () => {
  it('matches stems as prefixes, figures as the parser splits them, names in every spelling', () => {
    const query = probeQuery(key(['recaptur', 'isis', 'us'], ['4000']), (term) => (term === 'isis' ? ['isil', 'islamic state'] : []));
    expect(query).toBe(`'recaptur':* | 'isis':* | 'isil':* | ('islamic' <-> 'state') | 'us' | '4000' | ('4' <-> '000')`);
  });

  it("also finds the written form of stems that Snowball ends in -i ('ministri' is \"ministry\" in the index)", () => {
    expect(probeQuery(key(['ministri', 'citi']))).toBe(`'ministri':* | 'ministry' | 'citi':* | 'city'`);
  });

  it('retrieves by telling words only once the desk is large: figures and phrases stay, common words go, two rarest at least', () => {
    const parts = [`'said':*`, `'armi':*`, `'palmyra':*`, `'4000'`, `('islamic' <-> 'state')`];
    const shares = new Map([['said', 0.3], ['army', 0.2], ['armies', 0.01], ['palmyra', 0.0001]]);
    // 'armi':* covers 'armies' (1,000 rows): common too.
    expect(tellingParts(parts, { rows: 100_000, shares })).toEqual([`'palmyra':*`, `'4000'`, `('islamic' <-> 'state')`]);
    expect(tellingParts([`'said':*`, `'armi':*`], { rows: 100_000, shares })).toEqual([`'armi':*`, `'said':*`]);
    expect(tellingParts(parts, { rows: 400, shares })).toEqual(parts);
    expect(tellingParts(parts, undefined)).toEqual(parts);
  });

  it('lets nothing but letters and digits into the query', () => {
    const query = probeQuery(key(["o'brien", 'a|b', 'x&y:*', '!!', "')"]));
    expect(query).toBe(`('o' <-> 'brien') | ('a' <-> 'b') | ('x' <-> 'y')`);
    expect(probeQuery(key(['!!']))).toBeNull();
  });
});
