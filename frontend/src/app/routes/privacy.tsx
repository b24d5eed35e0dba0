import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { WithSiteSettings } from '@/features/site/components/legal-text';
import { PrivacyNotice } from '@/features/site/components/privacy-notice';

export default function PrivacyPage() {
  const { t } = useTranslation('site');
  return (
    <>
      <PageHeader title={t('privacy.title')} />
      <WithSiteSettings>
        {(settings) => <PrivacyNotice settings={settings} profileLink={<Link to={paths.profile()}>{t('privacy.profileLink')}</Link>} />}
      </WithSiteSettings>
    </>
  );
}
