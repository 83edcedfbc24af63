import { describe, expect, it } from 'vitest';
import { nationalFormat, validatePhone } from '../../../electron/core/leads/validation/phone';

describe('phone', () => {
  it('reads the ways Brazilians type the same mobile', () => {
    for (const input of [
      '(11) 98765-4321',
      '11987654321',
      '+55 11 98765-4321',
      '+55 (11) 9 8765-4321',
      '011 98765-4321',
      '0xx11 98765-4321',
      '5511987654321',
      '0 21 11 98765-4321',
      '(11) 98765-4321 ramal 20',
    ]) {
      const result = validatePhone(input);
      expect(result, input).toMatchObject({
        valid: true,
        e164: '+5511987654321',
        type: 'mobile',
        country: 'BR',
        flags: [],
      });
      expect(nationalFormat(result.e164), input).toBe('(11) 98765-4321');
    }
  });

  it('tells a landline from a mobile', () => {
    expect(validatePhone('(11) 3456-7890')).toMatchObject({ valid: true, e164: '+551134567890', type: 'landline' });
    expect(nationalFormat('+551134567890')).toBe('(11) 3456-7890');
    expect(validatePhone('(21) 2345-6789').type).toBe('landline');
  });

  it('flags an old mobile without its ninth digit and suggests the corrected number', () => {
    const result = validatePhone('(11) 8765-4321');
    expect(result).toMatchObject({
      valid: false,
      e164: null,
      flags: ['missingNinthDigit'],
      suggestion: '+5511987654321',
    });
    expect(validatePhone('+55 21 8765-4321')).toMatchObject({
      flags: ['missingNinthDigit'],
      suggestion: '+5521987654321',
    });
    expect(validatePhone('(31) 9123-4567')).toMatchObject({
      flags: ['missingNinthDigit'],
      suggestion: '+5531991234567',
    });
  });

  it('does not suggest a ninth digit for a landline-looking number', () => {
    // Starts with 2–5: a landline range; an invalid one stays just invalid.
    const result = validatePhone('(11) 2345-678');
    expect(result.valid).toBe(false);
    expect(result.flags).not.toContain('missingNinthDigit');
    expect(result.suggestion).toBeUndefined();
  });

  it('says a number without the area code is invalid for that reason', () => {
    for (const input of ['98765-4321', '3456-7890', '987654321']) {
      expect(validatePhone(input), input).toMatchObject({ valid: false, flags: ['missingAreaCode'], e164: null });
    }
  });

  it('accepts foreign numbers with a + prefix and flags them', () => {
    expect(validatePhone('+1 415 555 2671')).toMatchObject({
      valid: true,
      e164: '+14155552671',
      country: 'US',
      type: 'other',
      flags: ['foreign'],
    });
    expect(validatePhone('+351 912 345 678')).toMatchObject({
      valid: true,
      country: 'PT',
      type: 'mobile',
      flags: ['foreign'],
    });
    expect(validatePhone('+44 20 7946 0958')).toMatchObject({ valid: true, type: 'landline', flags: ['foreign'] });
    expect(validatePhone('0044 20 7946 0958')).toMatchObject({
      valid: true,
      e164: '+442079460958',
      flags: ['foreign'],
    });
  });

  it('treats numbers without + as Brazilian unless told otherwise', () => {
    expect(validatePhone('912 345 678').valid).toBe(false);
    expect(validatePhone('912 345 678', { defaultCountry: 'PT' })).toMatchObject({
      valid: true,
      e164: '+351912345678',
      flags: [],
    });
  });

  it('gives a reason for what is not a phone', () => {
    expect(validatePhone('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validatePhone('   ')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validatePhone('não tenho')).toMatchObject({ valid: false, reason: 'not_a_number' });
    expect(validatePhone('12')).toMatchObject({ valid: false, reason: 'too_short' });
    expect(validatePhone('(11) 987654-32100')).toMatchObject({ valid: false, reason: 'long_subscriber' });
    expect(validatePhone('(10) 98765-4321')).toMatchObject({
      valid: false,
      reason: 'invalid_area_code',
      facts: { areaCode: '10' },
    });
    expect(validatePhone('+999 123 456 789').valid).toBe(false);
  });

  it('calls non-geographic Brazilian numbers "other"', () => {
    expect(validatePhone('0800 123 4567')).toMatchObject({ valid: true, type: 'other', e164: '+558001234567' });
    expect(validatePhone('4004-0001')).toMatchObject({ valid: true, type: 'other', flags: [] });
  });
});
