import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { DemoBadge, ErrorMessage, Loading, Notice } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import { useFormat } from '@/lib/format';
import { useFactorSet } from '../api/get-factor-set';
import { useFactorSets } from '../api/get-factor-sets';
import { reportQueryOptions, useReport, type VersionedReport } from '../api/get-report';
import { useImportLines } from '../api/import-lines';
import { useReportAction } from '../api/report-actions';
import { useSaveReport } from '../api/save-report';
import { clearDraft, loadDraft, storeDraft } from '../utils/draft-storage';
import { normaliseFieldErrors } from '../utils/field-errors';
import { emptyLine, totalsMilli } from '../utils/line-draft';
import type { Category } from '../utils/categories';
import {
  completeForm,
  emptyForm,
  formFromReport,
  formToInput,
  notationProblems,
  type NotationProblem,
  type ReportFormState,
} from '../utils/report-form-state';
import { NotationTable } from './notation-table';
import { PasteRows } from './paste-rows';
import { ReportLines } from './report-lines';
import { ReportHistoryView } from './report-history';
import { Totals } from './totals';
import { UploadCsv } from './upload-csv';

type Props = { orgId: string; year: number; country: string; canEdit: boolean };

export function ReportEditor(props: Props) {
  const report = useReport(props.orgId, props.year);
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} />;
  return <LoadedEditor {...props} versioned={report.data} />;
}

