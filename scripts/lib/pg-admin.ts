/** Creating and dropping scratch databases on a PostgreSQL server (tests, e2e). */
import pg from "pg";

/** `work` with a client connected to `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(sql));
}

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
