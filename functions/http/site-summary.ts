/**
 * The one shape in which the API names a site inside a list: search results
 * and recommendations both extend it, so a client renders either list with the
 * same code.
 */
import { z } from '@hono/zod-openapi';
import { KINDS, keysOf, type SiteEntry } from '#src/catalogue/index.ts';

/** A site in a list: who it is and where its page is. */
export const SiteSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(keysOf(KINDS)),
    tagline: z.string(),
    url: z.string().describe("Path of the site's Networkwise page, e.g. /sites/linkedin/"),
  })
  .openapi('SiteSummary');

/** The summary of one entry. */
export function siteSummary(
  site: Pick<SiteEntry, 'slug' | 'name' | 'kind' | 'tagline'>,
): z.infer<typeof SiteSummarySchema> {
  return { slug: site.slug, name: site.name, kind: site.kind, tagline: site.tagline, url: `/sites/${site.slug}/` };
}
