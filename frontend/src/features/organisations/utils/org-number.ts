// Mirrors the backend's organisation-number rules so the form can say "wrong check digit"
// before a round trip. The server stays the authority; this is only early feedback.

export type OrgNumberResult =
  | { status: 'valid'; normalised: string }
  | { status: 'invalid'; reason: 'format' | 'checksum' }
  | { status: 'unverified'; normalised: string };

const digitsOf = (s: string) => s.split('').map(Number);

function weighted(digits: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);
}

function validNo(d: string): boolean {
  const digits = digitsOf(d);
  const rest = weighted(digits, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === digits[8];
}

function validSe(d: string): boolean {
  // Luhn over all ten digits.
  let sum = 0;
  digitsOf(d).forEach((digit, i) => {
    let v = i % 2 === 0 ? digit * 2 : digit;
    if (v > 9) v -= 9;
    sum += v;
  });
  return sum % 10 === 0;
}

function validDk(d: string): boolean {
  return weighted(digitsOf(d), [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

function validFi(d: string): boolean {
  const digits = digitsOf(d);
  const rest = weighted(digits, [7, 9, 10, 5, 8, 4, 2]) % 11;
  if (rest === 1) return false;
  const check = rest === 0 ? 0 : 11 - rest;
  return check === digits[7];
}

export function validateOrgNumber(country: string, raw: string): OrgNumberResult {
  const input = raw.trim();
  switch (country.toUpperCase()) {
    case 'NO': {
      const d = input.replace(/[\s.]/g, '').replace(/^NO/i, '').replace(/MVA$/i, '');
      if (!/^\d{9}$/.test(d)) return { status: 'invalid', reason: 'format' };
      return validNo(d) ? { status: 'valid', normalised: d } : { status: 'invalid', reason: 'checksum' };
    }
    case 'SE': {
      let d = input.replace(/[\s-]/g, '');
      if (/^\d{12}$/.test(d)) d = d.slice(2); // century prefix form: 16XXXXXXXXXX / 19XXXXXXXXXX
      if (!/^\d{10}$/.test(d)) return { status: 'invalid', reason: 'format' };
      return validSe(d) ? { status: 'valid', normalised: d } : { status: 'invalid', reason: 'checksum' };
    }
    case 'DK': {
      const d = input.replace(/\s/g, '').replace(/^DK/i, '');
      if (!/^\d{8}$/.test(d)) return { status: 'invalid', reason: 'format' };
      return validDk(d) ? { status: 'valid', normalised: d } : { status: 'invalid', reason: 'checksum' };
    }
    case 'FI': {
      const d = input.replace(/\s/g, '');
      if (!/^\d{7}-?\d$/.test(d)) return { status: 'invalid', reason: 'format' };
      const plain = d.replace('-', '');
      return validFi(plain)
        ? { status: 'valid', normalised: `${plain.slice(0, 7)}-${plain.slice(7)}` }
        : { status: 'invalid', reason: 'checksum' };
    }
    default:
      return { status: 'unverified', normalised: input };
  }
}
