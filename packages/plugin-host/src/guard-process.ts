/**
 * The worker that runs plugin code shares its process with the CLI or the language
 * server: `process.kill(process.pid, 'SIGKILL')` there would kill them too, and
 * `process.exit()` would stop the worker without saying why. Before any plugin is
 * imported, those calls are replaced by ones that throw, so the plugin's rule (or its
 * loading) fails alone with an error that says what it tried. Node's own exit from the
 * worker (after an uncaught error) still works: the worker ends, the host sees it.
 * (`process.abort` and `process.chdir` are unavailable in worker threads.) Plugins are
 * the user's own trusted code: this stops accidents and careless code, not a
 * determined author, who could still start a child process.
 */
const KILL = 'process.kill bị chặn: plugin không được gửi tín hiệu tới tiến trình (process.kill is blocked: a plugin may not signal processes)';
const EXIT = 'process.exit bị chặn: plugin không được dừng tiến trình (process.exit is blocked: a plugin may not stop the process)';

const blocked = (message: string): Error => Object.assign(new Error(message), { code: 'KEHOACH_PLUGIN_BLOCKED' });

/** Whether the function that called ours is Node's own code (its uncaught-error handler). */
function calledByNode(): boolean {
  // [0] Error, [1] calledByNode, [2] the guard, [3] its caller.
  const caller = new Error().stack?.split('\n')[3] ?? '';
  return /[( ]node:internal\//.test(caller);
}

export function guardProcess(target: NodeJS.Process = process): void {
  const exit = target.exit.bind(target);
  const replace = (name: string, value: (...args: never[]) => unknown): void => {
    // Not writable, not configurable: a plugin cannot put the original back.
    Object.defineProperty(target, name, { value, writable: false, configurable: false, enumerable: false });
  };
  const kill = (): never => {
    throw blocked(KILL);
  };
  replace('kill', kill);
  replace('_kill', kill);
  replace('exit', function guardedExit(code?: number): never {
    if (calledByNode()) return exit(code);
    throw blocked(EXIT);
  });
}
