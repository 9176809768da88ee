/**
 * Labelled form fields: every input has a visible label, and an error shown beside it says how to fix it.
 * Each field can carry the dotted path of the fact it edits (`field="newVg.name"`), so the checks panel
 * can move the focus to it and the error appears where the admin types.
 */
import { type ReactNode, useId } from 'react';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  /** Dotted path of the fact, e.g. 'newVg.name' (Finding.field). */
  field?: string;
}

/**
 * How a field's message says it is a warning (a finding the admin may accept), not an error: it is shown
 * in warning colours and does not mark the field invalid.
 */
export const warningPrefix = 'Warning: ';

const isWarning = (message?: string) => Boolean(message?.startsWith(warningPrefix));

/** The colour of a field's message: error red, or amber for a warning. */
export const messageClass = (message?: string, size = 'text-sm') =>
  `mt-1 ${size} font-medium ${isWarning(message) ? 'text-amber-800' : 'text-red-700'}`;

/** aria-invalid for a field: only an error makes it invalid. */
export const invalid = (message?: string) => (message && !isWarning(message) ? true : undefined);

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={messageClass(error)}>
          {error}
        </p>
      )}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/** What a labelled control needs to be tied to its label, hint and error. */
interface ControlWiring {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The frame every labelled control shares: the label above, the control, then its hint and error. */
function LabelledControl({
  label,
  hint,
  error,
  children,
}: Omit<FieldProps, 'field'> & { children(wiring: ControlWiring): ReactNode }) {
  const id = useId();
  const wiring: ControlWiring = {
    id,
    'aria-invalid': invalid(error),
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children(wiring)}
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** The border of a control: red for an error, amber for a warning. */
export const borderClass = (message?: string) =>
  invalid(message) ? 'border-red-600' : message ? 'border-amber-600' : 'border-slate-400';

const inputClass = (error?: string) =>
  `mt-1 w-full max-w-md rounded border bg-white px-3 py-2 ${borderClass(error)}`;

/**
 * A text input. Account forms also say what it holds (`type`, `autoComplete`) so password managers fill
 * it, and mark it `required` so the browser refuses an empty submit.
 */
export function TextField({
  label,
  hint,
  error,
  field,
  value,
  onChange,
  placeholder,
  type,
  autoComplete,
  required,
}: FieldProps & {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <LabelledControl label={label} hint={hint} error={error}>
      {(wiring) => (
        <input
          {...wiring}
          data-field={field}
          type={type}
          autoComplete={autoComplete}
          required={required}
          className={inputClass(error)}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </LabelledControl>
  );
}

/** A whole-number field; an empty or non-numeric entry is reported, not stored. */
export function NumberField({
  label,
  hint,
  error,
  field,
  value,
  min,
  max,
  onChange,
}: FieldProps & {
  value: number | undefined;
  min?: number;
  max?: number;
  onChange(value: number | undefined): void;
}) {
  return (
    <LabelledControl label={label} hint={hint} error={error}>
      {(wiring) => (
        <input
          {...wiring}
          data-field={field}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          className={`${inputClass(error)} max-w-40`}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Math.trunc(Number(e.target.value)))}
        />
      )}
    </LabelledControl>
  );
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  field,
  value,
  options,
  onChange,
}: FieldProps & { value: T; options: readonly { value: T; label: string }[]; onChange(value: T): void }) {
  return (
    <LabelledControl label={label} hint={hint} error={error}>
      {(wiring) => (
        <select
          {...wiring}
          data-field={field}
          className={inputClass(error)}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}

export function TextArea({
  label,
  hint,
  error,
  value,
  onChange,
  rows = 8,
}: FieldProps & { value: string; onChange(value: string): void; rows?: number }) {
  return (
    <LabelledControl label={label} hint={hint} error={error}>
      {(wiring) => (
        <textarea
          {...wiring}
          rows={rows}
          spellCheck={false}
          className={`${inputClass(error)} max-w-none font-mono text-sm`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </LabelledControl>
  );
}

export function RadioGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  field,
  error,
}: {
  legend: React.ReactNode;
  options: readonly { value: T; label: string; hint?: React.ReactNode }[];
  /** null: the admin has not answered yet (nothing is selected for them). */
  value: T | null;
  onChange(value: T): void;
  field?: string;
  error?: string;
}) {
  const name = useId();
  return (
    <fieldset className="mt-5" aria-invalid={invalid(error)} data-field={field} tabIndex={-1}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {value === null && <p className="mt-1 text-sm font-medium text-amber-800">Not answered yet.</p>}
      {options.map((o) => (
        <label key={o.value} className="mt-2 flex items-start gap-2">
          <input
            type="radio"
            name={name}
            className="mt-1"
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>
            {o.label}
            {o.hint && <span className="block text-sm text-slate-600">{o.hint}</span>}
          </span>
        </label>
      ))}
      {error && <p className={messageClass(error)}>{error}</p>}
    </fieldset>
  );
}

/** A yes/no question answered with two radio buttons (clearer than a checkbox for a question). */
export function YesNo({
  legend,
  value,
  onChange,
  field,
  error,
  yesHint,
  noHint,
}: {
  legend: React.ReactNode;
  /** null: not answered yet. */
  value: boolean | null;
  onChange(value: boolean): void;
  field?: string;
  error?: string;
  yesHint?: React.ReactNode;
  noHint?: React.ReactNode;
}) {
  return (
    <RadioGroup
      legend={legend}
      field={field}
      error={error}
      value={value === null ? null : value ? 'yes' : 'no'}
      options={[
        { value: 'yes', label: 'Yes', hint: yesHint },
        { value: 'no', label: 'No', hint: noHint },
      ]}
      onChange={(v) => onChange(v === 'yes')}
    />
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  hint,
  field,
  error,
}: {
  label: React.ReactNode;
  checked: boolean;
  onChange(v: boolean): void;
  hint?: string;
  field?: string;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="mt-4">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1"
          data-field={field}
          checked={checked}
          aria-invalid={invalid(error)}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}
