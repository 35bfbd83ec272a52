import { describe, expect, it } from 'vitest';
import {
  PARITY_ANSWER_IDS,
  PARITY_ANSWER_LABELS,
  PARITY_ANSWER_VALUES,
  PARITY_FACTORS,
  PARITY_FACTOR_IDS,
  PARITY_ITEM_IDS,
  ROSTER_MESSAGES,
  isParityItemId,
  parityFactorById,
} from '../../src/parity/index.js';
import { KEBAB_CASE } from '../support.js';

describe('parity factors', () => {
  it('are the seven factors of seed 003 in their fixed order', () => {
    expect(PARITY_FACTOR_IDS).toEqual(['numbers', 'compensation', 'power-balance', 'preparation', 'support', 'leadership', 'vulnerability']);
  });

  it('each have 2–4 checklist items with ids `factor.slug`', () => {
    for (const factor of PARITY_FACTORS) {
      expect(factor.id).toMatch(KEBAB_CASE);
      expect(factor.items.length).toBeGreaterThanOrEqual(2);
      expect(factor.items.length).toBeLessThanOrEqual(4);
      for (const item of factor.items) {
        const [prefix, slug] = item.id.split('.');
        expect(prefix).toBe(factor.id);
        expect(slug).toMatch(KEBAB_CASE);
      }
    }
    expect(new Set(PARITY_ITEM_IDS).size).toBe(PARITY_ITEM_IDS.length);
    expect(PARITY_ITEM_IDS).toContain('numbers.balance');
  });

  it('have non-empty English and French text everywhere', () => {
    for (const factor of PARITY_FACTORS) {
      for (const text of [factor.label, factor.question, factor.suggestion, ...factor.items.map((item) => item.text)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.fr.trim()).not.toBe('');
      }
    }
    for (const answer of PARITY_ANSWER_IDS) {
      expect(PARITY_ANSWER_LABELS[answer].en).not.toBe('');
      expect(PARITY_ANSWER_LABELS[answer].fr).not.toBe('');
    }
    for (const message of Object.values(ROSTER_MESSAGES)) {
      expect(message.en).not.toBe('');
      expect(message.fr).not.toBe('');
    }
  });

  it('value the answers 0, 0.5, 1 and leave not-applicable out', () => {
    expect(PARITY_ANSWER_VALUES).toEqual({ 'not-yet': 0, partly: 0.5, fully: 1, 'not-applicable': null });
  });

  it('can be looked up and are frozen', () => {
    expect(parityFactorById('leadership').label.en).toBe('Leadership');
    expect(isParityItemId('support.contact-person')).toBe(true);
    expect(isParityItemId('support.nothing')).toBe(false);
    expect(isParityItemId('toString')).toBe(false);
    expect(Object.isFrozen(PARITY_FACTORS[0]?.items[0])).toBe(true);
  });
});
