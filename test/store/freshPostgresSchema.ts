import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A throwaway schema on the test server, and a URL whose connections use it as their search_path. */
export interface FreshSchema {
  schema: string;
  url: string;
  drop(): Promise<void>;
}

/** The PostgreSQL server the tests may use (`TEST_DATABASE_URL`), or undefined to skip those tests. */
export const TEST_DATABASE_URL: string | undefined = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** Appends a query parameter to a postgres:// URL. */
export function withUrlParam(url: string, name: string, value: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${name}=${encodeURIComponent(value)}`;
}

/**
 * Creates `test_<random>` so parallel test files and runs never see each other's rows; `drop()` removes
 * it with everything in it.
 */
export async function createFreshSchema(baseUrl: string): Promise<FreshSchema> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return {
    schema,
    url: withUrlParam(baseUrl, 'options', `-c search_path=${schema}`),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
