// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a global declaration file cannot use import statements
type D1Migration = import('cloudflare:test').D1Migration;

declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: D1Migration[];
  }
}
