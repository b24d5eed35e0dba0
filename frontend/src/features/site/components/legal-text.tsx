import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '@/components/ui/page';
import { Loading } from '@/components/ui/status';
import type { Schemas } from '@/lib/api-schemas';
import { useSiteSettings, type SiteSettings } from '../api/site-settings';

export type Jurisdiction = Schemas['Jurisdiction'];
export const JURISDICTIONS: readonly Jurisdiction[] = ['NO', 'SE', 'DK'];

/** The national bodies a reader can turn to; only the operator's own once the operator has chosen a country. */
export const SUPERVISORS: Record<Jurisdiction, string> = {
  NO: 'https://www.uutilsynet.no/',
  SE: 'https://www.digg.se/',
  DK: 'https://digst.dk/',
};

export const jurisdictionsOf = (settings: SiteSettings | undefined): readonly Jurisdiction[] =>
  settings?.country ? [settings.country] : JURISDICTIONS;

/** The operator's name, or a plain phrase saying it is not configured yet. */
export function useOperator(settings: SiteSettings | undefined): string {
  const { t } = useTranslation('site');
  return settings?.operatorName ?? t('operator.missing');
}

/** Loads the site settings for a legal page; the page text is shown even when they cannot be loaded. */
export function WithSiteSettings({ children }: { children: (settings: SiteSettings | undefined) => ReactNode }) {
  const settings = useSiteSettings();
  if (settings.isPending) return <Loading />;
  return <>{children(settings.data?.settings)}</>;
}

export function TextSection({ id, title, paragraphs, children }: { id: string; title: string; paragraphs?: readonly string[]; children?: ReactNode }) {
  return (
    <Section title={title} id={id}>
      {(paragraphs ?? []).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {children}
    </Section>
  );
}
