/**
 * The globs of `ignore:` in kehoach.config.yaml, matched the same way by every host (the
 * CLI, the Node server, the server in a browser worker): `*` and `?` within one folder
 * name, `**` across folders, `[abc]`, `{a,b}`, a leading `!` for "everything but", and
 * dot files matched like any other. Paths use forward slashes.
 */
export type GlobMatcher = (path: string) => boolean;

export function globMatcher(pattern: string): GlobMatcher {
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  const body = negated ? pattern.slice(1) : pattern;
  let re: RegExp;
  try {
    re = new RegExp(`^${translate(body)}$`);
  } catch {
    // A pattern that is not a glob after all (an unbalanced bracket): its own text only.
    re = new RegExp(`^${escape(body)}$`);
  }
  return negated ? (path) => !re.test(path) : (path) => re.test(path);
}

function translate(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const startsSegment = i === 0 || glob[i - 1] === '/';
        let j = i;
        while (glob[j] === '*') j++;
        const endsSegment = j === glob.length || glob[j] === '/';
        if (startsSegment && endsSegment) {
          if (j === glob.length) {
            // "a/**": everything under a (and a itself, when the slash before is dropped below).
            out = out.endsWith('/') ? `${out.slice(0, -1)}(?:/.*)?` : `${out}.*`;
          } else {
            // "**/b" and "a/**/b": any number of folders, none included.
            out += '(?:[^/]*/)*';
            j++;
          }
          i = j;
          continue;
        }
        out += '[^/]*';
        i = j;
        continue;
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let cls = glob.slice(i + 1, end);
        if (cls.startsWith('!')) cls = `^${cls.slice(1)}`;
        out += `[${cls.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = closingBrace(glob, i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${splitAlternatives(glob.slice(i + 1, end)).map(translate).join('|')})`;
        i = end;
      }
    } else out += escape(c);
    i++;
  }
  return out;
}

function closingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}
