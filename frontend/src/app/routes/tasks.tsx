import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader, Section } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { currentYear } from '@/lib/clock';
import { hasRole, useMe } from '@/features/auth/api/get-me';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { useReviewQueue } from '@/features/reports/api/get-review-queue';
import { ReportTask } from '@/features/reports/components/report-task';

// Accounts are reported the year after: in 2026 partners file 2025.
const reportingYear = () => currentYear() - 1;

function OrganisationTask({ orgId }: { orgId: string }) {
  const org = useOrganisation(orgId);
  if (org.isPending) return <Loading />;
  if (org.isError) return <ErrorMessage error={org.error} />;
  return <ReportTask orgId={orgId} orgName={org.data.name} year={reportingYear()} />;
}

function ReviewTask() {
  const { t } = useTranslation('reports');
  const queue = useReviewQueue();
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorMessage error={queue.error} />;
  return (
    <p>
      <Link to={paths.review()}>{t('tasks.reviewWaiting', { count: queue.data.items.length })}</Link>
    </p>
  );
}

export default function TasksPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  const reporterOrgs = [...new Set(me.data.grants.filter((g) => g.role === 'REPORTER' && g.organisationId).map((g) => g.organisationId as string))];
  const coordinatorNetworks = me.data.grants.filter((g) => g.role === 'COORDINATOR' && g.networkId);
  return (
    <>
      <PageHeader title={t('tasks.title')}>
        <p>{t('tasks.greeting', { name: me.data.displayName ?? me.data.email ?? '' })}</p>
      </PageHeader>
      {reporterOrgs.length > 0 ? (
        <Section title={t('tasks.reports')} id="report-tasks">
          {reporterOrgs.map((id) => (
            <OrganisationTask key={id} orgId={id} />
          ))}
        </Section>
      ) : null}
      {hasRole(me.data, 'COORDINATOR') ? (
        <Section title={t('tasks.review')} id="review-tasks">
          <ReviewTask />
          <ul>
            {coordinatorNetworks.map((g) => (
              <li key={g.networkId}>
                <Link to={paths.members(g.networkId as string)}>{t('tasks.manageMembers')}</Link>
                {' · '}
                <Link to={paths.network(g.networkId as string)}>{t('tasks.openDashboard')}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {reporterOrgs.length === 0 && !hasRole(me.data, 'COORDINATOR') ? <p>{t('tasks.none')}</p> : null}
    </>
  );
}
