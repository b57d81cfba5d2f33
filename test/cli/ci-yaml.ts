// No YAML parser is in the tree, and these three files are written in a
// plain subset (block mappings, `- ` lists, one-line scalars): this reads that
// subset as the runners would see it, and throws on anything else it meets.
export type Yaml = string | Yaml[] | {[key: string]: Yaml}

interface Line {
  indent: number
  text: string
  number: number
}

export function readYaml(source: string): Yaml {
  const lines: Line[] = []
  source.split('\n').forEach((raw, index) => {
    const text = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '')
    if (text.trim() !== '') lines.push({indent: text.length - text.trimStart().length, text: text.trim(), number: index + 1})
  })
  let at = 0
  const scalar = (value: string): string => {
    const quoted = /^(['"])(.*)\1$/.exec(value)
    if (quoted) return quoted[2]!
    // What real YAML refuses in a plain scalar, refused here too.
    if (/: |^[@`|>{[]/.test(value)) throw new Error(`plain scalar YAML would not read as text: ${value}`)
    return value
  }
  const block = (indent: number): Yaml => {
    if (lines[at]!.text.startsWith('- ')) {
      const list: Yaml[] = []
      while (at < lines.length && lines[at]!.indent === indent && lines[at]!.text.startsWith('- ')) {
        const line = lines[at]!
        const rest = line.text.slice(2)
        if (/^[\w.-]+:( |$)/.test(rest)) {
          // `- key: value` opens a mapping whose other keys sit two columns in.
          lines[at] = {indent: indent + 2, text: rest, number: line.number}
          list.push(block(indent + 2))
        } else {
          list.push(scalar(rest))
          at++
        }
      }
      return list
    }
    const map: {[key: string]: Yaml} = {}
    while (at < lines.length && lines[at]!.indent === indent) {
      const line = lines[at]!
      const match = /^([\w.-]+):(?: (.*))?$/.exec(line.text)
      if (!match) throw new Error(`line ${line.number}: not in the YAML subset: ${line.text}`)
      at++
      if (match[2] !== undefined) map[match[1]!] = scalar(match[2])
      else if (at < lines.length && lines[at]!.indent > indent) map[match[1]!] = block(lines[at]!.indent)
      else if (at < lines.length && lines[at]!.indent === indent && lines[at]!.text.startsWith('- ')) map[match[1]!] = block(indent)
      else map[match[1]!] = ''
    }
    if (at < lines.length && lines[at]!.indent > indent) throw new Error(`line ${lines[at]!.number}: unexpected indentation`)
    return map
  }
  const result = block(0)
  if (at < lines.length) throw new Error(`line ${lines[at]!.number}: not read`)
  return result
}
