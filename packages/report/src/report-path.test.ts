import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {reportPath} from './report-path.js'

describe('reportPath', () => {
  const root = path.resolve('/repo')
  it('makes a file inside the root relative to it', () => {
    expect(reportPath(path.join(root, 'docs', 'en.md'), root)).toBe('docs/en.md')
    expect(reportPath(root, root)).toBe('.')
  })
  it('keeps a file outside the root absolute rather than climbing out of it', () => {
    const outside = path.resolve('/tmp/x/en.md')
    expect(reportPath(outside, root)).toBe(outside.replaceAll('\\', '/'))
    expect(reportPath(path.resolve('/repository/en.md'), root)).toBe(path.resolve('/repository/en.md').replaceAll('\\', '/'))
  })
  it('leaves relative paths alone but for slashes and a leading ./', () => {
    expect(reportPath('./docs\\en.md', root)).toBe('docs/en.md')
  })
})
