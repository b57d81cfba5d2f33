import {createLineIndex, offsetToPoint} from '../../../packages/core/dist/index.js'
import {JsonSyntaxError, parseConfig, validateConfig} from '../../../packages/cli/dist/config/config-parse.js'
import {configSchema} from '../../../packages/cli/dist/config/config-load.js'
import {seedFiles} from '../seeds.mjs'

// The config loader, without the file system and translations: syntax → finding, schema → findings.
export default {
  name: 'config',
  seeds: () => [...seedFiles(['.'], /^tolmach\.config\.json$/), ...seedFiles(['packages/cli/src/fixtures/fuzz'], /^config-.*\.json$/)],
  read(text) {
    const lines = createLineIndex(text)
    const at = (offset) => {
      const point = offsetToPoint(lines, Math.min(offset, text.length))
      return {start: point, end: point}
    }
    try {
      const root = parseConfig(text)
      const findings = validateConfig(root, configSchema()).map((p) => ({ruleId: `config-${p.kind}`, severity: 'error', place: at(p.offset), actual: p.actual}))
      return {texts: [text], findings}
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error
      return {texts: [], findings: [{ruleId: 'config-syntax', severity: 'error', place: at(error.offset)}]}
    }
  },
  // A config has no records: the marker goes into a key, which must come back as a finding or a value.
  insert: (text, marker) => text.replace(/^(\s*\{)/, `$1"${marker}": 1, `),
  big: () => [
    {name: 'nesting', make: (bytes) => `${'['.repeat(bytes / 2)}${']'.repeat(bytes / 2)}`},
    {name: 'keys', make: (bytes) => `{${Array.from({length: Math.ceil(bytes / 12)}, (_, k) => `"k${k}": ${k}`).join(', ')}}`}
  ]
}
