import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SettingsUpdateDto } from '../../../src/newsrooms/dto/settings.dto.js';
import { DEFAULT_RATING_SCALE, type RatingDefinition, resolveSettings } from '../../../src/newsrooms/newsroom-settings.js';
import { mergeSettings, removedRatingKeys, settingsProblems } from '../../../src/newsrooms/settings-rules.js';

const scale = (): RatingDefinition[] => DEFAULT_RATING_SCALE.map((rating) => ({ ...rating, claimReview: { ...rating.claimReview } }));

describe('settings rules', () => {
  it('accepts the default scale and policy', () => {
    expect(settingsProblems({ ratingScale: scale(), signoffPolicy: { required: { reviewer: 1, editor: 1 } } })).toEqual([]);
  });

  it('refuses duplicate rating keys', () => {
    const ratings = scale();
    ratings[2]!.key = ratings[0]!.key;
    expect(settingsProblems({ ratingScale: ratings })).toEqual([{ field: 'settings.ratingScale.2.key', message: expect.stringContaining('duplicate') }]);
  });

  it('refuses ClaimReview numbers out of order', () => {
    const outside = scale();
    outside[0]!.claimReview.ratingValue = 6;
    expect(settingsProblems({ ratingScale: outside })[0]!.field).toBe('settings.ratingScale.0.claimReview.ratingValue');
    const flipped = scale();
    flipped[1]!.claimReview = { ...flipped[1]!.claimReview, worstRating: 5, bestRating: 1, ratingValue: 3 };
    expect(settingsProblems({ ratingScale: flipped }).map((p) => p.field)).toContain('settings.ratingScale.1.claimReview');
    const flat = scale();
    flat[1]!.claimReview = { ...flat[1]!.claimReview, worstRating: 3, bestRating: 3, ratingValue: 3 };
    expect(settingsProblems({ ratingScale: flat })).toHaveLength(1);
  });

  it('allows 0 to 5 approvals for reviewer, editor and admin only', () => {
    expect(settingsProblems({ signoffPolicy: { required: { reviewer: 0, editor: 5, admin: 1 } } })).toEqual([]);
    expect(settingsProblems({ signoffPolicy: { required: { editor: 6 } } })).toHaveLength(1);
    expect(settingsProblems({ signoffPolicy: { required: { editor: -1 } } })).toHaveLength(1);
    expect(settingsProblems({ signoffPolicy: { required: { editor: 1.5 } } })).toHaveLength(1);
    expect(settingsProblems({ signoffPolicy: { required: { viewer: 1 } } })).toHaveLength(1);
  });

  it('merges an update over stored settings, keeping untouched parts', () => {
    const stored = { publisher: { name: 'Desk' } };
    const merged = mergeSettings(stored, { signoffPolicy: { required: { editor: 2, reviewer: undefined } } });
    expect(merged).toEqual({ publisher: { name: 'Desk' }, signoffPolicy: { required: { editor: 2 }, excludeRatingSetter: true } });
    expect(resolveSettings(merged as Record<string, unknown>).ratingScale).toHaveLength(DEFAULT_RATING_SCALE.length);
    expect(stored).toEqual({ publisher: { name: 'Desk' } });
  });

  it('names the rating keys an update would remove', () => {
    const current = resolveSettings({});
    expect(removedRatingKeys(current, {})).toEqual([]);
    expect(removedRatingKeys(current, { ratingScale: scale().filter((r) => r.key !== 'mixed' && r.key !== 'false') })).toEqual(['mixed', 'false']);
  });

  it('lets members take tickets by default; an admin may turn it off and on again', () => {
    expect(resolveSettings({}).selfAssignment).toBe(true);
    expect(resolveSettings(null).selfAssignment).toBe(true);
    const off = mergeSettings({ publisher: { name: 'Desk' } }, { selfAssignment: false });
    expect(off).toEqual({ publisher: { name: 'Desk' }, selfAssignment: false });
    expect(resolveSettings(off as Record<string, unknown>).selfAssignment).toBe(false);
    // Other updates keep the stored choice.
    expect(mergeSettings(off as Record<string, unknown>, { publisher: { name: 'Other' } }).selfAssignment).toBe(false);
    expect(resolveSettings(mergeSettings(off as Record<string, unknown>, { selfAssignment: true }) as Record<string, unknown>).selfAssignment).toBe(true);
    // Something stored that is not a boolean reads as the default.
    expect(resolveSettings({ selfAssignment: 'no' }).selfAssignment).toBe(true);
  });

  it('validates selfAssignment as a boolean in the update body', async () => {
    const problems = async (body: object) => (await validate(plainToInstance(SettingsUpdateDto, body))).map((error) => error.property);
    expect(await problems({ selfAssignment: false })).toEqual([]);
    expect(await problems({ selfAssignment: true })).toEqual([]);
    expect(await problems({ selfAssignment: 'yes' })).toEqual(['selfAssignment']);
    expect(await problems({ selfAssignment: 1 })).toEqual(['selfAssignment']);
  });
});
