import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { currentYear } from '@/lib/clock';
import { canReport, useMe } from '@/features/auth/api/get-me';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { ReportEditor } from '@/features/reports/components/report-editor';

export default function ReportPage() {
  const { id = '', year: yearParam = '' } = useParams();
  const { t } = useTranslation('reports');
  const year = Number(yearParam);
  const organisation = useOrganisation(id);
  const me = useMe();
  if (!Number.isInteger(year) || year < 1990 || year > currentYear()) return <ErrorMessage error={new Error('year')} />;
  if (organisation.isPending || me.isPending) return <Loading />;
  if (organisation.isError) return <ErrorMessage error={organisation.error} />;
  return (
    <>
      <PageHeader title={t('editor.title', { name: organisation.data.name, year })}>
        <Link to={paths.organisation(id)}>{t('editor.backToOrganisation')}</Link>
      </PageHeader>
      <ReportEditor orgId={id} year={year} country={organisation.data.country} canEdit={canReport(me.data, id)} />
    </>
  );
}
