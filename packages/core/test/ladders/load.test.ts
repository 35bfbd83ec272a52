import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineLadder, getBuiltInLadder, isBuiltInLadderId, LADDER_IDS, loadLadder, resolveLadder, unknownLadder } from '../../src/ladders/index.js';
import { ValidationError } from '../../src/shared/errors.js';
import { rejectionOf } from '../support.js';

const text = (en: string) => ({ en, fr: `${en} (fr)` });

const custom = defineLadder({
  id: 'our-ladder',
  name: text('Our ladder'),
  rungs: [
    { id: 'low', label: text('Low'), description: text('Patients are told.') },
    { id: 'high', label: text('High'), description: text('Patients decide with us.') },
  ],
});

describe('loadLadder', () => {
  it('loads every built-in ladder by id, the same one resolveLadder gives', async () => {
    for (const id of LADDER_IDS) {
      const ladder = await loadLadder(id);
      expect(ladder.id).toBe(id);
      expect(ladder).toBe(getBuiltInLadder(id));
      expect(ladder).toBe(resolveLadder(id));
    }
  });

  it('finds a custom ladder first, and built-in ladders beside it', async () => {
    expect(await loadLadder('our-ladder', [custom])).toBe(custom);
    expect(await loadLadder('iap2', [custom])).toBe(getBuiltInLadder('iap2'));
  });

  it('rejects an unknown id with a ValidationError naming the field and the ids it knows', async () => {
    const error = await rejectionOf<ValidationError>(loadLadder('our-ladder'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('ladderId');
    expect(error.code).toBe('unknown-value');
    expect(error.messages.en).toContain('participation');
    const named = await rejectionOf<ValidationError>(loadLadder('nope', [custom], 'settings.ladderId'));
    expect(named.field).toBe('settings.ladderId');
    expect(named.messages.en).toContain('our-ladder');
    expect(named.messages.fr).toContain('our-ladder');
  });

  it('refuses anything that is not a known id, never throwing anything but a ValidationError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('toString', '__proto__', 'constructor'), fc.anything()), async (id) => {
        fc.pre(!isBuiltInLadderId(id));
        const error = await rejectionOf(loadLadder(id));
        expect(error).toBeInstanceOf(ValidationError);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isBuiltInLadderId and unknownLadder', () => {
  it('knows exactly the built-in ids', () => {
    for (const id of LADDER_IDS) expect(isBuiltInLadderId(id)).toBe(true);
    for (const id of ['', 'toString', 'PARTICIPATION', 42, null, undefined]) expect(isBuiltInLadderId(id)).toBe(false);
  });

  it('lists the built-in ids, then the custom ones, in both languages', () => {
    const error = unknownLadder('poll.ladderId', ['our-ladder']);
    expect(error.field).toBe('poll.ladderId');
    expect(error.code).toBe('unknown-value');
    expect(error.messages.en).toContain(`${LADDER_IDS.join(', ')}, our-ladder`);
    expect(error.messages.fr).toContain('our-ladder');
  });
});
