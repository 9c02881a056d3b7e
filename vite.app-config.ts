import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

/**
 * The Utrecht component library ships one module with ~100 components, each followed by
 * `X.displayName = '...'`. Rolldown keeps every component whose displayName is written, so all of them
 * landed in the first page (188 kB). displayName only labels components in React DevTools: drop those
 * lines from @utrecht's published files so that only the components we import are bundled.
 */
const utrechtTreeShaking: Plugin = {
  name: 'utrecht-tree-shaking',
  apply: 'build',
  transform(code, id) {
    if (!/[/\\]node_modules[/\\]@utrecht[/\\].*\.mjs$/.test(id)) return null;
    return { code: code.replace(/^[\w$]+\.displayName = [^;\n]*;?$/gm, ''), map: null };
  },
};

/**
 * Shared Vite settings for web and admin: a fixed port and /graphql proxied to the gateway, so the
 * browser talks to one origin (the session cookie stays same-site).
 */
export function appConfig(root: string, port: number): UserConfig {
  const gateway = process.env.GATEWAY_URL ?? `http://localhost:${process.env.PORT ?? 4000}`;
  // xfwd: the gateway trusts X-Forwarded-For from loopback (TRUSTED_PROXIES), so per-address limits see each user.
  // /bestanden/: the downloads, /export/: the CSV and instrument files, served by the gateway (as nginx does in
  // production, deploy/nginx/app.conf).
  const api = { target: gateway, changeOrigin: true, xfwd: true };
  const proxy = { '/graphql': api, '/bestanden': api, '/export/': api };
  return {
    root,
    plugins: [react(), utrechtTreeShaking],
    server: { port, strictPort: true, host: 'localhost', proxy },
    preview: { port, strictPort: true, host: 'localhost', proxy },
    build: { outDir: 'dist', emptyOutDir: true },
  };
}
