import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader, Section } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { currentYear } from '@/lib/clock';
import { canReport, useMe } from '@/features/auth/api/get-me';
import { CommitmentList } from '@/features/commitments/components/commitment-list';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { OrganisationSummary } from '@/features/organisations/components/organisation-summary';
import { OrganisationTrend } from '@/features/reports/components/organisation-trend';

export default function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('networks');
  const organisation = useOrganisation(id);
  const me = useMe();
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <ErrorMessage error={organisation.error} />;
  const reporter = canReport(me.data, id);
  const reportYear = currentYear() - 1;
  return (
    <>
      <PageHeader title={organisation.data.name}>
        <OrganisationSummary organisation={organisation.data} />
        {reporter ? <Link to={paths.report(id, reportYear)}>{t('organisation.openReport', { year: reportYear })}</Link> : null}
      </PageHeader>
      <Section title={t('organisation.trend')} id="trend">
        <OrganisationTrend orgId={id} canReport={reporter} />
      </Section>
      <Section title={t('dashboard.commitments')} id="commitments">
        <CommitmentList params={{ organisationId: id }} caption={t('commitments.caption')} />
      </Section>
    </>
  );
}
