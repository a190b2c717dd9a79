import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * Stop an editor server and everything it started (it leads its own process group:
 * spawn it with `detached: true`): SIGTERM, wait for it to exit, SIGKILL after a
 * generous grace. A busy machine only makes this slower, never a failure.
 */
export async function stopGroup(server: ChildProcess, graceMs = 60_000): Promise<void> {
  const signal = (s: NodeJS.Signals): void => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, s);
    } catch {
      server.kill(s);
    }
  };
  if (server.exitCode !== null || server.signalCode !== null) return signal('SIGKILL');
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  signal('SIGTERM');
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), graceMs).unref());
  if ((await Promise.race([exited, timer])) === 'late') signal('SIGKILL');
  // Whatever of the group is still there (an extension host writing its logs) goes too.
  signal('SIGKILL');
}

/** Remove a temporary folder a stopped editor may still be letting go of: retried, never a test failure. */
export function removeTemp(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 });
  } catch (error) {
    console.warn(`could not remove ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
