// The part of Az.js (npm `az`, no bundled types) that tolmach uses.

export interface AzTag {
  POST?: string
  CAse?: string
  NMbr?: string
  GNdr?: string
  [grammeme: string]: unknown
  toString(): string
}

export interface AzParse {
  parser: string
  score: number
  tag: AzTag
  formCnt?: number
  inflect(formIndex: number): AzParse | false
  toString(): string
}

export interface AzMorph {
  (word: string, config?: Record<string, unknown>): AzParse[]
  init(path: string, callback: (error: Error | null) => void): void
}

export interface AzModule {
  Morph: AzMorph
  load: (url: string, type: string, callback: (error: Error | null, data?: unknown) => void) => void
}
