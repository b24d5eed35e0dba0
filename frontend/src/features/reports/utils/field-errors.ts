import type { FieldErrors } from '@/lib/api-client';

/** Problem details may name fields "lines[2].quantity" or "lines.2.quantity"; use one form. */
export function normaliseFieldErrors(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(errors)) {
    const key = field.replace(/\[(\d+)\]/g, '.$1').replace(/^(body|input|arg\d+)\./, '');
    (out[key] ??= []).push(...messages);
  }
  return out;
}
