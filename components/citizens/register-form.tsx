'use client';

import { registerAction } from '@/lib/citizens/actions';
import type { CodeLabels } from './code-fields';
import { EmailLinkForm, type EmailLinkLabels } from './email-link-form';

export function RegisterForm({ locale, labels }: { locale: string; labels: CodeLabels & EmailLinkLabels }) {
  return <EmailLinkForm serverAction={registerAction} locale={locale} labels={labels} codeLabels={labels} />;
}
