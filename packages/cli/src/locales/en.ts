/**
 * English messages. Keys are stable; plural keys follow i18next's
 * Intl.PluralRules suffixes (`_one`, `_other` in English). `ru.ts` must carry
 * every key here, with `_one`, `_few`, `_many` and `_other` for plurals
 * (checked by `locales.test.ts`). Rule ids, option names and machine
 * formats stay out of these strings' translation.
 */
export const en = {
  program: {
    description: 'Russian↔English translation toolkit: sentence segments, XLIFF and corpora.',
    uiLang: 'language of messages: en or ru (default: TOLMACH_LANG, LC_ALL, LC_MESSAGES, LANG, else en)',
    quiet: 'print no warnings or summaries, only errors',
    version: 'print the version number',
    help: 'show help for a command',
    helpCommand: 'show help for COMMAND',
    examples: 'Examples:'
  },
  help: {
    usage: 'Usage:',
    options: 'Options:',
    arguments: 'Arguments:',
    commands: 'Commands:',
    globalOptions: 'Global options:',
    default: 'default: {{value}}',
    choices: 'one of: {{values}}'
  },
  segment: {
    description: 'split Markdown documents into sentence segments (JSONL, TSV, XLIFF 1.2 or XLIFF 2.1)',
    files: 'Markdown files to segment; - reads standard input',
    lang: 'language of the documents: {{langs}} (default: detected from the text)',
    format: 'output format: {{formats}} (default: from the -o extension, else jsonl)',
    targetLang: 'target language written into XLIFF (default: the other language)',
    output: 'write to FILE, replacing it whole (default: standard output)',
    examples: [
      'tolmach segment release.md --format xliff -o release.xlf',
      'tolmach segment corpus/ru/*.md --lang ru > segments.jsonl',
      'cat release.md | tolmach segment - --format tsv'
    ].join('\n'),
    langUnsure:
      '{{file}}: language unsure: {{share}}% of letters are {{script}} (below the {{threshold}}% needed to be sure); assuming {{lang}}, pass --lang to choose',
    stdinTwice: 'standard input (-) can be read only once',
    summary: 'Wrote {{segments}} from {{files}} to {{output}}'
  },
  corpus: {
    description: 'build the corpus: segment DIR/ru/*.md into OUT/ru.xlf and OUT/ru.jsonl',
    buildDescription: 'segment every DIR/ru/*.md into OUT/ru.xlf (XLIFF 1.2) and OUT/ru.jsonl',
    dir: 'corpus folder holding ru/*.md',
    out: 'folder for the build outputs (created if missing)',
    json: 'print a JSON summary on standard output',
    examples: ['tolmach corpus build', 'tolmach corpus build corpus --out build --json'].join('\n'),
    noFiles: '{{dir}}: no Markdown files (*.md) found',
    summary: 'Corpus built: {{files}}, {{segments}} → {{outputs}}'
  },
  progress: {
    segmenting: 'Segmenting {{file}}',
    building: 'Building the corpus: {{file}}'
  },
  count: {
    segment_one: '{{count, number}} segment',
    segment_other: '{{count, number}} segments',
    file_one: '{{count, number}} file',
    file_other: '{{count, number}} files'
  },
  script: {
    cyrillic: 'Cyrillic',
    latin: 'Latin'
  },
  stdout: 'standard output',
  stdin: 'standard input',
  error: {
    prefix: 'error',
    warning: 'warning',
    info: 'info',
    unknownLang: 'unknown language "{{value}}" for {{option}}; use one of: {{valid}}',
    unknownUiLang: 'unknown interface language "{{value}}" for --ui-lang; use one of: {{valid}}',
    unknownFormat: 'unknown format "{{value}}" for --format; use one of: {{valid}}',
    formatUnavailable: 'format "{{format}}" is not available in this build of @tolmach/formats',
    notFound: '{{file}}: no such file',
    isDirectory: '{{file}}: is a folder, not a file',
    folderNotFound: '{{dir}}: no such folder',
    notReadable: '{{file}}: cannot read ({{reason}})',
    invalidUtf8: '{{file}}:{{line}}:{{column}}: invalid UTF-8 at byte {{offset}}; save the file as UTF-8 or UTF-16 with a BOM',
    binary: '{{file}}: looks like a binary file (NUL byte at byte {{offset}}), not text',
    outputIsInput: '{{file}}: refusing to write the output over an input file',
    outputDirMissing: '{{file}}: cannot write: folder {{dir}} does not exist',
    outputFailed: '{{file}}: cannot write ({{reason}})',
    outputIsDirectory: '{{file}}: is a folder; give a file name for -o',
    unexpected: 'unexpected error: {{message}} (set TOLMACH_DEBUG=1 to see the stack)',
    unknownOption: "unknown option '{{option}}'",
    unknownCommand: "unknown command '{{command}}'",
    didYouMean: '(Did you mean {{suggestion}}?)',
    missingArgument: "missing required argument '{{argument}}'",
    optionArgumentMissing: "option '{{option}}' needs a value",
    tooManyArguments: 'too many arguments',
    seeHelp: "Run 'tolmach help {{command}}' for usage."
  }
} as const

/** A locale: nested objects with string leaves. */
export interface LocaleTree {
  [key: string]: string | LocaleTree
}
