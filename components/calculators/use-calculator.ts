'use client';

import { useActionState, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent, type FocusEvent, type FormEvent } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { Locale } from '@/lib/i18n/routing';
import { fieldId, isChecked, queryFromValues, valuesFromQuery, type FormValues } from '@/lib/calculators/form-values';
import { errorList, type Outcome } from '@/lib/calculators/outcome-shape';

const noSubscribe = () => () => {};

export type CalculatorSpec<R> = Readonly<{
  locale: Locale;
  /** What a blank form holds (the page decides, so a static page needs no request). */
  defaults: FormValues;
  accepts: (name: string) => boolean;
  /**
   * The calculator (lib/tax with its schemas), loaded when the citizen first reaches for the form
   * or a shared link needs an answer, not with the page: the page's first load stays light.
   */
  load: () => Promise<CalculatorRun<R>>;
  /** The server action for a form posted without JavaScript; it calls the same `run`. */
  action: (previous: Outcome<R>, formData: FormData) => Promise<Outcome<R>>;
  /** What a shared link must carry beyond the typed values (a blank "today" made explicit). */
  shareValues?: (values: FormValues, result: R) => FormValues;
  /** A field's label, so the error summary says which field ("Dependant 2, Salary: …"). */
  labelFor?: (field: string, values: FormValues) => string | undefined;
}>;

/** Works out a form's outcome with the same lib/tax as the server. */
export type CalculatorRun<R> = (values: FormValues, locale: Locale) => Outcome<R>;

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The state of a calculator form. Three sources, in order: what the citizen has typed here; the
 * query of a shared link (read after hydration, so the page itself stays static); the outcome of
 * a form posted without JavaScript. The result is worked out on every change with the same
 * lib/tax as the server (loaded on the first focus, input or shared link: `spec.load`), and the
 * address bar follows the inputs so it can be shared.
 *
 * Errors show once a field has been left with something in it, or after Calculate: a citizen
 * halfway through typing a date is not told it is wrong.
 */
export function useCalculator<R>(spec: CalculatorSpec<R>) {
  const [state, formAction] = useActionState(spec.action, { values: spec.defaults });
  const search = useSyncExternalStore(
    noSubscribe,
    () => window.location.search,
    () => '',
  );
  const [edited, setEdited] = useState<FormValues | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [summary, setSummary] = useState<{ field: string; message: string }[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hydrated = useHydrated();
  const [run, setRun] = useState<CalculatorRun<R> | null>(null);
  const loading = useRef<Promise<CalculatorRun<R>> | null>(null);
  const { load } = spec;
  const ensureRun = useCallback(
    () =>
      (loading.current ??= load().then((loaded) => {
        setRun(() => loaded);
        return loaded;
      })),
    [load],
  );

  // Memoised so that a blur or a summary update does not parse the link or recalculate again.
  const linkMode = edited === null;
  const { accepts, defaults, locale } = spec;
  const linked = useMemo(() => {
    const fromLink = linkMode ? valuesFromQuery(search, accepts) : {};
    return Object.keys(fromLink).length > 0 ? { ...defaults, ...fromLink } : null;
  }, [linkMode, search, accepts, defaults]);
  const posted = edited === null && linked === null && (state.result !== undefined || state.errors !== undefined || state.message !== undefined);
  const values: FormValues = edited ?? linked ?? state.values;
  // Until the calculator has loaded (a moment after the first focus), no result and no errors.
  const computed = useMemo<Outcome<R>>(() => (run ? run(values, locale) : { values }), [run, values, locale]);
  const outcome: Outcome<R> = posted ? state : computed;
  const showAll = submitted || posted || linked !== null;
  const errors = Object.fromEntries(Object.entries(outcome.errors ?? {}).filter(([field]) => showAll || touched.has(field)));
  // A blank form shows no result, even where blank is valid (an income tax of 0 for no income).
  const started = edited !== null || linked !== null || posted;
  const result = started && !outcome.errors ? outcome.result : undefined;
  const shareQuery = queryFromValues(result !== undefined && spec.shareValues ? spec.shareValues(values, result) : values);
  const errorSummary = posted ? toSummary(spec, outcome.errors, values) : summary;

  // A shared link (or anything typed before the first focus) needs the calculator now.
  useEffect(() => {
    if (edited !== null || linked !== null) void ensureRun();
  }, [edited, linked, ensureRun]);

  useEffect(() => {
    if (edited === null) return;
    // The address bar carries the inputs (never anything else), so copying it shares the result.
    window.history.replaceState(null, '', shareQuery ? `${window.location.pathname}?${shareQuery}` : window.location.pathname);
  }, [edited, shareQuery]);

  function update(next: FormValues) {
    // Leaving link or posted mode: the fields that came with it keep showing their errors.
    if (edited === null && (linked !== null || posted)) setTouched(new Set(Object.keys(values)));
    setEdited(next);
    setSummary([]);
  }

  function set(name: string, value: string) {
    update({ ...values, [name]: value });
  }

  function leave(name: string, next: EventTarget | null) {
    // Leaving for the form's own submit button: showing this field's error now would push the
    // button down between press and release and lose the click. Submitting shows every error.
    if (next instanceof HTMLButtonElement && next.type === 'submit') return;
    if ((values[name] ?? '').trim() !== '' && !touched.has(name)) setTouched(new Set(touched).add(name));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // With JavaScript the result is already on the page; Calculate checks every field and
    // takes the reader to the errors or to the result.
    event.preventDefault();
    setSubmitted(true);
    if (edited === null) setEdited(values);
    const submittedValues = values;
    void ensureRun().then((calculate) => {
      const list = toSummary(spec, calculate(submittedValues, locale).errors, submittedValues);
      setSummary(list);
      if (list.length === 0) {
        // On a phone the result sits under the form: bring its top (the summary card) into view.
        headingRef.current?.focus({ preventScroll: true });
        headingRef.current?.scrollIntoView({ block: 'start' });
      }
    });
  }

  /** On the form's first focus: start loading the calculator before anything is typed. */
  function warm() {
    void ensureRun();
  }

  /** Props for a text input or select bound to `name`. */
  function field(name: string) {
    return {
      id: fieldId(name),
      name,
      value: values[name] ?? '',
      error: errors[name]?.[0],
      onChange: (event: ChangeEvent<FieldElement>) => set(name, event.target.value),
      onBlur: (event: FocusEvent<FieldElement>) => leave(name, event.relatedTarget),
    };
  }

  /** Props for a checkbox bound to `name` ('on' when ticked). */
  function checkbox(name: string) {
    return {
      id: fieldId(name),
      name,
      checked: isChecked(values[name]),
      error: errors[name]?.[0],
      onChange: (event: ChangeEvent<HTMLInputElement>) => set(name, event.target.checked ? 'on' : ''),
    };
  }

  return {
    values,
    result,
    errors,
    errorSummary,
    message: outcome.message,
    formAction,
    onSubmit,
    warm,
    field,
    checkbox,
    update,
    headingRef,
    hydrated,
    shareHref: `?${shareQuery}`,
  };
}

function toSummary<R>(spec: CalculatorSpec<R>, errors: Outcome<R>['errors'], values: FormValues) {
  const colon = spec.locale === 'en' ? ': ' : '：';
  return errorList(errors, Object.keys(values)).map(({ field, message }) => {
    const label = spec.labelFor?.(field, values);
    return { field: fieldId(field), message: label ? `${label}${colon}${message}` : message };
  });
}
