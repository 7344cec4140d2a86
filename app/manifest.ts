import type { MetadataRoute } from 'next';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: '稅務雲 Tax Cloud',
    short_name: '稅務雲',
    description: '統一發票、電子發票與稅務試算的公共服務入口 — Taiwan e-invoice and tax services',
    lang: 'zh-Hant-TW',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0f5e63',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
