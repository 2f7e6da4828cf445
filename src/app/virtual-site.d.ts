/** The site's own words, from `content/site.yml` (`src/guides/format/site-plugin.ts`). */
declare module 'virtual:site' {
  const site: import('../guides/format/site-config.ts').SiteConfig;
  export default site;
}
