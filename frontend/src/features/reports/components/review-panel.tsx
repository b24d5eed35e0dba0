import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { TextAreaField } from '@/components/ui/field';
import { DemoBadge, ErrorMessage, Loading, Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import { ratio, useFormat } from '@/lib/format';
import { useReport } from '../api/get-report';
import { useReportAction } from '../api/report-actions';
import { ReportHistoryView } from './report-history';
import { NotationsTable, ReportLinesTable, reportTotals } from './report-view';

type Key = 'scope1' | 'scope2Location' | 'scope2Market' | 'scope3';
const KEYS: readonly Key[] = ['scope1', 'scope2Location', 'scope2Market', 'scope3'];

/** One submitted report beside last year's approved figures, with approve / return. */
export type ReviewOutcome = 'approved' | 'returned' | 'reopened';

export function ReviewPanel({ orgId, orgName, year, onDone }: { orgId: string; orgName: string; year: number; onDone: (outcome: ReviewOutcome) => void }) {
  const { t } = useTranslation(['reports', 'common']);
  const fmt = useFormat();
  const current = useReport(orgId, year);
  const previous = useReport(orgId, year - 1);
  const action = useReportAction();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  if (current.isPending) return <Loading />;
  if (current.isError) return <ErrorMessage error={current.error} />;
  if (!current.data) return <Notice>{t('review.gone')}</Notice>;
  const { report, etag } = current.data;
  const now = reportTotals(report);
  const before = previous.data ? reportTotals(previous.data.report) : null;

  const approve = () => action.mutate({ orgId, year, action: 'approve', etag }, { onSuccess: () => onDone('approved') });
  const giveBack = (e: FormEvent) => {
    e.preventDefault();
    if (comment.trim() === '') {
      setCommentError(t('review.commentRequired'));
      return;
    }
    setCommentError(null);
    action.mutate({ orgId, year, action: 'return', etag, comment: comment.trim() }, { onSuccess: () => onDone('returned') });
  };
  const reopen = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setReasonError(t('review.reasonRequired'));
      return;
    }
    setReasonError(null);
    action.mutate({ orgId, year, action: 'reopen', etag, comment: reason.trim() }, { onSuccess: () => onDone('reopened') });
  };
  const serverCommentErrors = isApiError(action.error) ? action.error.fieldErrors.comment : undefined;
  const serverReasonErrors = isApiError(action.error) ? action.error.fieldErrors.reason : undefined;

  return (
    <section className="review-panel" aria-labelledby="review-heading">
      <h2 id="review-heading">
        {t('review.reportTitle', { name: orgName, year })} {report.demo ? <DemoBadge /> : null}
      </h2>
      <DataTable
        caption={t('review.compareCaption', { year, previous: year - 1 })}
        rows={KEYS}
        rowKey={(k) => k}
        columns={[
          { key: 'what', header: t('review.figure'), rowHeader: true, cell: (k) => t(`totals.${k}`) },
          { key: 'prev', header: String(year - 1), numeric: true, cell: (k) => (before ? fmt.tonnesExact(before[k]) : t('review.noPrevious')) },
          { key: 'now', header: String(year), numeric: true, cell: (k) => fmt.tonnesExact(now[k]) },
          {
            key: 'chg',
            header: t('review.change'),
            numeric: true,
            cell: (k) => {
              const r = before ? ratio(now[k] - before[k], before[k]) : null;
              return r === null ? '—' : fmt.signedPercent(r);
            },
          },
        ]}
      />
      {report.boundaryNote ? <p><strong>{t('editor.boundaryNote')}:</strong> {report.boundaryNote}</p> : null}
      {report.methodsNote ? <p><strong>{t('editor.methodsNote')}:</strong> {report.methodsNote}</p> : null}
      <ReportLinesTable report={report} />
      <NotationsTable report={report} />
      {action.isError ? <ErrorMessage error={action.error} /> : null}
      {report.status === 'SUBMITTED' ? (
        <div className="review-actions">
          <Button variant="primary" onClick={approve} disabled={action.isPending}>
            {t('review.approve')}
          </Button>
          <form onSubmit={giveBack} noValidate>
            <TextAreaField
              label={t('review.comment')}
              hint={t('review.commentHint')}
              value={comment}
              required
              onChange={(e) => setComment(e.target.value)}
              errors={commentError ? [commentError] : serverCommentErrors}
            />
            <Button type="submit" disabled={action.isPending}>
              {t('review.return')}
            </Button>
          </form>
        </div>
      ) : report.status === 'APPROVED' ? (
        <form onSubmit={reopen} noValidate className="review-actions-single">
          <TextAreaField
            label={t('review.reopenReason')}
            hint={t('review.reopenHint')}
            value={reason}
            required
            onChange={(e) => setReason(e.target.value)}
            errors={reasonError ? [reasonError] : serverReasonErrors}
          />
          <Button type="submit" disabled={action.isPending}>
            {t('review.reopen')}
          </Button>
        </form>
      ) : (
        <Notice>{t('review.alreadyHandled', { status: t(`common:reportStatus.${report.status}`) })}</Notice>
      )}
      <h3>{t('history.title')}</h3>
      <ReportHistoryView orgId={orgId} year={year} />
    </section>
  );
}
