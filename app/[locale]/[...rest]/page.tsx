import { notFound } from 'next/navigation';

// Any path under a locale that no page claims: render that locale's not-found page.
export default function CatchAll() {
  notFound();
}
