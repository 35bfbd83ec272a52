import { describe, expect, it } from 'vitest';
import { createPledge, MAX_PLEDGE_LENGTH, PLEDGE_PROMPT, readPledgeDraft, remainingCharacters } from '../../src/pledges/index.js';
import { errorOf } from '../support.js';

describe('PLEDGE_PROMPT', () => {
  it('has the pledge sentence in English and French', () => {
    expect(PLEDGE_PROMPT.en).toBe('I will work in partnership with patients and people by …');
    expect(PLEDGE_PROMPT.fr).toMatch(/^Je .*partenariat.*…$/);
    expect(MAX_PLEDGE_LENGTH).toBe(280);
  });
});

describe('readPledgeDraft', () => {
  it('reads a draft with defaults: no consent, follow-up in 30 days', () => {
    expect(readPledgeDraft({ wallId: 'town-hall', text: '  listening first  ' })).toEqual({
      wallId: 'town-hall',
      text: 'listening first',
      nameConsent: false,
      followUpDays: 30,
    });
  });

  it('keeps a name only with consent, trimmed', () => {
    expect(readPledgeDraft({ wallId: 'w', text: 'x', name: ' Dr. Ngo ', nameConsent: true, followUpDays: 90 })).toEqual({
      wallId: 'w',
      text: 'x',
      name: 'Dr. Ngo',
      nameConsent: true,
      followUpDays: 90,
    });
  });

  it('drops a name given without consent, never refusing it', () => {
    for (const name of ['Dr. Ngo', 'x'.repeat(500), 42, null, { first: 'a' }, 'two\nlines']) {
      for (const nameConsent of [false, undefined]) {
        const draft = readPledgeDraft({ wallId: 'w', text: 'x', name, ...(nameConsent === undefined ? {} : { nameConsent }) });
        expect('name' in draft).toBe(false);
        expect(draft.nameConsent).toBe(false);
      }
    }
  });

  it('treats an empty name as none, and checks a consented name', () => {
    expect('name' in readPledgeDraft({ wallId: 'w', text: 'x', name: '   ', nameConsent: true })).toBe(false);
    expect(errorOf(() => readPledgeDraft({ wallId: 'w', text: 'x', name: 'x'.repeat(81), nameConsent: true }))).toMatchObject({ code: 'too-long', field: 'name' });
    expect(errorOf(() => readPledgeDraft({ wallId: 'w', text: 'x', name: 7, nameConsent: true }))).toMatchObject({ code: 'wrong-type', field: 'name' });
    expect(readPledgeDraft({ wallId: 'w', text: 'x', name: 'x'.repeat(80), nameConsent: true }).name).toHaveLength(80);
  });

  it('keeps markup as the exact text typed', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(readPledgeDraft({ wallId: 'w', text }).text).toBe(text);
    expect(createPledge(readPledgeDraft({ wallId: 'w', text }), { id: 'p1', now: '2026-01-01T00:00:00Z' }).text).toBe(text);
  });

  it('counts characters as people see them: 280 emoji fit, 281 do not', () => {
    const emoji = '🙂'; // two UTF-16 code units, one character
    expect(readPledgeDraft({ wallId: 'w', text: emoji.repeat(280) }).text).toBe(emoji.repeat(280));
    expect(errorOf(() => readPledgeDraft({ wallId: 'w', text: emoji.repeat(281) }))).toMatchObject({ code: 'too-long', field: 'text' });
    expect(errorOf(() => readPledgeDraft({ wallId: 'w', text: 'a'.repeat(281) }))).toMatchObject({ code: 'too-long', field: 'text' });
  });

  it('refuses a 10 MB text as too long', () => {
    const error = errorOf(() => readPledgeDraft({ wallId: 'w', text: 'a'.repeat(10 * 1024 * 1024) }));
    expect(error).toMatchObject({ code: 'too-long', field: 'text' });
  });

  it.each([
    ['text', '   ', 'required'],
    ['text', 5, 'wrong-type'],
    ['wallId', 'a wall', 'invalid-id'],
    ['nameConsent', 'yes', 'wrong-type'],
    ['followUpDays', 45, 'unknown-value'],
    ['followUpDays', '30', 'wrong-type'],
    ['ownerToken', 'abc', 'unknown-field'],
  ])('refuses %s = %j with %s', (field, value, code) => {
    const error = errorOf(() => readPledgeDraft({ wallId: 'w', text: 'x', [field]: value }));
    expect([error.code, error.field]).toEqual([code, field]);
  });

  it('accepts 30, 60 and 90 follow-up days', () => {
    for (const followUpDays of [30, 60, 90]) expect(readPledgeDraft({ wallId: 'w', text: 'x', followUpDays }).followUpDays).toBe(followUpDays);
  });
});

