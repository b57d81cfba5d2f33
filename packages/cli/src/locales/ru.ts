import type {LocaleTree} from './en.js'

/**
 * Russian messages. Plurals need all four Intl.PluralRules forms: `_one`
 * (1, 21, 101), `_few` (2–4, 22–24), `_many` (0, 5–20, 25) and `_other`
 * (fractions: 1,5 сегмента).
 */
export const ru: LocaleTree = {
  program: {
    description: 'Инструменты перевода с русского на английский и обратно: сегменты предложений, XLIFF и корпуса.',
    uiLang: 'язык сообщений: en или ru (по умолчанию: TOLMACH_LANG, LC_ALL, LC_MESSAGES, LANG, иначе en)',
    quiet: 'не выводить предупреждения и итоги, только ошибки',
    version: 'показать номер версии',
    help: 'показать справку по команде',
    helpCommand: 'показать справку по команде COMMAND',
    examples: 'Примеры:'
  },
  help: {
    usage: 'Использование:',
    options: 'Параметры:',
    arguments: 'Аргументы:',
    commands: 'Команды:',
    globalOptions: 'Общие параметры:',
    default: 'по умолчанию: {{value}}',
    choices: 'одно из: {{values}}'
  },
  segment: {
    description: 'разбить документы Markdown на сегменты-предложения (JSONL, TSV, XLIFF 1.2 или XLIFF 2.1)',
    files: 'файлы Markdown; - читает стандартный ввод',
    lang: 'язык документов: {{langs}} (по умолчанию определяется по тексту)',
    format: 'формат вывода: {{formats}} (по умолчанию по расширению -o, иначе jsonl)',
    targetLang: 'язык перевода для XLIFF (по умолчанию другой язык)',
    output: 'записать в FILE, заменив его целиком (по умолчанию стандартный вывод)',
    examples: [
      'tolmach segment release.md --format xliff -o release.xlf',
      'tolmach segment corpus/ru/*.md --lang ru > segments.jsonl',
      'cat release.md | tolmach segment - --format tsv'
    ].join('\n'),
    langUnsure:
      '{{file}}: язык не определён уверенно: {{script}} — {{share}}% букв (для уверенности нужно {{threshold}}%); принят {{lang}}, укажите --lang',
    stdinTwice: 'стандартный ввод (-) можно прочитать только один раз',
    summary: 'Записано: {{segments}} из {{files}} в {{output}}'
  },
  align: {
    description: 'выровнять русский документ с его английской версией, проверить каждую пару и записать память переводов',
    ru: 'русский документ Markdown',
    en: 'его английская версия',
    output: 'записать пары в FILE, заменив его целиком (по умолчанию: стандартный вывод)',
    format: 'формат вывода: {{formats}} (по умолчанию: по расширению -o, иначе tmx)',
    include: 'какие пары записывать по вердикту: ok, warning (ok и warning) или all',
    review: 'записать список на проверку (замечания к невошедшим парам) в FILE, а не в стандартный поток ошибок',
    reviewFormat: 'формат списка на проверку: stylish или json',
    glossary: 'глоссарий (CSV, TBX…) для терминов-якорей и проверок term-missing/term-forbidden',
    examples: [
      'tolmach align ru/2026-02-05.md en/2026-02-05.md -o pair.tmx',
      'tolmach align ru.md en.md --format tsv --include warning -o pairs.tsv --review review.json --review-format json',
      'tolmach align ru.md en.md --glossary glossary/termbase.csv -o pair.tmx'
    ].join('\n'),
    unknownInclude: 'неизвестное значение «{{value}}» для --include; допустимо: {{valid}}',
    refused: 'Ничего не записано: документы не являются русским оригиналом и его английской версией',
    reviewIsOutput: 'список на проверку и пары записались бы в один файл {{file}}: укажите для --review другой файл',
    summary: 'Выровнено: {{beads}}; ok: {{ok}}, warning: {{warning}}, error: {{error}} → {{output}}',
    beads_one: '{{count, number}} бусина',
    beads_few: '{{count, number}} бусины',
    beads_many: '{{count, number}} бусин',
    beads_other: '{{count, number}} бусины',
    pairs_one: '{{count, number}} пара документов',
    pairs_few: '{{count, number}} пары документов',
    pairs_many: '{{count, number}} пар документов',
    pairs_other: '{{count, number}} пары документов'
  },
  review: {
    summary: '{{problems}} ({{parts}})',
    problems_one: '{{count, number}} замечание',
    problems_few: '{{count, number}} замечания',
    problems_many: '{{count, number}} замечаний',
    problems_other: '{{count, number}} замечания',
    errors_one: '{{count, number}} ошибка',
    errors_few: '{{count, number}} ошибки',
    errors_many: '{{count, number}} ошибок',
    errors_other: '{{count, number}} ошибки',
    warnings_one: '{{count, number}} предупреждение',
    warnings_few: '{{count, number}} предупреждения',
    warnings_many: '{{count, number}} предупреждений',
    warnings_other: '{{count, number}} предупреждения',
    infos_one: '{{count, number}} сведение',
    infos_few: '{{count, number}} сведения',
    infos_many: '{{count, number}} сведений',
    infos_other: '{{count, number}} сведения'
  },
  corpus: {
    description: 'собрать корпус: сегментировать DIR/ru/*.md, выровнять с DIR/en/*.md и записать проверенный TMX',
    buildDescription: 'сегментировать все DIR/ru/*.md в OUT/ru.xlf и OUT/ru.jsonl, выровнять каждую пару ru/en в DIR/aligned/*.tmx со списком на проверку',
    glossary: 'глоссарий для терминов-якорей и проверок (по умолчанию: glossary/termbase.csv рядом с DIR, если есть)',
    alignSummary: 'Выровнено: {{pairs}}, {{beads}} (ok: {{ok}}, warning: {{warning}}, error: {{error}}); замечания: {{findings}} → {{outputs}}',
    goldSummary: 'Точно совпали с эталонным выравниванием: {{exact}} из {{pairs}}',
    goldInvalid: '{{file}}: не файл эталонного выравнивания (JSON с бусинами из начал предложений ru/en)',
    goldUnresolved: '{{file}}: эталонное предложение «{{opening}}» соответствует {{count}} предложениям вместо одного',
    goldMissing: '{{file}}: эталонной бусины {{bead}} нет в выравнивании',
    goldExtra: '{{file}}: бусины {{bead}} нет в эталонном выравнивании',
    dir: 'папка корпуса с ru/*.md',
    out: 'папка для выгрузки сегментов (создаётся при необходимости); проверенные TMX и список на проверку записываются в DIR/aligned',
    json: 'вывести итог в JSON на стандартный вывод',
    examples: ['tolmach corpus build', 'tolmach corpus build corpus --out build --json'].join('\n'),
    noFiles: '{{dir}}: файлы Markdown (*.md) не найдены',
    summary: 'Корпус собран: {{files}}, {{segments}} → {{outputs}}'
  },
  export: {
    description: 'выгрузить документ Markdown на перевод в XLIFF 1.2 или 2.1 с примечаниями из глоссария и совпадениями из памяти',
    file: 'документ Markdown для перевода; - читает стандартный ввод',
    format: 'версия XLIFF: {{formats}} (по умолчанию xliff, то есть XLIFF 1.2)',
    glossary: 'глоссарий (CSV, TSV, TBX или JSON): найденные в сегменте термины попадают в примечания с утверждённым переводом',
    tm: 'память переводов (TMX): точные совпадения становятся переводами, требующими проверки',
    examples: [
      'tolmach export release.md -o release.xlf',
      'tolmach export release.md --format xliff2 -o release.xlf',
      'tolmach export release.md --glossary glossary/terms.csv --tm memory.tmx -o release.xlf'
    ].join('\n'),
    summary: 'Выгружено: {{segments}} в {{output}} ({{memory}}, {{notes}})'
  },
  import: {
    description: 'собрать переведённый документ Markdown из переведённого XLIFF и исходного документа',
    xliff: 'переведённый файл XLIFF 1.2 или 2.x; - читает стандартный ввод',
    source: 'исходный документ Markdown, из которого выгружен XLIFF (обязательно)',
    lang: 'язык исходного документа: {{langs}} (по умолчанию исходный язык XLIFF, иначе определяется по тексту)',
    allowPartial: 'оставлять исходный текст непереведённых сегментов и сообщать о них как о предупреждениях, а не ошибках',
    json: 'вывести итог в JSON на стандартный вывод (нужен -o FILE)',
    examples: [
      'tolmach import release.en.xlf --source release.md -o release.en.md',
      'tolmach import release.en.xlf --source release.md --allow-partial -o draft.en.md'
    ].join('\n'),
    needSource: 'для tolmach import нужен --source: документ Markdown, из которого выгружен XLIFF',
    jsonNeedsOutput: '--json пишет в стандартный вывод, поэтому для документа нужен -o FILE',
    noFile: '{{file}}: нет элемента <file> с единицами перевода',
    whichFile: '{{file}}: несколько элементов <file>, и ни один не {{source}}: {{files}}',
    notWritten: 'В {{output}} ничего не записано: исправьте ошибки выше (или укажите --allow-partial для непереведённых сегментов)',
    summary: 'Записан {{output}}: переведено {{translated}}, {{kept}}',
    rule: {
      'target-missing': 'нет перевода: оставлен исходный текст',
      'unit-missing': 'для сегмента {{expected}} нет единицы в XLIFF (возможно, {{source}} изменился после выгрузки); оставлен исходный текст',
      'unit-unknown': 'единица {{actual}} не соответствует ни одному сегменту {{source}}; её перевод не использован',
      'placeholder-lost': 'в переводе нет метки {{expected}}; оставлен исходный текст',
      'placeholder-duplicated': 'метка {{actual}} встречается в переводе больше одного раза; оставлен исходный текст',
      'placeholder-added': 'метки {{actual}} нет в исходном тексте; оставлен исходный текст',
      'placeholder-order': 'парные метки закрываются раньше, чем открываются, или пересекаются ({{actual}}); оставлен исходный текст',
      'source-changed': 'исходный текст единицы не совпадает с {{source}}: документ изменился после выгрузки',
      'target-state': 'состояние «{{actual}}» говорит, что перевод, возможно, ещё не готов; он использован как есть'
    }
  },
  check: {
    description: 'проверить терминологию переводов по глоссарию (XLIFF, TMX, пары в TSV/JSONL, пары Markdown)',
    files: 'двуязычные файлы: XLIFF с переводами, TMX, пары в TSV или JSONL',
    glossary: 'файл глоссария (CSV, TSV, TBX, JSON…); можно указать несколько раз; по умолчанию — из tolmach.config.json',
    sourceLang: 'язык оригинала: ru или en (по умолчанию ru)',
    targetLang: 'язык перевода: ru или en (по умолчанию en)',
    pair: 'документ Markdown и его перевод, выравниваемые по предложениям (можно повторять: RU EN [RU EN…])',
    format: 'формат вывода: {{formats}}',
    failOn: 'код выхода 1, если есть замечание этой важности или выше: error, warning, info, never (по умолчанию error)',
    output: 'записать отчёт в FILE, а не в стандартный вывод',
    config: 'файл настроек (по умолчанию — ближайший tolmach.config.json)',
    noConfig: 'не читать tolmach.config.json',
    examples: [
      'tolmach check --glossary glossary/termbase.csv release.en.xlf',
      'tolmach check --pair corpus/ru/release.md corpus/en/release.md',
      'tolmach check --format github --fail-on warning pairs.tmx',
      'tolmach check --format sarif -o terms.sarif translated.xlf'
    ].join('\n'),
    or: ' или ',
    rule: {
      missing: 'для «{{term}}» в переводе нет ни одного утверждённого варианта: ожидается {{expected}}',
      forbidden: '«{{found}}» — запрещённый вариант перевода; используйте {{expected}}',
      deprecated: '«{{found}}» — устаревший вариант перевода; предпочтительно {{expected}}',
      inconsistent: '«{{term}}» переведено здесь как «{{found}}», а в остальном корпусе — {{expected}}',
      untranslated: '«{{found}}» оставлено без перевода ({{term}}): ожидается {{expected}}'
    },
    rules: {
      'term-missing': 'Для термина оригинала в переводе нет ни одного утверждённого варианта.',
      'term-forbidden': 'В переводе использован запрещённый или устаревший вариант.',
      'term-inconsistent': 'Один и тот же термин переведён в корпусе по-разному.',
      'term-untranslated': 'Термин на языке оригинала оставлен в переводе без перевода.'
    },
    labels: {
      clean: 'Терминологических ошибок не найдено.',
      severity: 'Важность',
      file: 'Файл',
      place: 'Строка:столбец',
      rule: 'Правило',
      message: 'Сообщение',
      expected: 'ожидалось',
      found: 'найдено',
      omitted_one: '…и ещё {{count, number}} замечание, опущенное ради ограничения размера.',
      omitted_few: '…и ещё {{count, number}} замечания, опущенные ради ограничения размера.',
      omitted_many: '…и ещё {{count, number}} замечаний, опущенных ради ограничения размера.',
      omitted_other: '…и ещё {{count, number}} замечания, опущенные ради ограничения размера.'
    },
    noPairs: 'в файле нет ни одной переведённой пары {{source}} → {{target}}: проверять нечего',
    rowColumns: 'ожидалось не меньше {{count}} столбцов через табуляцию, найдено {{found}}; строка пропущена',
    notJson: 'не JSON: {{reason}}; строка пропущена',
    notPairRecord: 'не пара: нужны тексты "source" и "target"; строка пропущена',
    markdownNeedsPair: '{{file}}: для документа Markdown нужен его перевод: --pair RU.md EN.md',
    unknownInput: '{{file}}: это не двуязычный файл, который читает tolmach (XLIFF, TMX, TSV, JSONL)',
    sameLang: 'язык оригинала и язык перевода совпадают: «{{lang}}»',
    unknownFailOn: 'неизвестное значение «{{value}}» для --fail-on; допустимо: {{valid}}',
    noGlossary: 'нет глоссария: укажите --glossary FILE или "glossary" в tolmach.config.json',
    pairOdd: '--pair принимает документы парами (оригинал, затем перевод); указано {{count}}',
    noInput: 'нечего проверять: укажите двуязычные файлы или --pair RU.md EN.md',
    emptyGlossary: '{{file}}: в глоссарии нет ни одного пригодного понятия',
    unreadable: 'Ничего не проверено: не удалось прочитать ни одной пары из {{files}}',
    summary: 'Проверка: {{pairs}}, {{files}}; {{errors}}, {{warnings}}',
    pairs_one: '{{count, number}} пара',
    pairs_few: '{{count, number}} пары',
    pairs_many: '{{count, number}} пар',
    pairs_other: '{{count, number}} пары'
  },
  config: {
    json: {
      'end-of-file': 'файл обрывается раньше времени',
      'property-name': 'ожидалось имя свойства в двойных кавычках, найдено {{found}}',
      colon: 'после имени свойства ожидалось ":", найдено {{found}}',
      'object-comma': 'ожидалось "," или "}", найдено {{found}}',
      'array-comma': 'ожидалось "," или "]", найдено {{found}}',
      value: 'ожидалось значение, найдено {{found}}',
      trailing: 'ожидался конец файла, найдено {{found}}',
      string: 'строка не закрыта в пределах своей строки файла',
      escape: 'в строке недопустимая escape-последовательность'
    },
    syntax: 'tolmach.config.json — некорректный JSON: {{reason}}',
    type: '«{{property}}» должно быть {{expected}}, а не {{actual}}',
    enum: '«{{property}}» должно быть одним из {{expected}}, а не {{actual}}',
    unknownProperty: 'неизвестное свойство «{{property}}»; известны: {{expected}}',
    tooShort: '«{{property}}» не может быть пустым',
    empty: '«{{property}}» не может быть пустой строкой'
  },
  glossary: {
    description: 'импорт, преобразование и проверка глоссариев',
    importDescription: 'прочитать глоссарии CAT-, TMS- и MT-систем и записать одну термбазу (TBX, CSV, OmegaT TSV, JSON)',
    lintDescription: 'найти ошибки глоссария: непригодные строки, дубликаты, противоречивые статусы, понятия без перевода, непроходящие примеры',
    files: 'файлы глоссариев (CSV, TSV, TBX, OmegaT, JSON)',
    output: 'выходной файл; формат определяется расширением (.tbx, .csv, .tsv, .json)',
    to: 'формат вывода: {{formats}} (по умолчанию — по расширению -o; .tbx — TBX-Basic 2008)',
    format: 'формат отчёта: {{formats}}',
    importExamples: [
      'tolmach glossary import deepl.csv memoq.csv -o team.tbx',
      'tolmach glossary import termbase.tbx -o omegat/glossary.tsv'
    ].join('\n'),
    clean: '{{files}}: ошибок не найдено',
    lintExamples: ['tolmach glossary lint glossary/termbase.csv', 'tolmach glossary lint --format github team.tbx'].join('\n'),
    noOutput: 'укажите выходной файл: -o OUT.tbx|csv|tsv|json',
    unknownOutput: 'не удаётся определить формат вывода по «{{value}}»; допустимо: {{valid}}',
    detected: '{{file}}: формат {{format}}, кодировка {{encoding}}: {{concepts}}, {{terms}}',
    written: 'Записано {{concepts}} → {{output}} ({{rows}})',
    concepts_one: '{{count, number}} понятие',
    concepts_few: '{{count, number}} понятия',
    concepts_many: '{{count, number}} понятий',
    concepts_other: '{{count, number}} понятия',
    terms_one: '{{count, number}} термин',
    terms_few: '{{count, number}} термина',
    terms_many: '{{count, number}} терминов',
    terms_other: '{{count, number}} термина',
    unusable_one: '{{count, number}} непригодная строка, см. выше',
    unusable_few: '{{count, number}} непригодные строки, см. выше',
    unusable_many: '{{count, number}} непригодных строк, см. выше',
    unusable_other: '{{count, number}} непригодной строки, см. выше',
    lint: {
      duplicate: '«{{term}}» — термин и понятия {{first}}, и понятия {{second}}',
      noTranslation: 'у понятия {{concept}} нет утверждённого термина на языке {{lang}}',
      example: 'пример понятия {{concept}} не проходит проверку ({{rule}}): {{detail}}'
    }
  },
  progress: {
    segmenting: 'Сегментация {{file}}',
    building: 'Сборка корпуса: {{file}}',
    aligning: 'Выравнивание {{file}}',
    readingGlossary: 'Чтение {{file}}',
    matching: 'Загрузка русской морфологии и форм терминов'
  },
  count: {
    keptSegment_one: '{{count, number}} оставлен на исходном языке',
    keptSegment_few: '{{count, number}} оставлено на исходном языке',
    keptSegment_many: '{{count, number}} оставлено на исходном языке',
    keptSegment_other: '{{count, number}} оставлено на исходном языке',
    memoryMatch_one: '{{count, number}} совпадение из памяти',
    memoryMatch_few: '{{count, number}} совпадения из памяти',
    memoryMatch_many: '{{count, number}} совпадений из памяти',
    memoryMatch_other: '{{count, number}} совпадения из памяти',
    termNote_one: '{{count, number}} примечание из глоссария',
    termNote_few: '{{count, number}} примечания из глоссария',
    termNote_many: '{{count, number}} примечаний из глоссария',
    termNote_other: '{{count, number}} примечания из глоссария',
    segment_one: '{{count, number}} сегмент',
    segment_few: '{{count, number}} сегмента',
    segment_many: '{{count, number}} сегментов',
    segment_other: '{{count, number}} сегмента',
    file_one: '{{count, number}} файл',
    file_few: '{{count, number}} файла',
    file_many: '{{count, number}} файлов',
    file_other: '{{count, number}} файла'
  },
  script: {
    cyrillic: 'кириллица',
    latin: 'латиница'
  },
  stdout: 'стандартный вывод',
  stdin: 'стандартный ввод',
  // fuzzseg: Markdown refused for its nesting depth
  deepMarkdown: {
    tooDeep_one: '{{file}}:{{line}}:{{column}}: вложенность Markdown глубже {{count, number}} уровня (цитаты, списки или выделение); tolmach такой файл не читает',
    tooDeep_few: '{{file}}:{{line}}:{{column}}: вложенность Markdown глубже {{count, number}} уровней (цитаты, списки или выделение); tolmach такой файл не читает',
    tooDeep_many: '{{file}}:{{line}}:{{column}}: вложенность Markdown глубже {{count, number}} уровней (цитаты, списки или выделение); tolmach такой файл не читает',
    tooDeep_other: '{{file}}:{{line}}:{{column}}: вложенность Markdown глубже {{count, number}} уровня (цитаты, списки или выделение); tolmach такой файл не читает'
  },
  error: {
    prefix: 'ошибка',
    warning: 'предупреждение',
    info: 'сведения',
    unknownLang: 'неизвестный язык «{{value}}» для {{option}}; допустимые: {{valid}}',
    unknownUiLang: 'неизвестный язык интерфейса «{{value}}» для --ui-lang; допустимые: {{valid}}',
    unknownFormat: 'неизвестный формат «{{value}}» для --format; допустимые: {{valid}}',
    formatUnavailable: 'формат «{{format}}» недоступен в этой сборке @tolmach/formats',
    notFound: '{{file}}: файл не найден',
    isDirectory: '{{file}}: это папка, а не файл',
    folderNotFound: '{{dir}}: папка не найдена',
    notReadable: '{{file}}: не удаётся прочитать ({{reason}})',
    invalidUtf8: '{{file}}:{{line}}:{{column}}: недопустимый UTF-8 в байте {{offset}}; сохраните файл в UTF-8 или в UTF-16 с BOM',
    binary: '{{file}}: похоже на двоичный файл (байт NUL на позиции {{offset}}), а не на текст',
    outputIsInput: '{{file}}: отказ записывать результат поверх входного файла',
    outputDirMissing: '{{file}}: не удаётся записать: папки {{dir}} не существует',
    outputFailed: '{{file}}: не удаётся записать ({{reason}})',
    outputIsDirectory: '{{file}}: это папка; укажите в -o имя файла',
    unexpected: 'непредвиденная ошибка: {{message}} (задайте TOLMACH_DEBUG=1, чтобы увидеть стек)',
    unknownOption: 'неизвестный параметр «{{option}}»',
    unknownCommand: 'неизвестная команда «{{command}}»',
    didYouMean: '(Возможно, имелось в виду {{suggestion}}?)',
    missingArgument: 'не указан обязательный аргумент «{{argument}}»',
    optionArgumentMissing: 'параметру «{{option}}» нужно значение',
    tooManyArguments: 'слишком много аргументов',
    seeHelp: 'Справка: tolmach help {{command}}'
  }
}
