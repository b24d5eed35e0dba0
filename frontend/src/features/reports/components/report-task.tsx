import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { paths } from '@/config/paths';
import { useReport } from '../api/get-report';

/** "Your report for <year>": the reporter's to-do, with where it stands. */
export function ReportTask({ orgId, orgName, year }: { orgId: string; orgName: string; year: number }) {
  const { t } = useTranslation('reports');
  const report = useReport(orgId, year);
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} />;
  const status = report.data?.report.status;
  const returned = status === 'DRAFT' && !!report.data?.report.returnComment;
  const state = !status ? 'notStarted' : returned ? 'returned' : status === 'DRAFT' ? 'draft' : status === 'SUBMITTED' ? 'submitted' : 'approved';
  return (
    <p>
      <Link to={paths.report(orgId, year)}>{t('tasks.reportFor', { name: orgName, year })}</Link> — {t(`tasks.state.${state}`)}
    </p>
  );
}
