import { useTranslation } from 'react-i18next';
import type { SiteSettings } from '../api/site-settings';
import { ContactLink } from './contact-link';

/** The disclosure policy that /.well-known/security.txt points to (its Policy field). */
export function SecurityPolicy({ settings }: { settings: SiteSettings | undefined }) {
  const { t } = useTranslation('site');
  return (
    <>
      <p>{t('security.intro')}</p>
      <p>{t('security.contact')}</p>
      <ContactLink contact={settings?.securityContact} />
      <p>{t('security.include')}</p>
      <p>{t('security.promise')}</p>
      <p>{t('security.rules')}</p>
      <p>{t('security.software')}</p>
    </>
  );
}
