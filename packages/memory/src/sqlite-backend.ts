import Database from 'better-sqlite3'
import type {Backend, PruneQuery, Row, WriteTx} from './backend.js'
import {appendPostings, type BlockStore, blockSize, decodeBlock, encodeBlock, groupKey, idsInRange, insertPostings, lengthClass, removePostings, type StoredBlock} from './posting-blocks.js'
import {migrateSqlite, sqliteSchemaVersion} from './sqlite-schema.js'

// Blocks per INSERT statement: fewer statement runs, well under SQLite's 32,766 parameters.
const blockRows = 64

const columns = 'id, source_key AS sourceKey, source_lang AS sourceLang, target_lang AS targetLang, source, target, length, keys, created, changed, user, project, meta'

/**
 * One `*.tmdb` file in WAL mode. Writers take the lock at BEGIN IMMEDIATE
 * and wait for each other (busy timeout), so two processes adding at once
 * both land; a crash inside a transaction leaves the file as it was.
 */
export function openSqlite(file: string): Backend {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 30000')
  db.pragma('synchronous = NORMAL')
  db.pragma('cache_size = -262144')
  // Lookups read entries all over a large file: mapped pages cost no read call and no copy.
  db.pragma('mmap_size = 4294967296')
  migrateSqlite(db, file)
  const stmt = {
    meta: db.prepare('SELECT value FROM tm_meta WHERE key = ?').pluck(),
    existing: db.prepare(`SELECT ${columns} FROM tm_entry WHERE source_key = ?`),
    term: db.prepare('SELECT id, df FROM tm_term WHERE key = ?'),
    addTerm: db.prepare('INSERT INTO tm_term (key) VALUES (?)'),
    insert: db.prepare(
      'INSERT INTO tm_entry (source_key, source_lang, target_lang, source, target, length, keys, created, changed, user, project, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
    ),
    update: db.prepare('UPDATE tm_entry SET target = @target, changed = @changed, created = @created, user = @user, project = @project, meta = @meta WHERE id = @id'),
    block: db.prepare('INSERT INTO tm_block (term, length_class, last, ids) VALUES (?, ?, ?, ?)'),
    blockRows: db.prepare(`INSERT INTO tm_block (term, length_class, last, ids) VALUES ${Array(blockRows).fill('(?, ?, ?, ?)').join(', ')}`),
    covering: db.prepare('SELECT last, ids FROM tm_block WHERE term = ? AND length_class = ? AND last >= ? ORDER BY last LIMIT 1'),
    tail: db.prepare('SELECT last, ids FROM tm_block WHERE term = ? AND length_class = ? ORDER BY last DESC LIMIT 1'),
    tailWithRoom: db.prepare('SELECT last, ids FROM (SELECT last, ids FROM tm_block WHERE term = ? AND length_class = ? ORDER BY last DESC LIMIT 1) WHERE length(ids) < ?'),
    dropBlock: db.prepare('DELETE FROM tm_block WHERE term = ? AND length_class = ? AND last = ?'),
    dropEntry: db.prepare('DELETE FROM tm_entry WHERE id = ?'),
    df: db.prepare('UPDATE tm_term SET df = df + ? WHERE id = ?'),
    postings: db.prepare('SELECT ids FROM tm_block WHERE term = ? AND length_class BETWEEN ? AND ?').pluck(),
    // A search's lookups take their ids or keys as one JSON array: one statement run instead of one per value.
    terms: db.prepare('SELECT key, id, df FROM tm_term WHERE key IN (SELECT value FROM json_each(?))'),
    keys: db.prepare('SELECT id, keys, source_lang AS sourceLang, target_lang AS targetLang FROM tm_entry WHERE id IN (SELECT value FROM json_each(?))'),
    rows: db.prepare(`SELECT ${columns} FROM tm_entry WHERE id IN (SELECT value FROM json_each(?))`),
    page: db.prepare(`SELECT ${columns} FROM tm_entry WHERE id > ? ORDER BY id LIMIT ?`)
  }
  const stored = (row: {last: number; ids: Buffer} | undefined): StoredBlock | undefined => (row ? {last: row.last, ...decodeBlock(row.ids)} : undefined)
  const blocks: BlockStore = {
    async covering(term, length, entry) {
      return stored(stmt.covering.get(term, length, entry) as {last: number; ids: Buffer} | undefined)
    },
    async tail(term, length) {
      return stored(stmt.tail.get(term, length) as {last: number; ids: Buffer} | undefined)
    },
    async tailsWithRoom(groups) {
      const found = new Map<number, StoredBlock>()
      for (const [term, bucket] of groups) {
        const tail = stored(stmt.tailWithRoom.get(term, bucket, blockSize * 5) as {last: number; ids: Buffer} | undefined)
        if (tail) found.set(groupKey(term, bucket), tail)
      }
      return found
    },
    async insertBlocks(list) {
      let i = 0
      const values = new Array<unknown>(blockRows * 4)
      for (; i + blockRows <= list.length; i += blockRows) {
        for (let k = 0; k < blockRows; k++) {
          const b = list[i + k]!
          values[4 * k] = b.term
          values[4 * k + 1] = b.bucket
          values[4 * k + 2] = b.ids[b.ids.length - 1]
          values[4 * k + 3] = encodeBlock(b.ids, b.lengths)
        }
        stmt.blockRows.run(values)
      }
      for (; i < list.length; i++) {
        const b = list[i]!
        stmt.block.run(b.term, b.bucket, b.ids[b.ids.length - 1], encodeBlock(b.ids, b.lengths))
      }
    },
    async deleteBlock(term, length, last) {
      stmt.dropBlock.run(term, length, last)
    }
  }
  const tx: WriteTx = {
    async existing(keys) {
      const found = new Map<string, Row>()
      for (const key of keys) {
        const row = stmt.existing.get(key) as Row | undefined
        if (row) found.set(key, row)
      }
      return found
    },
    async termIds(keys) {
      const ids = new Map<string, number>()
      for (const key of keys) {
        const hit = stmt.term.get(key) as {id: number} | undefined
        ids.set(key, hit ? hit.id : Number(stmt.addTerm.run(key).lastInsertRowid))
      }
      return ids
    },
    async insert(rows) {
      return rows.map(
        (row) =>
          Number(
            stmt.insert.run(row.sourceKey, row.sourceLang, row.targetLang, row.source, row.target, row.length, row.keys, row.created, row.changed, row.user, row.project, row.meta)
              .lastInsertRowid
          )
      )
    },
    async update(rows) {
      for (const row of rows) stmt.update.run(row)
    },
    async addPostings(columns) {
      await appendPostings(blocks, columns)
    },
    async insertPostings(postings) {
      await insertPostings(blocks, postings)
    },
    async deletePostings(postings) {
      await removePostings(blocks, postings)
    },
    async pruneRows(query) {
      const {where, params} = pruneWhere(query)
      if (!where) return []
      return db.prepare(`SELECT ${columns} FROM tm_entry WHERE ${where}`).all(...params) as Row[]
    },
    async deleteEntries(ids) {
      for (const id of ids) stmt.dropEntry.run(id)
    },
    async addFrequencies(deltas) {
      for (const [term, delta] of deltas) stmt.df.run(delta, term)
    }
  }
  let busy = false
  return {
    kind: 'sqlite',
    schemaVersion: sqliteSchemaVersion,
    async getMeta(key) {
      return stmt.meta.get(key) as string | undefined
    },
    async setMeta(key, value) {
      db.prepare('INSERT OR REPLACE INTO tm_meta (key, value) VALUES (?, ?)').run(key, value)
    },
    async transaction(run) {
      if (busy) throw new Error('a translation memory transaction is already running on this connection')
      busy = true
      db.exec('BEGIN IMMEDIATE')
      try {
        const result = await run(tx)
        db.exec('COMMIT')
        return result
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK')
        throw error
      } finally {
        busy = false
      }
    },
    async terms(keys) {
      const found = new Map<string, {id: number; df: number}>()
      for (const hit of stmt.terms.all(JSON.stringify(keys)) as Array<{key: string; id: number; df: number}>) found.set(hit.key, {id: hit.id, df: hit.df})
      return found
    },
    async postings(term, min, max) {
      return idsInRange(stmt.postings.all(term, lengthClass(min), lengthClass(max)) as Buffer[], min, max)
    },
    async postingBlobs(terms, min, max) {
      return new Map(terms.map((term) => [term, stmt.postings.all(term, lengthClass(min), lengthClass(max)) as Buffer[]]))
    },
    async keys(ids) {
      return stmt.keys.all(JSON.stringify(ids)) as Array<{id: number; keys: string; sourceLang: string; targetLang: string}>
    },
    async rows(ids) {
      const byId = new Map((stmt.rows.all(JSON.stringify(ids)) as Row[]).map((row) => [row.id, row]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
    async *scan(batch) {
      let last = 0
      for (;;) {
        const page = stmt.page.all(last, batch) as Row[]
        if (page.length === 0) return
        yield page
        last = page[page.length - 1]!.id
      }
    },
    async counts() {
      const entries = (db.prepare('SELECT count(*) FROM tm_entry').pluck().get() as number) ?? 0
      const terms = (db.prepare('SELECT count(*) FROM tm_term').pluck().get() as number) ?? 0
      const pairs = db
        .prepare('SELECT source_lang AS sourceLang, target_lang AS targetLang, count(*) AS entries FROM tm_entry GROUP BY 1, 2 ORDER BY 1, 2')
        .all() as Array<{sourceLang: string; targetLang: string; entries: number}>
      return {entries, terms, pairs}
    },
    async close() {
      db.close()
    }
  }
}

function pruneWhere(query: PruneQuery): {where: string; params: string[]} {
  const parts: string[] = []
  const params: string[] = []
  if (query.keepVerdicts) {
    parts.push(`json_extract(meta, '$.verdict') NOT IN (${query.keepVerdicts.map(() => '?').join(', ') || "''"})`)
    params.push(...query.keepVerdicts)
  }
  if (query.olderThan) {
    parts.push('changed < ?')
    params.push(query.olderThan)
  }
  return {where: parts.join(' AND '), params}
}

export {Database}
