import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteSettings } from '../api/site-settings';
import { ContactLink } from './contact-link';
import { TextSection, useOperator } from './legal-text';

/** Which personal data Klimanett holds, why, how long, who sees it and how to use one's rights (GDPR Art. 13). */
export function PrivacyNotice({ settings, profileLink }: { settings: SiteSettings | undefined; profileLink: ReactNode }) {
  const { t } = useTranslation('site');
  const operator = useOperator(settings);
  return (
    <>
      <TextSection id="controller" title={t('privacy.controllerTitle')} paragraphs={[t('privacy.controller', { operator })]}>
        <ContactLink contact={settings?.privacyContact} />
      </TextSection>
      <TextSection id="data" title={t('privacy.dataTitle')}>
        <ul>
          <li>{t('privacy.dataAccount')}</li>
          <li>{t('privacy.dataRoles')}</li>
          <li>{t('privacy.dataAudit')}</li>
          <li>{t('privacy.dataBrowser')}</li>
        </ul>
      </TextSection>
      <TextSection id="purpose" title={t('privacy.purposeTitle')} paragraphs={[t('privacy.purpose')]} />
      <TextSection id="retention" title={t('privacy.retentionTitle')} paragraphs={[t('privacy.retention')]} />
      <TextSection id="recipients" title={t('privacy.recipientsTitle')} paragraphs={[t('privacy.recipients')]} />
      <TextSection id="rights" title={t('privacy.rightsTitle')}>
        <ul>
          <li>
            {t('privacy.rightsCopy')} {profileLink}
          </li>
          <li>{t('privacy.rightsOther')}</li>
        </ul>
        <p>{t('privacy.complaint')}</p>
      </TextSection>
    </>
  );
}
