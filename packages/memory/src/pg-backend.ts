import pg from 'pg'
import {type Backend, MemoryError, type Row, type WriteTx} from './backend.js'
import {
  appendPostings,
  type BlockStore,
  blockSize,
  decodeBlock,
  encodeBlock,
  groupKey,
  idsInRange,
  insertPostings,
  lengthClass,
  lengthClassSql,
  maxStoredLength,
  removePostings,
  type StoredBlock
} from './posting-blocks.js'

const columns =
  'id::int AS id, source_key AS "sourceKey", source_lang AS "sourceLang", target_lang AS "targetLang", source, target, length, keys, created, changed, "user", project, meta'

const migrations: string[] = [
  `CREATE TABLE tm_meta (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE tm_entry (
     id bigint PRIMARY KEY,
     source_key text NOT NULL UNIQUE,
     source_lang text NOT NULL,
     target_lang text NOT NULL,
     source text NOT NULL,
     target text NOT NULL,
     length int NOT NULL,
     keys text NOT NULL,
     created text NOT NULL,
     changed text NOT NULL,
     "user" text,
     project text,
     meta text NOT NULL
   );
   CREATE SEQUENCE tm_entry_id;
   CREATE TABLE tm_term (id serial PRIMARY KEY, key text NOT NULL UNIQUE, df int NOT NULL DEFAULT 0);
   CREATE TABLE tm_posting (term int NOT NULL, length int NOT NULL, entry bigint NOT NULL, PRIMARY KEY (term, length, entry));`,
  // 2: postings in blocks (posting-blocks.ts): ids as int4send (big-endian), then one byte of length each.
  `CREATE TABLE tm_block (term int NOT NULL, length_class int NOT NULL, last bigint NOT NULL, ids bytea NOT NULL, PRIMARY KEY (term, length_class, last));
   INSERT INTO tm_block (term, length_class, last, ids)
     SELECT term, c, max(entry),
       string_agg(int4send(entry::int), ''::bytea ORDER BY entry) || string_agg(decode(lpad(to_hex(least(length, ${maxStoredLength})), 2, '0'), 'hex'), ''::bytea ORDER BY entry)
     FROM (SELECT term, length, entry, ${lengthClassSql('length')} AS c,
             (row_number() OVER (PARTITION BY term, ${lengthClassSql('length')} ORDER BY entry) - 1) / ${blockSize} AS chunk FROM tm_posting) p
     GROUP BY term, c, chunk;
   DROP TABLE tm_posting;`
]

export const pgSchemaVersion = migrations.length

// One advisory lock serialises writers across processes, as SQLite's write lock does.
const writeLock = 0x746f6c6d

/**
 * A memory in a PostgreSQL database (a schema of its own tables). The URL
 * is never printed; a password can come from PGPASSWORD instead of the URL.
 */
