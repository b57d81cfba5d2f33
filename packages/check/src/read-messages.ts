import {createFinding, type Finding, type Point, type Severity} from '@tolmach/core'

/** A file's name as messages show it and its decoded text. */
export interface InputText {
  file: string
  text: string
}

type Data = Record<string, string | number>

// English wording of the readers' messages; an interface in another language renders its own from `messageId` and `data`.
const english: Record<string, (d: Data) => string> = {
  headerColumnTwice: (d) => `the header has a column named ${d['name']} twice (columns ${d['first']} and ${d['second']}): which one to check is a guess, so the file is not read`,
  rowColumns: (d) => `expected at least ${d['count']} tab-separated column${d['count'] === 1 ? '' : 's'}, found ${d['found']}; row skipped`,
  rowExtraColumns: (d) =>
    d['count'] === 1
      ? `the header names ${d['count']} column, this row has ${d['found']}; the cells past it are not read`
      : `the header names ${d['count']} columns, this row has ${d['found']}; the cells past them are not read`,
  cellShape: (d) => `column ${d['name']} holds “${d['value']}”, which is not what tolmach writes there: a line end may be lost and two rows run together`,
  notJson: (d) => `not JSON: ${d['reason']}; line skipped`,
  notPairRecord: () => 'not a pair: expected "source" and "target" texts; line skipped',
  noPairs: (d) => `no translated ${d['source']} → ${d['target']} pair in this file: nothing was checked`,
  unpairedFile: (d) => `no translation found for this document (expected ${d['expected']} among the inputs): not checked`,
  noLangInName: () => 'the name says neither ru nor en (ru/X.md, X.ru.md): not paired, not checked'
}

/** The message ids of the pair readers, for callers that render them in another language. */
export const readerMessageIds: readonly string[] = Object.keys(english)

/** A reader's finding at one point: message id and data, with the English wording as `message`. */
export function readerFinding(ruleId: string, severity: Severity, messageId: string, data: Data, file: string, at: Point): Finding {
  const render = english[messageId]
  if (render === undefined) throw new Error(`readerFinding: unknown message id ${messageId}`)
  return createFinding({ruleId, severity, message: render(data), messageId, data, source: 'tolmach-check', file, place: {start: at, end: at}})
}
