/**
 * TSV field escaping, the scheme of PostgreSQL's text COPY format and
 * "linear TSV": backslash → `\\`, tab → `\t`, line feed → `\n`, carriage
 * return → `\r`. Every other character is written as is, so a field never
 * holds a raw tab or line break and the file splits on them safely.
 */
export function escapeTsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
}

const unescapes: Record<string, string> = {'\\': '\\', t: '\t', n: '\n', r: '\r'}

/** Undoes `escapeTsvField`; unknown escapes are kept as written and their offsets returned. */
export function unescapeTsvField(value: string): {value: string; unknown: number[]} {
  const unknown: number[] = []
  const out = value.replace(/\\(.?)/gs, (match, c: string, offset: number) => {
    const known = unescapes[c]
    if (known !== undefined) return known
    unknown.push(offset)
    return match
  })
  return {value: out, unknown}
}
