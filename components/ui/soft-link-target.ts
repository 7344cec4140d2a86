/**
 * Which clicks on a plain `<a>` the site may take over as a client-side navigation: the ones
 * next/link takes over (a plain left click on a same-origin link that opens in this tab and is
 * not a download). Everything else is left to the browser. Pure, for components/ui/link-region.tsx.
 */
export type ClickFacts = {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
};

export type AnchorFacts = { href: string; target: string; download: boolean };

/** The link's path, query and hash when it stays on this site in this tab; null otherwise. */
export function sameSitePath(anchor: AnchorFacts, origin: string): string | null {
  if ((anchor.target && anchor.target !== '_self') || anchor.download) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The path to navigate to on the client for this click, or null to let the browser follow the link. */
export function softNavigationTarget(click: ClickFacts, anchor: AnchorFacts, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  return sameSitePath(anchor, origin);
}
