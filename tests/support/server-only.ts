// Vitest stand-in for the `server-only` marker package (whose real export throws outside React Server Components).
export {};
