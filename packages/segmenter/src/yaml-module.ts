import {createRequire} from 'node:module'
import type * as Yaml from 'yaml'

let yaml: typeof Yaml | undefined

/**
 * The `yaml` package, loaded by the first document that has front matter:
 * most documents have none, and loading it costs every command (`tolmach
 * segment`, `check`) more than segmenting a release. Synchronous, because
 * `segmentMarkdown` is.
 */
export function yamlModule(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml
  return yaml
}
