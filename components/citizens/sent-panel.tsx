'use client';

import { useEffect, useRef } from 'react';

/** "Check your email": replaces a form once its request went out, and takes focus so it is announced. */
export function SentPanel({ title, body }: { title: string; body: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-labelledby="sent-title" className="max-w-2xl rounded-lg border-l-8 border-brand-700 bg-brand-50 p-5">
      <h2 id="sent-title" className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-2">{body}</p>
    </div>
  );
}
