import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FullScreenButton } from '@/components/citizen/full-screen-button';
import { requireCitizenPage } from '@/lib/auth/principal';
import { mobileBarcodeSvg } from '@/lib/carriers/barcode';
import { mobileBarcodeOf } from '@/lib/carriers/store';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'Carriers' });
  return { title: t('barcodeTitle'), robots: { index: false } };
}

/**
 * The barcode for the cashier: black bars on pure white, as wide as the screen, the characters
 * large beneath for a cashier who types them. Brightness is the citizen's to raise; the page
 * says so, and offers full screen to hide everything else.
 */
export default async function BarcodePage({ params }: Props) {
  const locale = (await params).locale as Locale;
  const citizen = await requireCitizenPage(locale, '/me/carriers/barcode');
  const t = await getTranslations({ locale, namespace: 'Carriers' });
  const barcode = await mobileBarcodeOf(citizen.id);
  if (!barcode) notFound();
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('barcodeTitle')}</h1>
      <p className="mt-3 max-w-3xl">{t('barcodeLead')}</p>
      <p className="mt-2 max-w-3xl font-semibold">{t('brightness')}</p>
      <div id="barcode-panel" className="mt-6 flex flex-col items-center justify-center bg-white p-6 text-black">
        <div
          role="img"
          aria-label={t('barcodeAlt', { barcode })}
          className="w-full max-w-3xl bg-white [&>svg]:h-auto [&>svg]:w-full"
          // Rendered on the server from a validated barcode by bwip-js: only <svg> and <path>.
          dangerouslySetInnerHTML={{ __html: mobileBarcodeSvg(barcode) }}
        />
        <p className="mt-4 font-mono text-5xl font-bold tracking-[0.3em]">{barcode}</p>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <FullScreenButton targetId="barcode-panel" labels={{ enter: t('fullScreen'), exit: t('exitFullScreen') }} />
        <Link href="/me/carriers">{t('back')}</Link>
      </div>
    </div>
  );
}
