import { jsonSchema, type SchemaName } from '@kehoach/core';
import { choice, localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { helpText } from '../help.js';

const KINDS: readonly SchemaName[] = ['plan', 'registry', 'config', 'report'];

/** `kehoach schema`: core's JSON Schema, for editors that only speak JSON Schema. */
export async function schemaCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values } = parseCommand(
    'schema',
    argv,
    { kind: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  ctx.locale = await resolveLocale(ctx, localeOption(values.locale));
  if (values.help) {
    ctx.io.stdout(helpText('schema', ctx.locale));
    return 0;
  }
  const kind = choice('--kind', values.kind, KINDS) ?? 'plan';
  ctx.io.stdout(`${JSON.stringify(jsonSchema(kind), null, 2)}\n`);
  return 0;
}
