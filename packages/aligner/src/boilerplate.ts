/**
 * Lines a translator routinely drops or adds: photo and video credits,
 * sources, share/subscribe prompts, "read also", translation notes. Each
 * pattern names a kind so a kept credit («Фото: ТАСС» ↔ "Photo: TASS") still
 * pairs with its translation.
 */
const ruPatterns: Array<[RegExp, string]> = [
  [/^(фото|фотография|снимок|кадр)(графия)?\s*[:—-]/i, 'photo'],
  [/^(видео)\s*[:—-]/i, 'video'],
  [/^(иллюстрация|инфографика|графика)\s*[:—-]/i, 'illustration'],
  [/^(источник|по материалам)\s*:/i, 'source'],
  [/^поделиться\.?$/i, 'share'],
  [/^подписывайтесь|^подпишитесь|^следите за новостями/i, 'follow'],
  [/^читайте (также|еще|ещё)|^смотрите также|^см\. также/i, 'related'],
  [/^все новости по теме|^новости по теме/i, 'related'],
  [/^(обновлено|обновлен[оа]?)\b/i, 'updated'],
  [/^перевод\s*[:—-]|^переведено/i, 'translated'],
  // A frame announcing a quoted document: «Полный текст заявления:», «Текст обращения приводится ниже:».
  [/^(?:ниже\s+)?(?:приводим|публикуем|приводится|публикуется)?\s*(?:полный\s+)?текст(?!\p{L})[^.!?]{0,60}:$/iu, 'frame'],
  // A section label on a line of its own: «Справка», «Справочно:», «Контакты для СМИ:».
  [/^(?:справка|справочно|для справки|контакты(?: для сми| для прессы)?|примечани[ея](?: для редакторов)?)\s*:?$/i, 'label']
]

const enPatterns: Array<[RegExp, string]> = [
  [/^(photo|picture|image)( credit)?s?\s*[:—-]|^photo credit/i, 'photo'],
  [/^video\s*[:—-]/i, 'video'],
  [/^(illustration|infographic|graphics)\s*[:—-]/i, 'illustration'],
  [/^source\s*[:—-]/i, 'source'],
  [/^share( this( article| story)?)?\.?$/i, 'share'],
  [/^(follow|subscribe to) us\b|^subscribe\b/i, 'follow'],
  [/^(related|read also|see also|read more)\b/i, 'related'],
  [/^(updated|last updated)\b/i, 'updated'],
  [/^(this article was |translated (from|by))|^translation\s*[:—-]|^editor'?s note\b/i, 'translated'],
  // "The full text reads:", "The full statement follows:", "Full text of the address:".
  [/^(?:the\s+)?(?:full\s+)?(?:text|statement|transcript)\b[^.!?]{0,60}(?:\b(?:reads|follows|below)\s*[:.]?|:)$/i, 'frame'],
  [/^(?:background|notes? to editors|media contacts?|press contacts?|about the [\p{L} ]{1,40}|for more information)\s*:?$/iu, 'label']
]

// Lines either language may carry whatever the page's language: a tweet's signature
// ("pic.twitter.com/… — Christopher Landau (@DepSecState) October 28, 2025") and a
// dateline on a line of its own ("ASTANA, Kazakhstan, February 4.", «Астана. 5 марта. KAZAKHSTAN TODAY -»).
const months = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)`
// The place of a dateline: up to three capitalised words («Астана», "NEW YORK", "Nur-Sultan").
const place = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}`
const anyLangPatterns: Array<[RegExp, string]> = [
  [/^pic\.twitter\.com\/\S+|\(@\w{1,15}\)\s+[\p{L}\d .,]{3,30}\d{4}(?:\s*г\.?)?$/iu, 'signature'],
  [new RegExp(String.raw`^${place}(?:,\s*${place})?[.,]\s*(?:${months}\.?\s+\d{1,2}|\d{1,2}\s+${months})(?:,?\s+\d{4})?\.?(?:\s+[\p{Lu}\d][\p{Lu}\d .&-]{1,40})?\s*[-–—]?$`, 'u'), 'dateline']
]

// Bylines and signatures: "By Adam Hartung", «Автор: …», or a name followed by a
// title ("António Guterres, Secretary-General", «Татьяна Кудренок, корреспондент»).
// Either language may appear on either side (a Russian page keeps an English byline).
const name = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`
const bylineRes = [
  new RegExp(String.raw`^(?:[Bb]y|BY|[Ff]rom)\s+${name}(?:\s+(?:and|&)\s+${name})?(?:,.*)?$`, 'u'),
  /^(?:автор|текст|беседовал[аи]?)\s*[:—-]\s*\p{Lu}/iu,
  new RegExp(
    String.raw`^${name},\s+(?:[\p{L}-]+\s+){0,3}(?:secretary|president|minister|director|editor|correspondent|reporter|chairman|chair|spokes(?:man|woman|person)|ambassador|author|секретар|президент|министр|директор|редактор|корреспондент|обозревател|председател|посол|автор)[\p{L}-]*(?:\s+[\p{L}-]+){0,4}\.?$`,
    'iu'
  )
]

/** The boilerplate kind of a line, or undefined for ordinary text. */
export function boilerplateKind(sentence: string, lang: 'ru' | 'en'): string | undefined {
  const text = sentence.trim()
  if (text.length > 160) return undefined
  for (const [re, kind] of lang === 'ru' ? ruPatterns : enPatterns) if (re.test(text)) return kind
  if (text.length <= 120) for (const [re, kind] of anyLangPatterns) if (re.test(text)) return kind
  // The name of a byline is capitalised words; the title pattern is case-blind, so check the name apart
  // ("At the same time, the President added." is no byline).
  if (text.length <= 100 && bylineRes.some((re) => re.test(text)) && namedByline(text)) return 'byline'
  return undefined
}

/** The first two words after a byline's lead ("By", «Автор:») are capitalised. */
function namedByline(text: string): boolean {
  const rest = text.replace(/^(?:(?:by|from)\s+|(?:автор|текст|беседовал[аи]?)\s*[:—-]\s*)/iu, '')
  return /^\p{Lu}[\p{L}'’.-]*\s+\p{Lu}/u.test(rest)
}
