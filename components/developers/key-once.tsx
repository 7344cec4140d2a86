/** The API key, shown once after it is made: selectable text, never put back in a form. */
export function KeyOnce({ appId, apiKey, labels }: { appId: string; apiKey: string; labels: { keyOnce: string; appId: string; apiKey: string } }) {
  return (
    <div className="mb-6 rounded-lg border-l-8 border-success bg-[#e8f5ec] p-4" data-testid="key-once">
      <p className="font-semibold">{labels.keyOnce}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{labels.appId}</dt>
        <dd className="font-mono break-all" data-testid="new-app-id">
          {appId}
        </dd>
        <dt className="font-semibold">{labels.apiKey}</dt>
        <dd className="font-mono break-all" data-testid="new-api-key">
          {apiKey}
        </dd>
      </dl>
    </div>
  );
}
