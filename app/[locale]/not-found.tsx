import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('Errors');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('notFoundTitle')}</h1>
      <p className="mt-4">{t('notFoundBody')}</p>
      <p className="mt-6">
        <Link href="/" className="btn">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
