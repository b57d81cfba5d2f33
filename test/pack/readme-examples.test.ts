// Packs every library package, installs the tarballs into a fresh project and
// runs the first ```js block of each package README there, as a user would.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from '../../scripts/shared-dir.mjs'

const packagesDir = path.join(repoRoot, 'packages')
const names = readdirSync(packagesDir).filter((name) => name !== 'cli')
let project = ''

function firstJsBlock(readme: string): string | undefined {
  return /```js\n([\s\S]*?)```/.exec(readme)?.[1]
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'tolmach-consumer-'))
  const tarballs = names.map((name) => {
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], {
      cwd: path.join(packagesDir, name),
      encoding: 'utf8'
    })
    return path.join(project, out.trim().split('\n').pop()!)
  })
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], {cwd: project, stdio: 'pipe'})
}, 900_000)

afterAll(() => {
  if (project) rmSync(project, {recursive: true, force: true})
})

describe('packed packages', () => {
  for (const name of names) {
    it(`@tolmach/${name}: the README example runs from the installed tarball`, () => {
      const readme = readFileSync(path.join(packagesDir, name, 'README.md'), 'utf8')
      const example = firstJsBlock(readme)
      expect(example, `${name}/README.md has no \`\`\`js example`).toBeTruthy()
      expect(example).toContain(`@tolmach/${name}`)
      const file = path.join(project, `example-${name}.mjs`)
      writeFileSync(file, example!)
      // Throws with the example's stderr when it fails.
      execFileSync(process.execPath, [file], {cwd: project, encoding: 'utf8', stdio: 'pipe'})
    })
  }

  it('every package passes publint', () => {
    for (const name of names.concat('cli')) {
      const out = execFileSync('npx', ['--no-install', 'publint', '--strict', path.join(packagesDir, name)], {
        cwd: repoRoot,
        encoding: 'utf8'
      })
      expect(out, name).not.toMatch(/Errors?:|Warnings?:/)
    }
  })
})
