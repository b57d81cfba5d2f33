import {escapeXmlAttribute, escapeXmlText, tmxSegContent} from '@tolmach/formats'
import type {Placeholder} from '@tolmach/core'
import type {Entry} from '@tolmach/memory'

export const tmExportFormats = ['tmx', 'tsv', 'jsonl'] as const
export type TmExportFormat = (typeof tmExportFormats)[number]

const tmxDate = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/^(\d{8}T\d{6}).*$/, '$1Z')

function seg(text: string, placeholders: unknown[] | undefined): string {
  const list = (placeholders ?? []) as Placeholder[]
  return list.length > 0 ? tmxSegContent(text, list, () => '') : escapeXmlText(text)
}

/** The memory as TMX 1.4b: dates, creationid, verdict, score, origin, project and `x-…` props round-trip. */
export async function* tmxExport(entries: AsyncIterable<Entry>, tool: string): AsyncGenerator<string> {
  let header = false
  for await (const e of entries) {
    if (!header) {
      yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="tolmach" creationtoolversion="${escapeXmlAttribute(tool)}" segtype="sentence" o-tmf="tolmach" adminlang="en" srclang="${escapeXmlAttribute(e.sourceLang)}" datatype="plaintext"/>\n  <body>\n`
      header = true
    }
    const attrs = [`tuid="${e.id}"`, `creationdate="${tmxDate(e.created)}"`, `changedate="${tmxDate(e.changed)}"`]
    if (e.user) attrs.push(`creationid="${escapeXmlAttribute(e.user)}"`)
    let out = `    <tu ${attrs.join(' ')}>\n`
    const prop = (type: string, value: string) => `      <prop type="${escapeXmlAttribute(type)}">${escapeXmlText(value)}</prop>\n`
    if (e.verdict !== undefined) out += prop('x-verdict', e.verdict)
    if (e.score !== undefined) out += prop('x-score', String(e.score))
    if (e.project) out += prop('x-project', e.project)
    if (e.origin?.file) out += prop('x-origin', `${e.origin.kind}:${e.origin.file}${e.origin.position ? `:${e.origin.position}` : ''}`)
    for (const [type, value] of Object.entries(e.props)) out += prop(type, value)
    for (const alt of e.alternatives) out += prop('x-alternative', alt.target)
    out += `      <tuv xml:lang="${escapeXmlAttribute(e.sourceLang)}"><seg>${seg(e.source, e.placeholders?.source)}</seg></tuv>\n`
    out += `      <tuv xml:lang="${escapeXmlAttribute(e.targetLang)}"><seg>${seg(e.target, e.placeholders?.target)}</seg></tuv>\n`
    yield `${out}    </tu>\n`
  }
  if (!header) yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="tolmach" creationtoolversion="${escapeXmlAttribute(tool)}" segtype="sentence" o-tmf="tolmach" adminlang="en" srclang="*all*" datatype="plaintext"/>\n  <body>\n`
  yield '  </body>\n</tmx>\n'
}

const tsvField = (value: string) => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')

export async function* tsvExport(entries: AsyncIterable<Entry>): AsyncGenerator<string> {
  yield 'source\ttarget\tsource_lang\ttarget_lang\tverdict\tscore\tchanged\n'
  for await (const e of entries) {
    yield `${[e.source, e.target, e.sourceLang, e.targetLang, e.verdict ?? '', e.score === undefined ? '' : String(e.score), e.changed].map(tsvField).join('\t')}\n`
  }
}

export async function* jsonlExport(entries: AsyncIterable<Entry>): AsyncGenerator<string> {
  for await (const e of entries) yield `${JSON.stringify(e)}\n`
}
