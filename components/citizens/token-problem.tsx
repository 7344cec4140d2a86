import { Link } from '@/lib/i18n/navigation';

/** An e-mail link that cannot be used (unknown, used or expired), and where to ask for a new one. */
export function TokenProblem({ message, action }: { message: string; action: { href: string; label: string } }) {
  return (
    <div className="mt-6 rounded-lg border-l-8 border-danger p-5">
      <p>{message}</p>
      <p className="mt-4">
        <Link href={action.href} className="btn">
          {action.label}
        </Link>
      </p>
    </div>
  );
}
