'use client';

import { resetRequestAction } from '@/lib/citizens/actions';
import { EmailLinkForm, type EmailLinkLabels } from './email-link-form';

export function ResetRequestForm({ locale, labels }: { locale: string; labels: EmailLinkLabels }) {
  return <EmailLinkForm serverAction={resetRequestAction} locale={locale} labels={labels} />;
}
