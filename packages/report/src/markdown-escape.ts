const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/**
 * Text for one GitHub-flavoured Markdown table cell, shown as written: HTML
 * specials become entities (GitHub would drop `<stdin>` as an unknown tag),
 * Markdown's inline punctuation and the cell delimiter `|` are
 * backslash-escaped, and line breaks become `<br>` since a row is one line.
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\r\n|[\r\n&<>\\`*_[\]|~]/g, (char) => {
    if (char === '\r\n' || char === '\r' || char === '\n') return '<br>'
    return entities[char] ?? `\\${char}`
  })
}
