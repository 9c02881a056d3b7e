import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/platform.js');

export interface ChildPlatform {
  gatewayUrl: string;
  child: ChildProcess;
  /** Everything the child wrote to stderr (for failure reports). */
  stderr(): string;
  /** SIGKILL: no shutdown hook runs, open transactions are cut off mid-way. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/**
 * The whole API in its own process on an existing, migrated and seeded database (`node dist/bin/platform.js`),
 * as production runs it: a SIGKILL then kills the server without touching the test process.
 */
export async function startChildPlatform(databaseUrl: string, timeoutMs = 60_000): Promise<ChildPlatform> {
  const child = spawn(process.execPath, ['--enable-source-maps', ENTRY], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the platform did not print READY within ${timeoutMs} ms:\n${output}\n${stderr}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the platform exited (${code}) before READY:\n${output}\n${stderr}`));
    });
  });
  return {
    gatewayUrl,
    child,
    stderr: () => stderr,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
