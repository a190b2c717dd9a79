import type { NewPlanParams } from './service/plan-requests.js';
import { handler, Refusal, type Served } from './server-features.js';

/**
 * The server's own requests, for what an editor shows besides diagnostics; any LSP
 * client can send them (packages/lsp/README.md, "Requests"):
 *
 * - `kehoach/render` `{ textDocument, format: 'html' | 'docx' | 'md' }` → `{ format, fileName, text? , base64? }`
 * - `kehoach/resolve` `{ textDocument }` → `{ text }` (the plan after its templates, as YAML)
 * - `kehoach/templates` `{ level? }` → `[{ uri, label, id?, level?, description? }]`
 * - `kehoach/newPlan` `{ folder, level, issuer, place, year, template? }` → `{ uri, text, placeholder? }`
 *
 * A refusal (not a plan, a bad format) is an error whose message the client shows.
 */
export const REQUESTS = {
  render: 'kehoach/render',
  resolve: 'kehoach/resolve',
  templates: 'kehoach/templates',
  newPlan: 'kehoach/newPlan',
} as const;

type DocParams = { textDocument: { uri: string } };

function unwrap<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Refusal(r.message);
  return r.value;
}

export function registerRequests(s: Served): void {
  const { connection } = s;
  connection.onRequest(
    REQUESTS.render,
    handler(s, REQUESTS.render, null, async (p: DocParams & { format: string }) => unwrap(await s.service().render(p.textDocument.uri, String(p.format ?? 'html')))),
  );
  connection.onRequest(REQUESTS.resolve, handler(s, REQUESTS.resolve, null, async (p: DocParams) => unwrap(await s.service().resolve(p.textDocument.uri))));
  // About the workspace: after its scan (a command may start the server).
  connection.onRequest(
    REQUESTS.templates,
    handler(s, REQUESTS.templates, [], async (p: { level?: string } | undefined) => {
      await s.ready();
      return s.service().templates(p?.level);
    }),
  );
  connection.onRequest(
    REQUESTS.newPlan,
    handler(s, REQUESTS.newPlan, null, async (p: NewPlanParams) => {
      await s.ready();
      return unwrap(await s.service().newPlan(p));
    }),
  );
}
