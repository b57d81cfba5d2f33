import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseMarkdown} from './markdown-parse.js'
import {rebuildMarkdown} from './rebuild-markdown.js'
import {segmentMarkdown} from './segment-markdown.js'

const propertyRuns = 300

type Tree = {type: string; value?: string; children?: Tree[]}

/** Emphasis, strong and delete nodes in document order, each with its text. */
function attention(markdown: string): string[] {
  const out: string[] = []
  const text = (node: Tree): string => node.value ?? (node.children ?? []).map(text).join('')
  const walk = (node: Tree): void => {
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') out.push(`${node.type}:${text(node).trim()}`)
    for (const child of node.children ?? []) walk(child)
  }
  walk(parseMarkdown(markdown) as unknown as Tree)
  return out
}

function rebuild(source: string, targets: string[]): string {
  const segments = segmentMarkdown(source, {lang: 'ru'})
  return rebuildMarkdown(source, new Map(segments.map((s, i) => [s.id, targets[i] ?? s.text])), {lang: 'ru'}).markdown
}

describe('characters a translation puts next to emphasis markers', () => {
  test.each([
    // The outer letter as a character reference: the same text, and it does not block the closing run.
    ['This {1}matters.{/1}x now.', 'strong:matters.', '**matters.**&#x78; now.'],
    ['x {1} y {/1} z', 'strong:y', 'x  **y**  z'],
    ['{1}.{/1}a', 'strong:.', '**.**&#x61;'],
    ['a{1}(b){/1}c', 'strong:(b)', '']
  ])('%j keeps its strong emphasis', (target, node, visible) => {
    const markdown = rebuild('Это **важно.**\n', [target])
    expect(attention(markdown)).toEqual([node])
    expect(markdown).toContain(visible)
  })

  test('underscore emphasis inside a word gets its outer letters as references', () => {
    const markdown = rebuild('Это _важно_ тут.\n', ['the{1}word{/1}s here.'])
    expect(attention(markdown)).toEqual(['emphasis:word'])
  })

  // Law: whatever characters a target adds on either side of a marker, the
  // document keeps its emphasis nodes, with the text the target gave them.
  const around = fc.array(fc.constantFrom(' ', '.', ',', 'x', 'я', '!', '(', ')', '"', '1'), {maxLength: 3}).map((a) => a.join(''))
  test('the emphasis survives added characters (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('*', '**', '_', '__', '~~'), around, around, around, around, (marker, a, b, c, d) => {
        const source = `Текст ${marker}слово${marker} тут.\n`
        const target = `Text${a}{1}${b}word${c}{/1}${d} here.`
        const markdown = rebuild(source, [target])
        const kind = marker === '~~' ? 'delete' : marker.length === 2 ? 'strong' : 'emphasis'
        expect(attention(markdown)).toEqual([`${kind}:${`${b}word${c}`.trim()}`])
      }),
      {numRuns: propertyRuns * 2}
    )
  })
})
