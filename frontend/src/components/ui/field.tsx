import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

type Common = { label: ReactNode; hint?: ReactNode; errors?: readonly string[] | undefined; labelHidden?: boolean };

// Label, hint and error are wired with aria-describedby/aria-invalid so screen readers read
// the problem details' field messages together with the field.
function useFieldIds(errors: readonly string[] | undefined, hint: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors && errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy, invalid: errorId !== undefined };
}

function Frame({ id, label, hint, hintId, errors, errorId, labelHidden, children }: Common & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  return (
    <div className={errorId ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {children}
      {errorId ? (
        <span id={errorId} className="field-error">
          {errors?.join(' ')}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({ label, hint, errors, labelHidden, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <Frame id={ids.id} label={label} hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} labelHidden={labelHidden}>
      <input id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...input} />
    </Frame>
  );
}

export function TextAreaField({ label, hint, errors, labelHidden, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <Frame id={ids.id} label={label} hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} labelHidden={labelHidden}>
      <textarea id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...input} />
    </Frame>
  );
}

export function SelectField({ label, hint, errors, labelHidden, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const ids = useFieldIds(errors, hint);
  return (
    <Frame id={ids.id} label={label} hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} labelHidden={labelHidden}>
      <select id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...select}>
        {children}
      </select>
    </Frame>
  );
}
