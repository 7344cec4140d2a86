'use client';

/** Last resort when the root layout itself fails: no providers are available, so both languages. */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-Hant-TW">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem', lineHeight: 1.6 }}>
        <main>
          <h1>發生錯誤</h1>
          <p>系統暫時無法完成您的要求，請稍後再試。</p>
          <div lang="en">
            <h2>Something went wrong</h2>
            <p>We could not complete your request. Please try again in a moment.</p>
          </div>
          <button type="button" onClick={reset}>
            再試一次 Try again
          </button>
        </main>
      </body>
    </html>
  );
}
