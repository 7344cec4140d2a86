import type { ActionState } from '@/lib/actions/validated-action';

/** The error summary's lines: a form-level message (linked to `messageField`) and each field's errors. */
export function summaryOf(state: ActionState, messageField: string): { field: string; message: string }[] {
  const fields = Object.entries(state.errors ?? {}).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  return state.message ? [{ field: messageField, message: state.message }, ...fields] : fields;
}
