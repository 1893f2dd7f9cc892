/**
 * The worker thread that writes the catalogue's assets after the build
 * (`writeCatalogueAssetsApart()` in `vite-catalogue.ts`): takes the job as
 * `workerData`, posts back how many files and characters it wrote.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeCatalogueAssets, type CatalogueAssetsJob } from './vite-catalogue.ts';

parentPort!.postMessage(writeCatalogueAssets(workerData as CatalogueAssetsJob));
