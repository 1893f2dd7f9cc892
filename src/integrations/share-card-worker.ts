/**
 * The worker thread that draws the build's share cards
 * (`drawCardsApart()` in `brand-assets.ts`): takes the jobs and the cache
 * directory as `workerData`, posts back how many cards it drew and how many
 * came from the cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawCards, type CardJob } from './brand-assets.ts';

const { jobs, cacheDir } = workerData as { jobs: CardJob[]; cacheDir: string };
parentPort!.postMessage(await drawCards(jobs, cacheDir));
