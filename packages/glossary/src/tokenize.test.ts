import {describe, expect, it} from 'vitest'
import {tokenize} from './tokenize.js'

const show = (text: string) => tokenize(text).map((t) => `${t.hyphen ? '-' : ''}${t.raw}=${t.exact}@${t.start}`)

describe('tokenize', () => {
  it('joins apostrophes, pluses, decimal marks; folds ё and look-alikes in mixed tokens', () => {
    expect(show("Tokayev's С5+1 and C5+1, 2,5 млн, партнёрство")).toEqual([
      "Tokayev's=Tokayev's@0",
      'С5+1=С5+1@10',
      'and=and@15',
      'C5+1=С5+1@19',
      ',=,@23',
      '2,5=2,5@25',
      'млн=млн@29',
      ',=,@32',
      'партнёрство=партнерство@34'
    ])
  })

  it('reads U.S. as US, marks hyphen joins, skips quotes and placeholders, keeps emoji whole', () => {
    expect(show('the U.S. rare-earth «{1}Госдеп{/1}» 🙂!')).toEqual([
      'the=the@0',
      'U.S.=US@4',
      'rare=rare@9',
      '-earth=earth@14',
      'Госдеп=Госдеп@24',
      '🙂=🙂@36',
      '!=!@38'
    ])
  })
})
