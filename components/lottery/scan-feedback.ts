/**
 * A short sound and buzz when the camera reads an invoice, for people who look at the invoice,
 * not the screen: one beep for a new invoice, two rising beeps for a winner, one low blip for
 * an invoice already on the list. Web Audio tones (no sound file to download); the vibration
 * only where the device has it (not iPhones).
 */
export type ScanSignal = 'new' | 'won' | 'repeat';

const TONES: Record<ScanSignal, { hz: number; at: number }[]> = {
  new: [{ hz: 880, at: 0 }],
  won: [
    { hz: 880, at: 0 },
    { hz: 1320, at: 0.16 },
  ],
  repeat: [{ hz: 330, at: 0 }],
};
const VIBRATION: Record<ScanSignal, number | number[]> = { new: 60, won: [80, 60, 160], repeat: 0 };
const TONE_SECONDS = 0.12;

export function createScanFeedback() {
  let audio: AudioContext | null = null;
  return {
    /** Call from a click or key press: browsers let a page make sound only after one. */
    unlock(): void {
      try {
        audio ??= new AudioContext();
        void audio.resume();
      } catch {
        audio = null; // no Web Audio: vibration and the spoken announcement remain
      }
    },
    signal(kind: ScanSignal): void {
      if (audio) {
        const start = audio.currentTime;
        for (const { hz, at } of TONES[kind]) {
          const oscillator = audio.createOscillator();
          const gain = audio.createGain();
          oscillator.frequency.value = hz;
          // A quick fade in and out: a hard start or stop clicks.
          gain.gain.setValueAtTime(0, start + at);
          gain.gain.linearRampToValueAtTime(0.2, start + at + 0.01);
          gain.gain.linearRampToValueAtTime(0, start + at + TONE_SECONDS);
          oscillator.connect(gain).connect(audio.destination);
          oscillator.start(start + at);
          oscillator.stop(start + at + TONE_SECONDS);
        }
      }
      const pattern = VIBRATION[kind];
      if (pattern && typeof navigator.vibrate === 'function') navigator.vibrate(pattern);
    },
    close(): void {
      void audio?.close().catch(() => {});
      audio = null;
    },
  };
}
