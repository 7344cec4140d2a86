import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** The body of an error page (404, 403): a heading, one sentence, and the way home. */
export function ErrorMessage({ title, body }: { title: 'notFoundTitle' | 'forbiddenTitle'; body: 'notFoundBody' | 'forbiddenBody' }) {
  const t = useTranslations('Errors');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t(title)}</h1>
      <p className="mt-4">{t(body)}</p>
      <p className="mt-6">
        <Link href="/" className="btn">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
