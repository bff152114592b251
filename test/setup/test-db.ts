import { Client } from 'pg';

/** Names shared between global setup, the test files and global teardown. */
export const TEST_ENV = {
  adminUrl: 'PARKCREDIT_TEST_ADMIN_URL',
  template: 'PARKCREDIT_TEST_TEMPLATE',
  prefix: 'PARKCREDIT_TEST_PREFIX',
  /** The compiled server (test/setup/build.ts) that process tests spawn. */
  build: 'PARKCREDIT_TEST_BUILD',
} as const;

export function urlFor(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function admin<T>(adminUrl: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
