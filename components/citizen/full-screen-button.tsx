'use client';

import { useEffect, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';

/**
 * Shows the barcode panel full screen, on a white background with nothing else around it. A web
 * page cannot raise the screen's brightness, so the page asks the citizen to; this button exists
 * only with JavaScript and where the browser allows full screen (not on every iPhone).
 */
export function FullScreenButton({ targetId, labels }: { targetId: string; labels: { enter: string; exit: string } }) {
  const hydrated = useHydrated();
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!hydrated || !document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.getElementById(targetId)?.requestFullscreen();
  };
  return (
    <button type="button" className="btn" onClick={toggle} aria-pressed={active}>
      {active ? labels.exit : labels.enter}
    </button>
  );
}
