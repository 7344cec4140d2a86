// Tailwind CSS 4 is configured in CSS (app/globals.css, `@theme`), not in a tailwind.config file.
export default { plugins: { '@tailwindcss/postcss': {} } };
