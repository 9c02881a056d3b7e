import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/**
 * Shared Vite settings for web and admin: a fixed port and /graphql proxied to the gateway, so the
 * browser talks to one origin (the session cookie stays same-site).
 */
export function appConfig(root: string, port: number): UserConfig {
  const gateway = process.env.GATEWAY_URL ?? `http://localhost:${process.env.PORT ?? 4000}`;
  // xfwd: the gateway trusts X-Forwarded-For from loopback (TRUSTED_PROXIES), so per-address limits see each user.
  // /bestanden/: the downloads, served by the gateway (as nginx does in production, deploy/nginx/app.conf).
  const api = { target: gateway, changeOrigin: true, xfwd: true };
  const proxy = { '/graphql': api, '/bestanden': api };
  return {
    root,
    plugins: [react()],
    server: { port, strictPort: true, host: 'localhost', proxy },
    preview: { port, strictPort: true, host: 'localhost', proxy },
    build: { outDir: 'dist', emptyOutDir: true },
  };
}
