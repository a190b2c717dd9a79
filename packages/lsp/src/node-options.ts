/**
 * Node flags the language server runs best with. Editors that start `dist/server.js`
 * with a node of their choosing (the VS Code extension) pass them; `pnpm bench`
 * measures the server started the same way.
 *
 * `--max-semi-space-size=4`: V8 grows the young generation up to 16 MiB per
 * semi-space (48 MiB committed) on a machine with memory to spare, and keeps it. The
 * server's allocations are short bursts per check: with 4 MiB, a 10,000-task plan
 * edited 30 times peaks at 149 MiB instead of 176 MiB, with the same latency
 * (bench/results). Nothing else changes; without the flag the server works the same.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];