export async function openPostgres(url: string): Promise<Backend> {
  const pool = new pg.Pool({connectionString: url, max: 4})
  const client = await pool.connect().catch((error: Error) => {
    throw new MemoryError(`cannot connect to the PostgreSQL memory: ${error.message}`, 'bad-location')
  })
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [writeLock])
    await client.query('CREATE TABLE IF NOT EXISTS tm_schema (version int NOT NULL)')
    const found = await client.query<{version: number}>('SELECT version FROM tm_schema')
    const version = found.rows[0]?.version ?? 0
    if (version > pgSchemaVersion) {
      throw new MemoryError(
        `translation memory schema version ${version} is newer than this tolmach supports (${pgSchemaVersion}); upgrade tolmach to open it`,
        'newer-schema'
      )
    }
    for (let v = version; v < pgSchemaVersion; v++) await client.query(migrations[v]!)
    if (found.rows.length === 0) await client.query('INSERT INTO tm_schema VALUES ($1)', [pgSchemaVersion])
    else await client.query('UPDATE tm_schema SET version = $1', [pgSchemaVersion])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    client.release()
    await pool.end()
    throw error
  }
  client.release()

  const q = async <R extends pg.QueryResultRow>(text: string, values?: unknown[], on: pg.Pool | pg.PoolClient = pool) =>
    (await on.query<R>(text, values)).rows
  // The statements of a search, prepared once per connection: planning cost as much as running them.
  const prepared = async <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]) => (await pool.query<R>({name, text, values})).rows

  return {
    kind: 'postgres',
    schemaVersion: pgSchemaVersion,
    async getMeta(key) {
      return (await q<{value: string}>('SELECT value FROM tm_meta WHERE key = $1', [key]))[0]?.value
    },
    async setMeta(key, value) {
      await q('INSERT INTO tm_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value])
    },
    async transaction(run) {
      const c = await pool.connect()
      try {
        await c.query('BEGIN')
        await c.query('SELECT pg_advisory_xact_lock($1)', [writeLock])
        const result = await run(writeTx(c))
        await c.query('COMMIT')
        return result
      } catch (error) {
        await c.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        c.release()
      }
    },
    async terms(keys) {
      const rows = await prepared<{key: string; id: number; df: number}>('tm-terms', 'SELECT key, id, df FROM tm_term WHERE key = ANY($1)', [keys])
      return new Map(rows.map((row) => [row.key, {id: row.id, df: row.df}]))
    },
    async postings(term, min, max) {
      const rows = await q<{ids: Buffer}>('SELECT ids FROM tm_block WHERE term = $1 AND length_class BETWEEN $2 AND $3', [term, lengthClass(min), lengthClass(max)])
      return idsInRange(rows.map((row) => row.ids), min, max)
    },
    async postingBlobs(terms, min, max) {
      const rows = await prepared<{term: number; ids: Buffer}>('tm-blocks', 'SELECT term, ids FROM tm_block WHERE term = ANY($1) AND length_class BETWEEN $2 AND $3', [
        terms,
        lengthClass(min),
        lengthClass(max)
      ])
      const out = new Map<number, Uint8Array[]>(terms.map((term) => [term, []]))
      for (const row of rows) out.get(row.term)!.push(row.ids)
      return out
    },
    async startSearch({keys, weights, length, minScore, min, max}) {
      // commonBound(weight not before this term, n, n) in the same double arithmetic as candidate-counts.ts.
      const rows = await prepared<{term: number; df: number | null; key: string | null; first: boolean; ids: Buffer | null}>(
        'tm-start',
        `WITH q AS (SELECT * FROM unnest($1::text[], $2::int[]) AS q(key, weight)),
         w AS (SELECT t.id, t.df, t.key, sum(q.weight) OVER () - sum(q.weight) OVER (ORDER BY t.df, t.id ROWS UNBOUNDED PRECEDING) + q.weight AS unread
               FROM tm_term t JOIN q ON t.key = q.key WHERE t.df > 0),
         t AS (SELECT id, df, key, floor((1 - ($3::float8 - least(unread, $3)::float8) / $3::float8) * 100 + 1e-9) >= $4 AS first FROM w)
         SELECT id AS term, df, key, first, NULL::bytea AS ids FROM t
         UNION ALL
         SELECT b.term, NULL, NULL, false, b.ids FROM t JOIN tm_block b ON b.term = t.id AND b.length_class BETWEEN $5 AND $6 WHERE t.first`,
        [keys, weights, Math.max(1, length), minScore, lengthClass(min), lengthClass(max)]
      )
      const terms = new Map<string, {id: number; df: number}>()
      const blobs = new Map<number, Uint8Array[]>()
      for (const row of rows) {
        if (row.key !== null) {
          terms.set(row.key, {id: row.term, df: row.df!})
          if (row.first && !blobs.has(row.term)) blobs.set(row.term, [])
          continue
        }
        const list = blobs.get(row.term)
        if (list) list.push(row.ids!)
        else blobs.set(row.term, [row.ids!])
      }
      return {terms, blobs}
    },
    async keys(ids) {
      return prepared('tm-keys', 'SELECT id::int AS id, keys, source_lang AS "sourceLang", target_lang AS "targetLang" FROM tm_entry WHERE id = ANY($1)', [ids])
    },
    async rows(ids) {
      const rows = await prepared<Row>('tm-rows', `SELECT ${columns} FROM tm_entry WHERE id = ANY($1)`, [ids])
      const byId = new Map(rows.map((row) => [row.id, row]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
    async *scan(batch) {
      let last = 0
      for (;;) {
        const page = await q<Row>(`SELECT ${columns} FROM tm_entry WHERE id > $1 ORDER BY id LIMIT $2`, [last, batch])
        if (page.length === 0) return
        yield page
        last = page[page.length - 1]!.id
      }
    },
    async counts() {
      const [entries] = await q<{n: number}>('SELECT count(*)::int AS n FROM tm_entry')
      const [terms] = await q<{n: number}>('SELECT count(*)::int AS n FROM tm_term')
      const pairs = await q<{sourceLang: string; targetLang: string; entries: number}>(
        'SELECT source_lang AS "sourceLang", target_lang AS "targetLang", count(*)::int AS entries FROM tm_entry GROUP BY 1, 2 ORDER BY 1, 2'
      )
      return {entries: entries!.n, terms: terms!.n, pairs}
    },
    async close() {
      await pool.end()
    }
  }
}

function blockStore(c: pg.PoolClient): BlockStore {
  const stored = (rows: Array<{last: string; ids: Buffer}>): StoredBlock | undefined => (rows[0] ? {last: Number(rows[0].last), ...decodeBlock(rows[0].ids)} : undefined)
  return {
    async covering(term, length, entry) {
      return stored((await c.query('SELECT last, ids FROM tm_block WHERE term = $1 AND length_class = $2 AND last >= $3 ORDER BY last LIMIT 1', [term, length, entry])).rows)
    },
    async tail(term, length) {
      return stored((await c.query('SELECT last, ids FROM tm_block WHERE term = $1 AND length_class = $2 ORDER BY last DESC LIMIT 1', [term, length])).rows)
    },
    async tailsWithRoom(groups) {
      const found = new Map<number, StoredBlock>()
      if (groups.length === 0) return found
      const {rows} = await c.query<{term: number; length_class: number; last: string; ids: Buffer}>(
        `SELECT b.term, b.length_class, b.last, b.ids FROM unnest($1::int[], $2::int[]) AS g(term, c)
         CROSS JOIN LATERAL (SELECT term, length_class, last, ids FROM tm_block WHERE term = g.term AND length_class = g.c ORDER BY last DESC LIMIT 1) b
         WHERE octet_length(b.ids) < $3`,
        [groups.map((g) => g[0]), groups.map((g) => g[1]), blockSize * 5]
      )
      for (const row of rows) found.set(groupKey(row.term, row.length_class), {last: Number(row.last), ...decodeBlock(row.ids)})
      return found
    },
    async insertBlocks(list) {
      if (list.length === 0) return
      await c.query('INSERT INTO tm_block (term, length_class, last, ids) SELECT * FROM unnest($1::int[], $2::int[], $3::bigint[], $4::bytea[])', [
        list.map((b) => b.term),
        list.map((b) => b.bucket),
        list.map((b) => b.ids[b.ids.length - 1]),
        list.map((b) => encodeBlock(b.ids, b.lengths))
      ])
    },
    async deleteBlock(term, length, last) {
      await c.query('DELETE FROM tm_block WHERE term = $1 AND length_class = $2 AND last = $3', [term, length, last])
    }
  }
}

function writeTx(c: pg.PoolClient): WriteTx {
  const blocks = blockStore(c)
  return {
    async existing(keys) {
      const rows = (await c.query<Row>(`SELECT ${columns} FROM tm_entry WHERE source_key = ANY($1)`, [keys])).rows
      return new Map(rows.map((row) => [row.sourceKey, row]))
    },
    async termIds(keys) {
      const unique = [...new Set(keys)]
      await c.query('INSERT INTO tm_term (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING', [unique])
      const rows = (await c.query<{key: string; id: number}>('SELECT key, id FROM tm_term WHERE key = ANY($1)', [unique])).rows
      return new Map(rows.map((row) => [row.key, row.id]))
    },
    async insert(rows) {
      if (rows.length === 0) return []
      const ids = (await c.query<{id: number}>('SELECT nextval(\'tm_entry_id\')::int AS id FROM generate_series(1, $1)', [rows.length])).rows.map((r) => r.id)
      const col = <K extends keyof Row>(k: K) => rows.map((row) => (row as Row)[k])
      await c.query(
        `INSERT INTO tm_entry (id, source_key, source_lang, target_lang, source, target, length, keys, created, changed, "user", project, meta)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])`,
        [ids, col('sourceKey'), col('sourceLang'), col('targetLang'), col('source'), col('target'), col('length'), col('keys'), col('created'), col('changed'), col('user'), col('project'), col('meta')]
      )
      return ids
    },
    async update(rows) {
      if (rows.length === 0) return
      // One statement per batch: a round trip per merged entry made a large import wait on the network.
      const col = <K extends keyof Row>(k: K) => rows.map((row) => row[k])
      await c.query(
        `UPDATE tm_entry e SET target = u.target, changed = u.changed, created = u.created, "user" = u."user", project = u.project, meta = u.meta
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, target, changed, created, "user", project, meta)
         WHERE e.id = u.id`,
        [col('id'), col('target'), col('changed'), col('created'), col('user'), col('project'), col('meta')]
      )
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
      const parts: string[] = []
      const params: unknown[] = []
      if (query.keepVerdicts) {
        params.push(query.keepVerdicts)
        parts.push(`(meta::json ->> 'verdict') IS NOT NULL AND NOT ((meta::json ->> 'verdict') = ANY($${params.length}))`)
      }
      if (query.olderThan) {
        params.push(query.olderThan)
        parts.push(`changed < $${params.length}`)
      }
      if (parts.length === 0) return []
      return (await c.query<Row>(`SELECT ${columns} FROM tm_entry WHERE ${parts.join(' AND ')}`, params)).rows
    },
    async deleteEntries(ids) {
      await c.query('DELETE FROM tm_entry WHERE id = ANY($1)', [ids])
    },
    async addFrequencies(deltas) {
      if (deltas.size === 0) return
      await c.query('UPDATE tm_term t SET df = t.df + d.n FROM unnest($1::int[], $2::int[]) AS d(term, n) WHERE t.id = d.term', [[...deltas.keys()], [...deltas.values()]])
    }
  }
}
