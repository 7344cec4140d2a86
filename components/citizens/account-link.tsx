'use client';

import { useSyncExternalStore } from 'react';
import { Link } from '@/components/ui/locale-link';
import { hasCitizenHint, hasStaffHint } from '@/lib/citizens/hint-cookie';

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

function useStaffHint(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => hasStaffHint(document.cookie),
    () => false,
  );
}

/**
 * The header's account links: 「登入」 for nobody, 「我的帳戶」 for a citizen, 「職員專區」 for
 * an official (both when one browser holds both sessions). The staff area's pages show the
 * official's name and the sign-out button.
 */
export function AccountLink({ signIn, myAccount, staffArea, className }: { signIn: string; myAccount: string; staffArea: string; className?: string }) {
  const citizen = useCitizenHint();
  const staff = useStaffHint();
  if (!citizen && !staff) {
    return (
      <Link href="/sign-in" className={className}>
        {signIn}
      </Link>
    );
  }
  return (
    <>
      {staff ? (
        <Link href="/admin" className={className} data-testid="header-staff-link">
          {staffArea}
        </Link>
      ) : null}
      {citizen ? (
        <Link href="/me" className={className}>
          {myAccount}
        </Link>
      ) : null}
    </>
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
