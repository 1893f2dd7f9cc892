/**
 * The free-text reader's tables drawn from its lexicon (`reader-tables-build.ts`), built here at load: in plain Node,
 * the tests and `astro dev`. A build serves this module with the tables it computed instead
 * (`src/integrations/vite-reader-tables.ts`), read back by `reader-tables-codec.ts`, so the Worker neither builds
 * them at every cold start nor bundles the code that builds them (issue 16).
 */
import { buildReaderTables, type ReaderTables } from './reader-tables-build.ts';

/** The reader's tables. */
export const READER_TABLES: ReaderTables = buildReaderTables();
