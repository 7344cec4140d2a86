import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

// Rendered with status 403 when a page calls forbidden() (a signed-in staff member without the role).
export default function Forbidden() {
  const t = useTranslations('Errors');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('forbiddenTitle')}</h1>
      <p className="mt-4">{t('forbiddenBody')}</p>
      <p className="mt-6">
        <Link href="/" className="btn">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
