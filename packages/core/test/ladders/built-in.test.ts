import { describe, expect, it } from 'vitest';
import { BUILT_IN_LADDERS, getBuiltInLadder, isBuiltInLadderId, LADDER_IDS, type Ladder } from '../../src/ladders/index.js';
import type { LocalizedText } from '../../src/shared/text.js';
import { KEBAB_CASE } from '../support.js';

const expectedRungs: Record<string, readonly string[]> = {
  participation: [
    'passive-consumers',
    'told-no-influence',
    'asked-limited-influence',
    'suggest-and-influence',
    'share-decisions',
    'control-decisions',
  ],
  'co-production': ['coercion', 'educating', 'informing', 'consultation', 'engagement', 'co-design', 'co-production'],
  arnstein: [
    'manipulation',
    'therapy',
    'informing',
    'consultation',
    'placation',
    'partnership',
    'delegated-power',
    'citizen-control',
  ],
  iap2: ['inform', 'consult', 'involve', 'collaborate', 'empower'],
  continuum: ['consultation', 'involvement', 'partnership-and-shared-leadership'],
};

const expectedBands: Record<string, readonly (readonly [string, number])[]> = {
  participation: [],
  'co-production': [
    ['doing-to', 2],
    ['doing-for', 3],
    ['doing-with', 2],
  ],
  arnstein: [
    ['non-participation', 2],
    ['tokenism', 3],
    ['citizen-power', 3],
  ],
  iap2: [],
  continuum: [],
};

function expectBothLanguages(text: LocalizedText): void {
  expect(Object.keys(text).sort()).toEqual(['en', 'fr']);
  expect(text.en.trim().length).toBeGreaterThan(0);
  expect(text.fr.trim().length).toBeGreaterThan(0);
}

describe('built-in ladders', () => {
  it('lists the five ladders in the order of LADDER_IDS', () => {
    expect([...LADDER_IDS]).toEqual(['participation', 'co-production', 'arnstein', 'iap2', 'continuum']);
    expect(BUILT_IN_LADDERS.map((ladder) => ladder.id)).toEqual([...LADDER_IDS]);
  });

  it('finds each ladder by id and nothing for an unknown id', () => {
    for (const id of LADDER_IDS) expect(getBuiltInLadder(id)?.id).toBe(id);
    expect(getBuiltInLadder('nope')).toBeUndefined();
    expect(getBuiltInLadder('__proto__')).toBeUndefined();
    expect(getBuiltInLadder('toString')).toBeUndefined();
    expect(isBuiltInLadderId('arnstein')).toBe(true);
    expect(isBuiltInLadderId(42)).toBe(false);
  });

  describe.each(BUILT_IN_LADDERS.map((ladder) => [ladder.id, ladder] as const))('%s', (id, ladder: Ladder) => {
    it('has the expected rungs, lowest first, with unique kebab-case ids', () => {
      const ids = ladder.rungs.map((rung) => rung.id);
      expect(ids).toEqual(expectedRungs[id]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const rungId of ids) expect(rungId).toMatch(KEBAB_CASE);
    });

    it('has English and French name, question, labels and descriptions', () => {
      expectBothLanguages(ladder.name);
      expectBothLanguages(ladder.question);
      for (const rung of ladder.rungs) {
        expectBothLanguages(rung.label);
        expectBothLanguages(rung.description);
        expect(rung.description.en).not.toBe(rung.description.fr);
      }
      for (const band of ladder.bands) expectBothLanguages(band.label);
    });

    it('cites its source', () => {
      expect(ladder.source.trim().length).toBeGreaterThan(10);
    });

    it('has bands that cover every rung in order, or no bands', () => {
      const bands = expectedBands[id]!;
      expect(ladder.bands.map((band) => [band.id, band.rungs.length])).toEqual(bands);
      if (ladder.bands.length > 0) {
        expect(ladder.bands.flatMap((band) => band.rungs)).toEqual(ladder.rungs.map((rung) => rung.id));
      }
      for (const band of ladder.bands) expect(band.id).toMatch(KEBAB_CASE);
    });

    it('is frozen', () => {
      expect(Object.isFrozen(ladder)).toBe(true);
      expect(Object.isFrozen(ladder.rungs)).toBe(true);
      expect(Object.isFrozen(ladder.rungs[0])).toBe(true);
      expect(Object.isFrozen(ladder.rungs[0]!.label)).toBe(true);
    });

    it('survives a JSON round trip unchanged', () => {
      expect(JSON.parse(JSON.stringify(ladder))).toEqual(ladder);
    });
  });

  it('asks the participation question of the workshop and cites seed 002', () => {
    const ladder = getBuiltInLadder('participation')!;
    expect(ladder.question.en).toMatch(/ladder of participation/i);
    expect(ladder.question.fr).toMatch(/échelle de participation/i);
    expect(ladder.source).toContain('002_d83a45a62a84c467.txt');
  });

  it('says from "consult" upward that people are told how their input shaped the decision', () => {
    const ladder = getBuiltInLadder('iap2')!;
    const [inform, ...rest] = ladder.rungs;
    expect(inform!.description.en).not.toMatch(/how their input shaped/);
    for (const rung of rest) {
      expect(rung.description.en).toMatch(/how their input shaped the decision/);
      expect(rung.description.fr).toMatch(/comment leur contribution a influencé la décision/);
    }
  });

  it('mentions co-construction at the top of the continuum and cites seed 001', () => {
    const ladder = getBuiltInLadder('continuum')!;
    const top = ladder.rungs[ladder.rungs.length - 1]!;
    expect(top.description.en).toMatch(/co-construction/);
    expect(top.description.fr).toMatch(/coconstruction/);
    expect(ladder.source).toContain('001_5c14ab15c4889788.txt');
  });
});
