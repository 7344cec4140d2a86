'use client';

import { useState } from 'react';

type Props = {
  /** What goes on the clipboard, worked out when the button is pressed. */
  text: () => string;
  label: string;
  copied: string;
  failed: string;
  disabled?: boolean;
  /** Clears the message from outside (the view changed), by changing. */
  resetKey?: string;
};

/**
 * A copy button and its status line (share link, embed code): one component, so both say the
 * result the same way in a polite live region, and a failure tells the reader to copy by hand.
 */
export function CopyButton({ text, label, copied, failed, disabled = false, resetKey = '' }: Props) {
  const [note, setNote] = useState<{ key: string; text: string }>({ key: resetKey, text: '' });

  async function copy() {
    try {
      await navigator.clipboard.writeText(text());
      setNote({ key: resetKey, text: copied });
    } catch {
      setNote({ key: resetKey, text: failed });
    }
  }

  return (
    <>
      <p className="mt-2">
        <button type="button" className="btn-secondary disabled:opacity-60" onClick={copy} disabled={disabled}>
          {label}
        </button>
      </p>
      <p role="status" className="mt-2 min-h-[1.7em]">
        {note.key === resetKey ? note.text : ''}
      </p>
    </>
  );
}
