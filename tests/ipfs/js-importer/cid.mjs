// Prints the root CID of each PATH as imported by Helia's ipfs-unixfs-importer (an
// implementation independent of ours), one per line, for tst_importer_crosscheck.
// Usage: node cid.mjs PROFILE PATH...   PROFILE = kubo-v0 | kubo-v1 | unixfs-v1-2025
// Like `ipfs add -r`, names starting with '.' are skipped.
import { importer } from 'ipfs-unixfs-importer'
import { fixedSize } from 'ipfs-unixfs-importer/chunker'
import { balanced } from 'ipfs-unixfs-importer/layout'
import { MemoryBlockstore } from 'blockstore-core/memory'
import * as fs from 'node:fs'
import * as path from 'node:path'

const profiles = {
  'kubo-v0': { profile: 'unixfs-v0-2015' },
  'kubo-v1': {
    cidVersion: 1,
    rawLeaves: true,
    chunker: fixedSize({ chunkSize: 262144 }),
    layout: balanced({ maxChildrenPerNode: 174 }),
    shardSplitStrategy: 'links-bytes'
  },
  'unixfs-v1-2025': { profile: 'unixfs-v1-2025' }
}

function * walk (abs, rel) {
  const st = fs.lstatSync(abs)
  if (st.isDirectory()) {
    const names = fs.readdirSync(abs).filter(n => !n.startsWith('.'))
    if (names.length === 0) {
      yield { path: rel }
      return
    }
    names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    for (const n of names) yield * walk(path.join(abs, n), rel + '/' + n)
  } else if (st.isFile()) {
    yield { path: rel, content: fs.createReadStream(abs) }
  } else {
    throw new Error(`${abs}: not a regular file or directory`)
  }
}

const [profileName, ...paths] = process.argv.slice(2)
const options = profiles[profileName]
if (options === undefined || paths.length === 0) {
  console.error('usage: node cid.mjs kubo-v0|kubo-v1|unixfs-v1-2025 PATH...')
  process.exit(2)
}
for (const p of paths) {
  const abs = path.resolve(p)
  // The root's own name never reaches the CID: import it as "root".
  const entries = [...walk(abs, 'root')]
  let last
  for await (const entry of importer(entries, new MemoryBlockstore(), { ...options })) last = entry
  process.stdout.write(last.cid.toString() + '\n')
}
