/**
 * Red Hat's YAML extension validates `*.kehoach.yaml` against the plan schema this
 * extension contributes (`yamlValidation`), and reports YAML syntax errors everywhere.
 * Those problems would then show twice. Where it checks a file, the structural ones are
 * left to it; every kehoach rule beyond the schema stays ours.
 */
export const YAML_EXTENSION_ID = 'redhat.vscode-yaml';
/** It reports YAML syntax errors in every YAML file... */
export const SYNTAX_RULES: ReadonlySet<string> = new Set(['yaml-syntax']);
/** ...and schema violations in the files the contributed schema is associated with. */
export const SCHEMA_RULES: ReadonlySet<string> = new Set(['schema', 'unknown-key']);
const SCHEMA_FILE = /\.kehoach\.ya?ml$/i;

type WithCode = { code?: string | number | { value: string | number } };

function ruleOf(d: WithCode): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

/** The diagnostics to show for `path`, given whether the YAML extension is active. */
export function withoutDuplicates<D extends WithCode>(path: string, diagnostics: D[], yamlExtensionActive: boolean): D[] {
  if (!yamlExtensionActive) return diagnostics;
  const schemaFile = SCHEMA_FILE.test(path);
  return diagnostics.filter((d) => {
    const rule = ruleOf(d) ?? '';
    return !SYNTAX_RULES.has(rule) && !(schemaFile && SCHEMA_RULES.has(rule));
  });
}
