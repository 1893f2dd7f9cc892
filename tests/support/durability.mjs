#!/usr/bin/env node
/**
 * Durability check (run in CI by tests/e2e/durability.test.ts, or by hand):
 * serves the built site, submits reviews concurrently from many simulated
 * clients, kills wrangler and workerd hard (SIGKILL) mid-load, restarts on the
 * same state, then checks that every acknowledged review is stored and that
 * SQLite's integrity check passes on the D1 file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { serveBuilt } from './serve-built.mjs';

/** The local D1 SQLite files under a wrangler state folder. */
function d1Files(state) {
  const dir = join(state, 'v3/d1/miniflare-D1DatabaseObject');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .map((f) => join(dir, f));
}

export async function durabilityCheck({ total = 400, concurrency = 16, killAfter = 120 } = {}) {
  const first = await serveBuilt();
  const acknowledged = new Set();
  let sent = 0;
  let killed = false;
  const submit = async (i) => {
    const res = await fetch(`${first.baseUrl}/api/sites/linkedin/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.77.${(i >> 8) & 255}.${i & 255}` },
      body: JSON.stringify({
        rating: 1 + (i % 5),
        title: `Durability review ${i}`,
        body: `Review number ${i} written by the durability check, long enough.`,
        author: `Tester ${i}`,
      }),
    });
    if (res.status === 202) acknowledged.add((await res.json()).id);
  };
  const worker = async () => {
    while (sent < total) {
      const i = sent++;
      if (i === killAfter && !killed) {
        killed = true;
        first.kill();
      }
      try {
        await submit(i);
      } catch {
        /* connection refused or reset after the kill: not acknowledged */
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (!killed) first.kill();
  await new Promise((r) => setTimeout(r, 500));

  const second = await serveBuilt({ state: first.state, fresh: false });
  await second.stop({ keepState: true });
  const problems = [];
  const stored = new Set();
  for (const file of d1Files(first.state)) {
    const db = new DatabaseSync(file);
    const integrity = db
      .prepare('PRAGMA integrity_check')
      .all()
      .map((r) => Object.values(r)[0]);
    if (integrity.join() !== 'ok') problems.push(`integrity_check on ${file}: ${integrity.join('; ')}`);
    try {
      for (const row of db.prepare('SELECT id FROM reviews').all()) stored.add(row.id);
    } catch {
      /* not the reviews database */
    }
    db.close();
  }
  const missing = [...acknowledged].filter((id) => !stored.has(id));
  if (missing.length > 0)
    problems.push(
      `${missing.length} acknowledged reviews missing after the restart: ${missing.slice(0, 5).join(', ')}`,
    );
  await first.stop();
  return { acknowledged: acknowledged.size, stored: stored.size, missing: missing.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await durabilityCheck();
  console.log(
    `durability: acknowledged=${result.acknowledged} stored=${result.stored} missing=${result.missing} integrity=${result.problems.length === 0 ? 'ok' : 'FAILED'}`,
  );
  for (const p of result.problems) console.error(p);
  process.exit(result.problems.length === 0 ? 0 : 1);
}
