/**
 * Escaping for GitHub workflow commands (`::error file=…::message`), as the
 * runner and `@actions/core` define it. The command is one line, so `%`, CR
 * and LF are percent-encoded everywhere; in property values `:` and `,` also
 * delimit the command and are encoded too. `%` goes first so the escapes
 * themselves are not escaped again.
 */
export function escapeCommandData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
