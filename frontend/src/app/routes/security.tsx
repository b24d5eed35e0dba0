import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { WithSiteSettings } from '@/features/site/components/legal-text';
import { SecurityPolicy } from '@/features/site/components/security-policy';

export default function SecurityPage() {
  const { t } = useTranslation('site');
  return (
    <>
      <PageHeader title={t('security.title')} />
      <WithSiteSettings>{(settings) => <SecurityPolicy settings={settings} />}</WithSiteSettings>
    </>
  );
}
