/**
 * Form controls of the calculators, each with its label, hint and error wired for assistive
 * technology (the text input is components/ui/text-field). Controlled: the calculator hook owns
 * the values, and the server renders them for a form posted without JavaScript.
 */
import type { ChangeEvent } from 'react';
import { FieldHelp, fieldAria } from '@/components/ui/field';

type Described = { id: string; hint?: string; error?: string };

export { SelectField } from '@/components/ui/select-field';

/** Radios in a fieldset; the first radio carries the group's id, so an error summary can link to it. */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  error,
  value,
  options,
  onChange,
}: Described & {
  name: string;
  legend: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <fieldset className="mb-5" aria-describedby={fieldAria(id, { hint, error })['aria-describedby']}>
      <legend className="field-label">{legend}</legend>
      <FieldHelp id={id} hint={hint} error={error} />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={onChange}
                className="size-6 accent-brand-700"
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  error,
  checked,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  error?: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="mb-3">
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          onChange={onChange}
          {...fieldAria(id, { error })}
          className="mt-1 size-6 shrink-0 accent-brand-700"
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
