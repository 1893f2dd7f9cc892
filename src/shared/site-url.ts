/**
 * The public address of the site: canonical links, Open Graph URLs, the
 * sitemap, robots.txt and RSS are built from it. Set it to your production
 * domain before you deploy (README: "Deploy to Cloudflare").
 */
export const SITE_URL = 'https://networkwise.example';
