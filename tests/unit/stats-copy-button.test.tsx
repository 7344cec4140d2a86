import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CopyButton } from '@/components/stats/copy-button';

describe('the shared copy button', () => {
  it('renders the button and an empty polite status line, disabled before the script', () => {
    const html = renderToStaticMarkup(<CopyButton text={() => 'x'} label="複製連結" copied="已複製" failed="無法複製" disabled />);
    expect(html).toContain('<button type="button" class="btn-secondary disabled:opacity-60" disabled="">複製連結</button>');
    expect(html).toContain('<p role="status" class="mt-2 min-h-[1.7em]"></p>');
  });
});
