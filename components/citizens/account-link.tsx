'use client';

import { useSyncExternalStore } from 'react';
import { Link } from '@/components/ui/locale-link';
import { hasCitizenHint } from '@/lib/citizens/hint-cookie';

const noSubscribe = () => () => {};

/**
 * 「登入」 or 「我的帳戶」 in the header of static pages, from the hint cookie
 * (lib/citizens/hint-cookie.ts), never from the session: the HTML is the same for everyone and
 * says 「登入」 until the script has looked.
 */
export function useCitizenHint(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => hasCitizenHint(document.cookie),
    () => false,
  );
}

export function AccountLink({ signIn, myAccount, className }: { signIn: string; myAccount: string; className?: string }) {
  const signedIn = useCitizenHint();
  return (
    <Link href={signedIn ? '/me' : '/sign-in'} className={className}>
      {signedIn ? myAccount : signIn}
    </Link>
  );
}

/** The /account page's call to action: sign in and register, or go to the account. */
export function AccountEntry(props: { signIn: string; register: string; goToMe: string; signedIn: string }) {
  const signedIn = useCitizenHint();
  if (signedIn) {
    return (
      <p className="flex flex-wrap items-center gap-4">
        <span>{props.signedIn}</span>
        <Link href="/me" className="btn">
          {props.goToMe}
        </Link>
      </p>
    );
  }
  return (
    <p className="flex flex-wrap gap-4">
      <Link href="/sign-in" className="btn">
        {props.signIn}
      </Link>
      <Link href="/register" className="btn-secondary">
        {props.register}
      </Link>
    </p>
  );
}
