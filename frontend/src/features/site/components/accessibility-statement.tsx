import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { SiteSettings } from '../api/site-settings';
import { accessibilityFacts as facts } from './accessibility-facts';
import { ContactLink } from './contact-link';
import { jurisdictionsOf, SUPERVISORS, TextSection, useOperator, type Jurisdiction } from './legal-text';

const LAWS = { NO: 'laws.NO', SE: 'laws.SE', DK: 'laws.DK' } as const satisfies Record<Jurisdiction, string>;
const ENFORCEMENT = {
  NO: 'accessibility.enforcementNO',
  SE: 'accessibility.enforcementSE',
  DK: 'accessibility.enforcementDK',
} as const satisfies Record<Jurisdiction, string>;

/**
 * The accessibility statement, in the order of the EU model statement (Commission Implementing Decision (EU)
 * 2018/1523): commitment, compliance status, non-accessible content, preparation, feedback, enforcement.
 */
export function AccessibilityStatement({ settings }: { settings: SiteSettings | undefined }) {
  const { t } = useTranslation('site');
  const format = useFormat();
  const operator = useOperator(settings);
  const countries = jurisdictionsOf(settings);
  const law = settings?.country ? t(LAWS[settings.country]) : t('accessibility.lawAny');
  return (
    <>
      {/* the operator opens the sentence: capitalised even when it is the 'not configured yet' phrase */}
      <p>{t('accessibility.intro', { operator: operator.charAt(0).toLocaleUpperCase() + operator.slice(1), law, site: globalThis.location?.origin ?? '' })}</p>
      <TextSection id="status" title={t('accessibility.statusTitle')} paragraphs={[t('accessibility.status')]} />
      <TextSection id="deviations" title={t('accessibility.deviationsTitle')} paragraphs={[t('accessibility.deviationsIntro')]}>
        <ul>
          <li>{t('accessibility.deviationTiming')}</li>
          <li>{t('accessibility.deviationFocus')}</li>
          <li>{t('accessibility.deviationWcag22')}</li>
        </ul>
        <h3>{t('accessibility.outOfScopeTitle')}</h3>
        <p>{t('accessibility.outOfScope')}</p>
      </TextSection>
      <TextSection id="tested" title={t('accessibility.testedTitle')} paragraphs={[t('accessibility.testedIntro', { prepared: format.date(facts.preparedOn) })]}>
        <ul>
          <li>{t('accessibility.testedAxe', { axe: facts.axeVersion, checks: format.integer(facts.sweep.checks), violations: format.integer(facts.sweep.violations) })}</li>
          <li>{t('accessibility.testedTarget')}</li>
          <li>{t('accessibility.testedKeyboard')}</li>
          <li>{t('accessibility.testedCharts')}</li>
        </ul>
        <p>{t('accessibility.reviewed', { reviewed: format.date(facts.reviewedOn) })}</p>
      </TextSection>
      <TextSection id="feedback" title={t('accessibility.feedbackTitle')} paragraphs={[t('accessibility.feedback', { operator })]}>
        <ContactLink contact={settings?.accessibilityContact} />
      </TextSection>
      <TextSection id="enforcement" title={t('accessibility.enforcementTitle')} paragraphs={[t('accessibility.enforcement')]}>
        <ul>
          {countries.map((c) => (
            <li key={c}>
              <a href={SUPERVISORS[c]}>{t(ENFORCEMENT[c])}</a>
            </li>
          ))}
        </ul>
      </TextSection>
    </>
  );
}
