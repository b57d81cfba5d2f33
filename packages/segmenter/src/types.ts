import type {Lang} from '@tolmach/core'

/** A sentence of plain text: `text === input.slice(start, end)`, UTF-16 offsets. */
export interface Sentence {
  text: string
  start: number
  end: number
}

export interface SegmentTextOptions {
  lang: Lang
}
