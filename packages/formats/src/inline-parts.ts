import {type Placeholder, splitPlaceholderText} from '@tolmach/core'

/**
 * How a placeholder can be written as XLIFF inline markup:
 * - `pair`: both halves in this text, properly nested (XLIFF 2 `pc`, 1.2 `bpt`/`ept`);
 * - `crossing`: both halves here but overlapping another pair (XLIFF 2 `sc`/`ec`);
 * - `isolated`: the other half lives in another segment, or is missing
 *   (XLIFF 2 `sc`/`ec isolated="yes"`, 1.2 `it`);
 * - `standalone`: atomic markup (`ph`).
 */
export type Pairing = 'pair' | 'crossing' | 'isolated' | 'standalone'

export type InlinePart = string | {placeholder: Placeholder; pairing: Pairing}

export function inlineParts(text: string, placeholders: readonly Placeholder[]): InlinePart[] {
  const raw = splitPlaceholderText(text, placeholders)
  const pairing = new Map<number, Pairing>()
  const closes = new Set<number>()
  for (const part of raw) {
    if (typeof part !== 'string' && part.type === 'close' && !part.split) closes.add(part.id)
  }
  const stack: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const part = raw[i]!
    if (typeof part === 'string') continue
    if (part.type === 'standalone') pairing.set(i, 'standalone')
    else if (part.split) pairing.set(i, 'isolated')
    else if (part.type === 'open') {
      if (closes.has(part.id) && !stack.includes(part.id)) {
        stack.push(part.id)
        pairing.set(i, 'pair')
      } else pairing.set(i, 'isolated')
    } else {
      const at = stack.lastIndexOf(part.id)
      if (at === -1) pairing.set(i, 'isolated')
      else if (at === stack.length - 1) {
        stack.pop()
        pairing.set(i, 'pair')
      } else {
        stack.splice(at, 1)
        pairing.set(i, 'crossing')
        markOpenCrossing(raw, pairing, i, part.id)
      }
    }
  }
  // Opens never closed (a close token repeated earlier consumed nothing) stay isolated.
  for (const id of stack) markOpen(raw, pairing, id, 'isolated')
  return raw.map((part, i) => (typeof part === 'string' ? part : {placeholder: part, pairing: pairing.get(i)!}))
}

function markOpenCrossing(raw: ReturnType<typeof splitPlaceholderText>, pairing: Map<number, Pairing>, before: number, id: number) {
  for (let j = before - 1; j >= 0; j--) {
    const p = raw[j]!
    if (typeof p !== 'string' && p.type === 'open' && p.id === id && pairing.get(j) === 'pair') {
      pairing.set(j, 'crossing')
      return
    }
  }
}

function markOpen(raw: ReturnType<typeof splitPlaceholderText>, pairing: Map<number, Pairing>, id: number, value: Pairing) {
  for (let j = raw.length - 1; j >= 0; j--) {
    const p = raw[j]!
    if (typeof p !== 'string' && p.type === 'open' && p.id === id && pairing.get(j) === 'pair') {
      pairing.set(j, value)
      return
    }
  }
}