describe('createPledge', () => {
  const draft = readPledgeDraft({ wallId: 'town-hall', text: 'co-chairing with a patient', name: 'Ana', nameConsent: true });

  it('makes a pledge: status made, nobody joined, follow-up 30 days on', () => {
    expect(createPledge(draft, { id: 'pl-1', now: '2026-01-31T10:00:00Z' })).toEqual({
      id: 'pl-1',
      wallId: 'town-hall',
      text: 'co-chairing with a patient',
      name: 'Ana',
      nameConsent: true,
      followUpDays: 30,
      // 2026-01-31 + 30 days: February 2026 has 28 days, so 2026-03-02.
      followUpOn: '2026-03-02',
      status: 'made',
      joinCount: 0,
      createdAt: '2026-01-31T10:00:00.000Z',
      updatedAt: '2026-01-31T10:00:00.000Z',
    });
  });

  it.each([
    // 2024 is a leap year: 2024-02-01 + 30 days is 2024-03-02.
    ['2024-02-01T08:00:00Z', 30, '2024-03-02'],
    // 31 (January) + 28 (February) = 59 days to 2026-03-01, so +60 is 2026-03-02.
    ['2026-01-01T00:00:00Z', 60, '2026-03-02'],
    // 31 + 28 + 31 = 90: 2026-04-01.
    ['2026-01-01T00:00:00Z', 90, '2026-04-01'],
    // 23:30 in Montreal on 31 March is already 1 April in UTC; +30 is 1 May.
    ['2026-03-31T23:30:00-04:00', 30, '2026-05-01'],
  ] as const)('from %s with %i days follows up on %s', (now, followUpDays, expected) => {
    expect(createPledge({ ...draft, followUpDays }, { id: 'p', now }).followUpOn).toBe(expected);
  });

  it('accepts a Date for now', () => {
    expect(createPledge(draft, { id: 'p', now: new Date('2026-06-15T12:00:00Z') }).followUpOn).toBe('2026-07-15');
  });

  it('never stores a name without consent, even when a draft carries one', () => {
    const sneaky = { ...draft, nameConsent: false };
    const made = createPledge(sneaky, { id: 'p', now: '2026-01-01T00:00:00Z' });
    expect('name' in made).toBe(false);
    expect(JSON.stringify(made)).not.toContain('Ana');
  });

  it('refuses a bad id or time', () => {
    expect(errorOf(() => createPledge(draft, { id: 'no spaces', now: '2026-01-01T00:00:00Z' })).field).toBe('id');
    expect(errorOf(() => createPledge(draft, { id: 'p', now: 'now' })).field).toBe('now');
  });
});

describe('remainingCharacters', () => {
  it('counts down from 280 as people count characters, ignoring surrounding spaces', () => {
    expect(remainingCharacters('')).toBe(280);
    expect(remainingCharacters('hello')).toBe(275);
    expect(remainingCharacters('  hello  ')).toBe(275);
    expect(remainingCharacters('🙂🙂')).toBe(278);
    expect(remainingCharacters('a'.repeat(300))).toBe(-20);
  });

  it('stays quick and negative for a huge text', () => {
    expect(remainingCharacters('a'.repeat(10 * 1024 * 1024))).toBe(280 - 10 * 1024 * 1024);
  });
});
