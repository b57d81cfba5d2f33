import {describe, expect, it} from 'vitest'
import {translateCommanderError} from './commander-messages.js'
import {createTranslator} from './i18n.js'

const ru = createTranslator('ru')
const en = createTranslator('en')

describe('translateCommanderError', () => {
  it('re-words commander 14 errors and suggestions', () => {
    expect(translateCommanderError("error: unknown option '--frmat'\n(Did you mean --format?)\n", ru)).toBe(
      'неизвестный параметр «--frmat»\n(Возможно, имелось в виду --format?)'
    )
    expect(translateCommanderError("error: unknown command 'segmnt'", ru)).toBe('неизвестная команда «segmnt»')
    expect(translateCommanderError("error: missing required argument 'file'", ru)).toBe(
      'не указан обязательный аргумент «file»'
    )
    expect(translateCommanderError("error: option '-o, --output <file>' argument missing", en)).toBe(
      "option '-o, --output <file>' needs a value"
    )
  })

  it('passes an unknown message through', () => {
    expect(translateCommanderError('error: something new', ru)).toBe('something new')
  })
})
