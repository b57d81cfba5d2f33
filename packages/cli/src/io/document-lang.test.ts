import {TolmachError} from '@tolmach/core'
import {describe, expect, it} from 'vitest'
import {decideLang, parseLang, proseOf} from './document-lang.js'
import {createTranslator} from '../i18n/i18n.js'

const t = createTranslator('en')

describe('parseLang', () => {
  it('accepts ru and en in any case', () => {
    expect(parseLang('RU', '--lang', t)).toBe('ru')
    expect(parseLang(undefined, '--lang', t)).toBeUndefined()
  })

  it('throws a usage error listing the valid codes', () => {
    expect(() => parseLang('de', '--lang', t)).toThrow(TolmachError)
    expect(() => parseLang('de', '--lang', t)).toThrow('unknown language "de" for --lang; use one of: ru, en')
  })
})

describe('decideLang', () => {
  it('uses the given language without looking', () => {
    expect(decideLang('en', 'Привет, мир, как дела у всех вас сегодня?', 'a.md', t)).toEqual({lang: 'en'})
  })

  it('detects a clearly Russian or English text silently', () => {
    expect(decideLang(undefined, 'Министр иностранных дел РК принял участие в конференции USGS.', 'a.md', t)).toEqual({
      lang: 'ru'
    })
    expect(decideLang(undefined, 'The minister took part in the first ministerial conference.', 'a.md', t)).toEqual({
      lang: 'en'
    })
  })

  it('warns with the share and the threshold when the script mix is close', () => {
    const mixed = 'Министр встретился с коллегами. The meeting took place in Washington today.'
    const decision = decideLang(undefined, mixed, 'a.md', t)
    expect(decision.warning).toMatch(/^a\.md: language unsure: \d+% of letters are (Cyrillic|Latin) \(below the 75% needed/)
  })

  it('warns on too few letters but not on none', () => {
    expect(decideLang(undefined, 'Да.', 'a.md', t).warning).toBe(
      'a.md: language unsure: only 2 letters, fewer than the 20 needed to judge; assuming ru, pass --lang to choose'
    )
    expect(decideLang(undefined, 'Да.', 'a.md', createTranslator('ru')).warning).toBe(
      'a.md: язык не определён уверенно: всего 2 буквы (чтобы судить, нужно не меньше 20); принят ru, укажите --lang'
    )
    expect(decideLang(undefined, 'Hello.', 'a.md', t).warning).toMatch(/only 5 letters, fewer than the 20/)
    expect(decideLang(undefined, '', 'a.md', t)).toEqual({lang: 'en'})
    expect(decideLang(undefined, '12 345\n', 'a.md', t)).toEqual({lang: 'en'})
  })

  it('judges the prose, not the code, links or tags around it', () => {
    const code = ['```js', 'import {segmentMarkdown} from "@tolmach/segmenter"', 'const segments = segmentMarkdown(text, {lang: "ru", file: "release.md"})', 'console.log(segments.length, segments.map((s) => s.text))', '```'].join('\n')
    const doc = `# Сегментация\n\nВызовите \`segmentMarkdown\` и посмотрите [документацию](https://example.com/docs/segmenter/api/reference).\n\n${code}\n\n<div class="note-block">Готово.</div>\n`
    expect(decideLang(undefined, doc, 'a.md', t)).toEqual({lang: 'ru'})
    expect(proseOf('См. `npm ci` и https://example.com/path.')).toBe('См.   и  ')
  })

  it('leaves front matter keys out: a Russian release with a YAML header is Russian for sure', () => {
    const release = '---\ntitle: "Казахстан и США: диалог"\ndate: 2024-02-08\ndescription: Встреча прошла в Вашингтоне.\ntags: [МИД]\n---\n\n# Заголовок\n\nТекст релиза.\n'
    expect(decideLang(undefined, release, 'a.md', t)).toEqual({lang: 'ru'})
    expect(proseOf('---\ntitle: Заголовок\n---\n\nkey: value\n')).toBe('---\n  Заголовок\n---\n\nkey: value\n')
  })
})
