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
import { useReport, type VersionedReport } from '../api/get-report';
import { useReportAction } from '../api/report-actions';
import { useSaveReport } from '../api/save-report';
import { clearDraft, loadDraft, storeDraft } from '../utils/draft-storage';
import { normaliseFieldErrors } from '../utils/field-errors';
import { emptyLine, totalsMilli } from '../utils/line-draft';
import { emptyForm, formFromReport, formToInput, type ReportFormState } from '../utils/report-form-state';
import { PasteRows } from './paste-rows';
import { ReportLines } from './report-lines';
import { Totals } from './totals';

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
  const status = versioned?.report.status ?? 'DRAFT';
  const editable = canEdit && status === 'DRAFT';

  // Unsaved local work wins over the server copy: it is what the user last saw and typed.
  const [initial] = useState(() => {
    const stored = editable ? loadDraft(orgId, year) : null;
    return { stored, form: stored?.form ?? (versioned ? formFromReport(versioned.report) : emptyForm()) };
  });
  const [form, setForm] = useState<ReportFormState>(initial.form);
  const [dirty, setDirty] = useState(initial.stored !== null);
  const [restoredAt, setRestoredAt] = useState(initial.stored?.savedAt ?? null);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const save = useSaveReport();
  const action = useReportAction();
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
  const error = save.error ?? action.error;
  const fieldErrors = isApiError(error) ? normaliseFieldErrors(error.fieldErrors) : {};
  const busy = save.isPending || action.isPending;

  const announce = (text: string) => {
    setMessage(text);
    statusRef.current?.focus();
  };

  const persist = async () => {
    const saved = await save.mutateAsync({ orgId, year, input: formToInput(year, form), etag: versioned?.etag ?? null, exists: versioned !== null });
    clearDraft(orgId, year);
    setDirty(false);
    setRestoredAt(null);
    return saved;
  };

  const onSave = async (e?: FormEvent) => {
    e?.preventDefault();
    try {
      await persist();
      announce(t('editor.saved'));
    } catch {
      statusRef.current?.focus();
    }
  };

  const onSubmit = async () => {
    try {
      const saved = await persist();
      await action.mutateAsync({ orgId, year, action: 'submit', etag: saved.etag });
      announce(t('editor.submitted'));
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

  const unmatched = Object.entries(fieldErrors).filter(([k]) => !/^lines\.\d+\./.test(k) && !['boundaryNote', 'methodsNote', 'employees', 'biogenicCo2T', 'floorAreaM2'].includes(k));

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
            <PasteRows onAdd={(lines) => change({ lines: [...form.lines, ...lines] })} />
          </div>
        ) : null}
      </Section>

      <Totals totals={totals} title={t('totals.title')} />

      {editable ? (
        <div className="toolbar sticky-actions">
          <Button type="submit" disabled={busy}>
            {t('editor.saveDraft')}
          </Button>
          <Button variant="primary" disabled={busy || form.lines.length === 0} onClick={() => void onSubmit()}>
            {t('editor.submit')}
          </Button>
          {dirty ? <span className="unsaved">{t('editor.unsaved')}</span> : null}
        </div>
      ) : null}
    </form>
  );
}