function LoadedEditor({ orgId, year, country, canEdit, versioned }: Props & { versioned: VersionedReport | null }) {
  const { t } = useTranslation(['reports', 'common']);
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const status = versioned?.report.status ?? 'DRAFT';
  const editable = canEdit && status === 'DRAFT';

  // Unsaved local work wins over the server copy: it is what the user last saw and typed.
  const [initial] = useState(() => {
    const stored = editable ? loadDraft(orgId, year) : null;
    return { stored, form: stored ? completeForm(stored.form) : versioned ? formFromReport(versioned.report) : emptyForm() };
  });
  const [form, setForm] = useState<ReportFormState>(initial.form);
  const [dirty, setDirty] = useState(initial.stored !== null);
  const [restoredAt, setRestoredAt] = useState(initial.stored?.savedAt ?? null);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<readonly NotationProblem[]>([]);
  const [blocked, setBlocked] = useState<'lines' | 'notations' | null>(null);
  // The notation keys as last sent: API errors name them by their index in that list.
  const [sent, setSent] = useState<Category[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);

  const save = useSaveReport();
  const action = useReportAction();
  const upload = useImportLines();
  const factorSets = useFactorSets({ country, year });
  const factorSet = useFactorSet(form.factorSetId).data;

  useEffect(() => {
    if (dirty && editable) storeDraft(orgId, year, form, versioned?.etag ?? null);
  }, [dirty, editable, form, orgId, year, versioned?.etag]);

  const change = (patch: Partial<ReportFormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
    setMessage(null);
  };

  const totals = useMemo(() => totalsMilli(form.lines), [form.lines]);
  // Re-check live once a submit was refused, so fixed rows lose their error as the user goes.
  const liveProblems = useMemo(() => (problems.length > 0 ? notationProblems(form) : []), [form, problems.length]);
  const error = save.error ?? action.error ?? upload.error;
  const fieldErrors = isApiError(error) ? normaliseFieldErrors(error.fieldErrors) : {};
  const busy = save.isPending || action.isPending || upload.isPending;

  const notationErrors: Partial<Record<Category, string[]>> = {};
  for (const [field, msgs] of Object.entries(fieldErrors)) {
    const m = /^scope3Notations\.(\d+)\./.exec(field);
    const category = m ? sent[Number(m[1])] : undefined;
    if (category) (notationErrors[category] ??= []).push(...msgs);
  }

  // The message is a live region, so it is read out wherever focus is. Focus moves to it only
  // when the control the user was on goes away (after submitting the form is read-only).
  const announce = (text: string, moveFocus = false) => {
    setMessage(text);
    if (moveFocus) statusRef.current?.focus();
  };

  const persist = async () => {
    const input = formToInput(form);
    setSent(input.scope3Notations.map((n) => n.category));
    const saved = await save.mutateAsync({ orgId, year, input, etag: versioned?.etag ?? null, exists: versioned !== null });
    clearDraft(orgId, year);
    setDirty(false);
    setRestoredAt(null);
    return saved;
  };

  const onSave = async (e?: FormEvent) => {
    e?.preventDefault();
    action.reset();
    upload.reset();
    try {
      await persist();
      announce(t('editor.saved'));
    } catch {
      statusRef.current?.focus();
    }
  };

  const onSubmit = async () => {
    action.reset();
    upload.reset();
    // The API refuses an incomplete account; say what is missing in the reader's language first.
    const found = notationProblems(form);
    setProblems(found);
    const reason = form.lines.length === 0 ? 'lines' : found.length > 0 ? 'notations' : null;
    setBlocked(reason);
    if (reason) {
      statusRef.current?.focus();
      return;
    }
    try {
      const saved = await persist();
      await action.mutateAsync({ orgId, year, action: 'submit', etag: saved.etag });
      announce(t('editor.submitted'), true);
    } catch {
      statusRef.current?.focus();
    }
  };

  const onUpload = async (csv: string, filename: string) => {
    action.reset();
    try {
      // The import appends to the saved draft, so unsaved edits are saved first.
      const etag = dirty || versioned === null ? (await persist()).etag : versioned.etag;
      const result = await upload.mutateAsync({ orgId, year, csv, etag });
      const fresh = await queryClient.fetchQuery({ ...reportQueryOptions(orgId, year), staleTime: 0 });
      if (fresh) setForm(formFromReport(fresh.report));
      announce(t('upload.done', { count: result.data.importedLines, file: filename }));
    } catch {
      statusRef.current?.focus();
    }
  };

  const discardLocal = () => {
    clearDraft(orgId, year);
    setForm(versioned ? formFromReport(versioned.report) : emptyForm());
    setDirty(false);
    setRestoredAt(null);
  };

  const known = ['boundaryNote', 'methodsNote', 'employees', 'biogenicCo2T', 'floorAreaM2', 'revenueMnok', 'consolidationApproach', 'gwpSet', 'factorSetId'];
  const unmatched = Object.entries(fieldErrors).filter(([k]) => !/^lines\.\d+\./.test(k) && !/^scope3Notations\.\d+\./.test(k) && !known.includes(k));

  return (
    <form onSubmit={(e) => void onSave(e)} noValidate className="report-editor">
      <div ref={statusRef} tabIndex={-1} className="editor-status">
        <p>
          {t('editor.status')}: <strong>{t(`common:reportStatus.${status}`)}</strong>
          {versioned?.report.revision ? ` · ${t('editor.revision', { n: versioned.report.revision })}` : null}
          {versioned?.report.demo ? <> <DemoBadge /></> : null}
        </p>
        {versioned?.report.returnComment && status === 'DRAFT' ? (
          <Notice tone="warning">
            <p>
              <strong>{t('editor.returned')}</strong> {versioned.report.returnComment}
            </p>
          </Notice>
        ) : null}
        {restoredAt ? (
          <Notice tone="info">
            <p>{t('editor.restored', { time: fmt.dateTime(restoredAt) })}</p>
            <Button onClick={discardLocal}>{t('editor.discardLocal')}</Button>
          </Notice>
        ) : null}
        {message ? <Notice tone="success">{message}</Notice> : null}
        {blocked ? (
          <div role="alert" className="alert alert-error">
            <p>{blocked === 'lines' ? t('editor.needsLines') : t('notations.blocked', { count: liveProblems.length || problems.length })}</p>
            {blocked === 'notations' ? (
              <p>
                <a href="#notations-heading">{t('notations.goTo')}</a>
              </p>
            ) : null}
          </div>
        ) : null}
        {error ? (
          <ErrorMessage error={error}>
            {unmatched.length > 0 ? (
              <ul>
                {unmatched.map(([field, msgs]) => (
                  <li key={field}>{`${field}: ${msgs.join(' ')}`}</li>
                ))}
              </ul>
            ) : null}
            {isApiError(error) && error.isConflict ? <p>{t('editor.conflictHint')}</p> : null}
          </ErrorMessage>
        ) : null}
        {!editable && canEdit ? <p>{t('editor.readOnly')}</p> : null}
      </div>

      <Section title={t('editor.aboutTitle')} id="about">
        <fieldset disabled={!editable} className="grid-2">
          <legend className="visually-hidden">{t('editor.aboutTitle')}</legend>
          <SelectField label={t('editor.consolidation')} value={form.consolidationApproach} errors={fieldErrors.consolidationApproach} onChange={(e) => change({ consolidationApproach: e.target.value as ReportFormState['consolidationApproach'] })}>
            <option value="OPERATIONAL_CONTROL">{t('consolidation.OPERATIONAL_CONTROL')}</option>
            <option value="FINANCIAL_CONTROL">{t('consolidation.FINANCIAL_CONTROL')}</option>
            <option value="EQUITY_SHARE">{t('consolidation.EQUITY_SHARE')}</option>
          </SelectField>
          <SelectField label={t('editor.gwpSet')} value={form.gwpSet} errors={fieldErrors.gwpSet} onChange={(e) => change({ gwpSet: e.target.value as ReportFormState['gwpSet'] })}>
            <option value="AR6">AR6</option>
            <option value="AR5">AR5</option>
          </SelectField>
          <SelectField label={t('editor.factorSet')} value={form.factorSetId} errors={fieldErrors.factorSetId} onChange={(e) => change({ factorSetId: e.target.value })}>
            <option value="">{t('editor.noFactorSet')}</option>
            {(factorSets.data?.items ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {`${s.name} ${s.version} (${s.year})${s.illustrative ? ` – ${t('editor.illustrative')}` : ''}`}
              </option>
            ))}
          </SelectField>
          <TextField label={t('editor.employees')} inputMode="numeric" value={form.employees} errors={fieldErrors.employees} onChange={(e) => change({ employees: e.target.value })} />
          <TextField label={t('editor.floorArea')} inputMode="decimal" value={form.floorAreaM2} errors={fieldErrors.floorAreaM2} onChange={(e) => change({ floorAreaM2: e.target.value })} />
          <TextField label={t('editor.revenue')} inputMode="decimal" value={form.revenueMnok} errors={fieldErrors.revenueMnok} onChange={(e) => change({ revenueMnok: e.target.value })} />
          <TextField label={t('editor.biogenic')} hint={t('editor.biogenicHint')} inputMode="decimal" value={form.biogenicCo2T} errors={fieldErrors.biogenicCo2T} onChange={(e) => change({ biogenicCo2T: e.target.value })} />
          <TextAreaField label={t('editor.boundaryNote')} value={form.boundaryNote} errors={fieldErrors.boundaryNote} onChange={(e) => change({ boundaryNote: e.target.value })} />
          <TextAreaField label={t('editor.methodsNote')} value={form.methodsNote} errors={fieldErrors.methodsNote} onChange={(e) => change({ methodsNote: e.target.value })} />
        </fieldset>
      </Section>

      <Section title={t('lines.title')} id="lines">
        <ReportLines lines={form.lines} onChange={(lines) => change({ lines })} factorSet={factorSet} errors={fieldErrors} readOnly={!editable} />
        {editable ? (
          <div className="toolbar">
            <Button onClick={() => change({ lines: [...form.lines, emptyLine()] })}>{t('lines.add')}</Button>
            <PasteRows factorSet={factorSet} onAdd={(lines) => change({ lines: [...form.lines, ...lines] })} />
            <UploadCsv busy={busy} onUpload={onUpload} />
          </div>
        ) : null}
      </Section>

      <Section title={t('notations.title')} id="notations">
        <p className="muted">{t('notations.intro')}</p>
        <NotationTable
          form={form}
          readOnly={!editable}
          problems={liveProblems}
          errors={notationErrors}
          onChange={(notations) => change({ notations })}
        />
      </Section>

      <Totals totals={totals} title={t('totals.title')} />

      {editable ? (
        <div className="toolbar sticky-actions">
          <Button type="submit" disabled={busy}>
            {t('editor.saveDraft')}
          </Button>
          <Button variant="primary" disabled={busy} onClick={() => void onSubmit()}>
            {t('editor.submit')}
          </Button>
          {dirty ? <span className="unsaved">{t('editor.unsaved')}</span> : null}
        </div>
      ) : null}

      {versioned ? (
        <Section title={t('history.title')} id="history">
          <ReportHistoryView orgId={orgId} year={year} />
        </Section>
      ) : null}
    </form>
  );
}
