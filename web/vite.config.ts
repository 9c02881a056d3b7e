import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { appConfig } from '../vite.app-config.ts';

export default defineConfig(appConfig(fileURLToPath(new URL('.', import.meta.url)), 5173));
