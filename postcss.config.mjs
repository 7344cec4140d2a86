// Tailwind CSS 4 is configured in CSS (app/globals.css, `@theme`), not in a tailwind.config file.
const config = { plugins: { '@tailwindcss/postcss': {} } };

export default config;
