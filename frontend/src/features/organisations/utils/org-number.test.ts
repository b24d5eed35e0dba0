import { describe, expect, it } from 'vitest';
import { validateOrgNumber } from './org-number';

// Synthetic numbers built to satisfy (or break) each country's check-digit rule.
describe('validateOrgNumber', () => {
  it('NO: mod 11 with weights 3,2,7,6,5,4,3,2', () => {
    expect(validateOrgNumber('NO', '123 456 785')).toEqual({ status: 'valid', normalised: '123456785' });
    expect(validateOrgNumber('NO', 'NO 123456785 MVA')).toEqual({ status: 'valid', normalised: '123456785' });
    expect(validateOrgNumber('NO', '123456784')).toEqual({ status: 'invalid', reason: 'checksum' });
    expect(validateOrgNumber('NO', '12345678')).toEqual({ status: 'invalid', reason: 'format' });
  });

  it('NO: a remainder giving check digit 10 is never valid', () => {
    // 00000001x: sum 2, 11-2 = 9 is fine; 00000010x: sum 3 → 8; find a 10 case: weights·digits ≡ 1 (mod 11)
    // 10000000x has sum 3 → 8. 00000100x: sum 4 → 7. 20000000x: 6 → 5. 00000003: 6. Use 40000000: 12 ≡ 1 → 10.
    for (let d = 0; d <= 9; d++) expect(validateOrgNumber('NO', `40000000${d}`).status).toBe('invalid');
  });

  it('SE: Luhn over ten digits; the 12-digit form is normalised', () => {
    expect(validateOrgNumber('SE', '556677-8899')).toEqual({ status: 'valid', normalised: '5566778899' });
    expect(validateOrgNumber('SE', '165566778899')).toEqual({ status: 'valid', normalised: '5566778899' });
    expect(validateOrgNumber('SE', '5566778898')).toEqual({ status: 'invalid', reason: 'checksum' });
    expect(validateOrgNumber('SE', '55667788')).toEqual({ status: 'invalid', reason: 'format' });
  });

  it('DK: CVR weights 2,7,6,5,4,3,2,1, sum divisible by 11', () => {
    expect(validateOrgNumber('DK', '12345674')).toEqual({ status: 'valid', normalised: '12345674' });
    expect(validateOrgNumber('DK', 'DK 12345674')).toEqual({ status: 'valid', normalised: '12345674' });
    expect(validateOrgNumber('DK', '12345678')).toEqual({ status: 'invalid', reason: 'checksum' });
  });

  it('FI: Y-tunnus 7+1 with weights 7,9,10,5,8,4,2', () => {
    expect(validateOrgNumber('FI', '1234567-1')).toEqual({ status: 'valid', normalised: '1234567-1' });
    expect(validateOrgNumber('FI', '12345671')).toEqual({ status: 'valid', normalised: '1234567-1' });
    expect(validateOrgNumber('FI', '1234567-2')).toEqual({ status: 'invalid', reason: 'checksum' });
  });

  it('other countries are kept as given and marked unverified', () => {
    expect(validateOrgNumber('IS', ' 123-456 ')).toEqual({ status: 'unverified', normalised: '123-456' });
  });
});
