import type { Schemas } from '@/lib/api-schemas';
import { decimalToString, parseDecimal } from '@/lib/decimal';
import { SCOPE3_CATEGORIES, type Category, type Notation } from './categories';
import { fromApiLine, toApiLine, type LineDraft } from './line-draft';

/** A scope-3 category reported without figures: a notation key and why (GHG Protocol disclosure). */
export type NotationDraft = { notation: Notation | ''; reason: string };

export type ReportFormState = {
  consolidationApproach: Schemas['ConsolidationApproach'];
  gwpSet: Schemas['GwpSet'];
  boundaryNote: string;
  methodsNote: string;
  factorSetId: string;
  biogenicCo2T: string;
  employees: string;
  floorAreaM2: string;
  revenueMnok: string;
  lines: LineDraft[];
  /** Keyed by scope-3 category. Kept while a category has lines, but only sent when it has none. */
  notations: Partial<Record<Category, NotationDraft>>;
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
  revenueMnok: '',
  lines: [],
  notations: {},
});

/** A form stored by an older version of the app may lack newer fields. */
export const completeForm = (stored: Partial<ReportFormState>): ReportFormState => ({ ...emptyForm(), ...stored });

const text = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function formFromReport(report: Schemas['ReportView']): ReportFormState {
  const notations: ReportFormState['notations'] = {};
  for (const n of report.scope3Notations) notations[n.category] = { notation: n.notation, reason: n.reason };
  return {
    consolidationApproach: report.consolidationApproach,
    gwpSet: report.gwpSet,
    boundaryNote: report.boundaryNote ?? '',
    methodsNote: report.methodsNote ?? '',
    factorSetId: report.factorSetId ?? '',
    biogenicCo2T: text(report.biogenicCo2T),
    employees: text(report.employees),
    floorAreaM2: text(report.floorAreaM2),
    revenueMnok: text(report.revenueMnok),
    lines: report.lines.map(fromApiLine),
    notations,
  };
}

function num(s: string): number | undefined {
  const d = parseDecimal(s);
  return d ? Number(decimalToString(d)) : undefined;
}

const categoriesWithLines = (form: ReportFormState) => new Set(form.lines.map((l) => l.category));

/**
 * The notation keys as sent, in category order; the index of each is what the API's field
 * errors ("scope3Notations[2].reason") refer to.
 */
export function sentNotations(form: ReportFormState): Schemas['Scope3Notation'][] {
  const withLines = categoriesWithLines(form);
  const out: Schemas['Scope3Notation'][] = [];
  for (const category of SCOPE3_CATEGORIES) {
    const n = form.notations[category];
    if (!n || n.notation === '' || withLines.has(category)) continue;
    out.push({ category, notation: n.notation, reason: n.reason.trim() });
  }
  return out;
}

export type NotationProblem = { category: Category; problem: 'missing' | 'reason' };

/** What blocks submitting: each scope-3 category needs lines or a notation key with a reason. */
export function notationProblems(form: ReportFormState): NotationProblem[] {
  const withLines = categoriesWithLines(form);
  const problems: NotationProblem[] = [];
  for (const category of SCOPE3_CATEGORIES) {
    if (withLines.has(category)) continue;
    const n = form.notations[category];
    if (!n || n.notation === '') problems.push({ category, problem: 'missing' });
    else if (n.reason.trim() === '') problems.push({ category, problem: 'reason' });
  }
  return problems;
}

export function formToInput(form: ReportFormState): Schemas['ReportInput'] {
  const employees = num(form.employees);
  return {
    consolidationApproach: form.consolidationApproach,
    gwpSet: form.gwpSet,
    boundaryNote: form.boundaryNote.trim() || undefined,
    methodsNote: form.methodsNote.trim() || undefined,
    factorSetId: form.factorSetId || undefined,
    biogenicCo2T: num(form.biogenicCo2T),
    employees: employees === undefined ? undefined : Math.round(employees),
    floorAreaM2: num(form.floorAreaM2),
    revenueMnok: num(form.revenueMnok),
    lines: form.lines.map(toApiLine),
    scope3Notations: sentNotations(form),
  };
}
