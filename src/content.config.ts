/**
 * Content collections. `sites` is the catalogue: one Markdown file per site in
 * `content/sites/`, its front matter checked by the shared schema (strict: a
 * misspelt field is an error) and its body the description.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteSchema } from '#src/catalogue/schema.ts';

const sites = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/sites' }),
  schema: siteSchema,
});

export const collections = { sites };
