import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { milliToString } from './decimal';

// Intl wants BCP 47 tags; bokmål is "nb" there too, so the i18n code can be used as is.
export function createFormatters(locale: string) {
  const tonnes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const tonnesExact = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  // Intl formats decimal strings exactly (no float round trip), which matters for large sums.
  const asIntl = (m: bigint) => milliToString(m) as unknown as number;
  return {
    locale,
    tonnes: (m: bigint) => tonnes.format(asIntl(m)),
    tonnesExact: (m: bigint) => tonnesExact.format(asIntl(m)),
    integer: (n: number) => integer.format(n),
    /** A quantity or factor as the API sent it, in the reader's locale ("1 200,5"). */
    decimal: (v: number | string) => decimal.format(String(v) as unknown as number),
    percent: (r: number) => percent.format(r),
    signedPercent: (r: number) => signedPercent.format(r),
    date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}

/** Ratio of two milli-tonne figures as a float, only for display of percentages. */
export function ratio(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 1_000_000n) / whole) / 1_000_000;
}
