import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/actions/validated-action';

export type CodeLabels = { newCode: string; codeRules: string; codeConfirm: string };

/** A new verification code typed twice, with the rules as the first field's hint. */
export function NewCodeFields({ state, labels }: { state: ActionState; labels: CodeLabels }) {
  return (
    <>
      <TextField
        id="code"
        label={labels.newCode}
        hint={labels.codeRules}
        type="password"
        autoComplete="new-password"
        maxLength={16}
        error={state.errors?.code?.[0]}
        required
      />
      <TextField id="codeConfirm" label={labels.codeConfirm} type="password" autoComplete="new-password" maxLength={16} error={state.errors?.codeConfirm?.[0]} required />
    </>
  );
}
