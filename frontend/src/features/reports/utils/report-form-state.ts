import type { Schemas } from '@/lib/api-schemas';
import { decimalToString, parseDecimal } from '@/lib/decimal';
import { fromApiLine, toApiLine, type LineDraft } from './line-draft';

export type ReportFormState = {
  consolidationApproach: '' | 'OPERATIONAL_CONTROL' | 'FINANCIAL_CONTROL' | 'EQUITY_SHARE';
  gwpSet: '' | 'AR5' | 'AR6';
  boundaryNote: string;
  methodsNote: string;
  factorSetId: string;
  biogenicCo2T: string;
  employees: string;
  floorAreaM2: string;
  lines: LineDraft[];
};

export const emptyForm = (): ReportFormState => ({
  consolidationApproach: 'OPERATIONAL_CONTROL',
  gwpSet: 'AR6',
  boundaryNote: '',
  methodsNote: '',
  factorSetId: '',
  biogenicCo2T: '',
  employees: '',
  floorAreaM2: '',
  lines: [],
});

const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function formFromReport(report: Schemas['Report']): ReportFormState {
  return {
    consolidationApproach: report.consolidationApproach ?? '',
    gwpSet: report.gwpSet ?? '',
    boundaryNote: report.boundaryNote ?? '',
    methodsNote: report.methodsNote ?? '',
    factorSetId: report.factorSetId ?? '',
    biogenicCo2T: text(report.biogenicCo2T),
    employees: text(report.employees),
    floorAreaM2: text(report.floorAreaM2),
    lines: report.lines.map(fromApiLine),
  };
}

function num(s: string): number | null {
  const d = parseDecimal(s);
  return d ? Number(decimalToString(d)) : null;
}

export function formToInput(year: number, form: ReportFormState): Schemas['ReportInput'] {
  const employees = num(form.employees);
  return {
    year,
    consolidationApproach: form.consolidationApproach || null,
    gwpSet: form.gwpSet || null,
    boundaryNote: form.boundaryNote.trim() || null,
    methodsNote: form.methodsNote.trim() || null,
    factorSetId: form.factorSetId || null,
    biogenicCo2T: num(form.biogenicCo2T),
    employees: employees === null ? null : Math.round(employees),
    floorAreaM2: num(form.floorAreaM2),
    lines: form.lines.map(toApiLine),
  };
}
