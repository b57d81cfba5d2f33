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
  corpus: {
    description: 'собрать корпус: сегментировать DIR/ru/*.md в OUT/ru.xlf и OUT/ru.jsonl',
    buildDescription: 'сегментировать все DIR/ru/*.md в OUT/ru.xlf (XLIFF 1.2) и OUT/ru.jsonl',
    dir: 'папка корпуса с ru/*.md',
    out: 'папка для результатов сборки (создаётся при необходимости)',
    json: 'вывести итог в JSON на стандартный вывод',
    examples: ['tolmach corpus build', 'tolmach corpus build corpus --out build --json'].join('\n'),
    noFiles: '{{dir}}: файлы Markdown (*.md) не найдены',
    summary: 'Корпус собран: {{files}}, {{segments}} → {{outputs}}'
  },
  progress: {
    segmenting: 'Сегментация {{file}}',
    building: 'Сборка корпуса: {{file}}'
  },
  count: {
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
