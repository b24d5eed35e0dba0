import type { ReportFormState } from './report-form-state';

// The unsaved form is mirrored to localStorage on every change so that a crash, a reload,
// an expired token or a failed save never costs the reporter what they typed.
const key = (orgId: string, year: number) => `klimanett.reportDraft.${orgId}.${year}`;

export type StoredDraft = { form: ReportFormState; baseEtag: string | null; savedAt: string };

export function loadDraft(orgId: string, year: number): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key(orgId, year));
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function storeDraft(orgId: string, year: number, form: ReportFormState, baseEtag: string | null): void {
  try {
    const draft: StoredDraft = { form, baseEtag, savedAt: new Date().toISOString() };
    localStorage.setItem(key(orgId, year), JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: the in-memory form still works.
  }
}

export function clearDraft(orgId: string, year: number): void {
  localStorage.removeItem(key(orgId, year));
}
