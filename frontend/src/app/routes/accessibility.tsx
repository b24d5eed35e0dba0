import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page';
import { AccessibilityStatement } from '@/features/site/components/accessibility-statement';
import { WithSiteSettings } from '@/features/site/components/legal-text';

export default function AccessibilityPage() {
  const { t } = useTranslation('site');
  return (
    <>
      <PageHeader title={t('accessibility.title')} />
      <WithSiteSettings>{(settings) => <AccessibilityStatement settings={settings} />}</WithSiteSettings>
    </>
  );
}
