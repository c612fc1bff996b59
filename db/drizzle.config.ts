import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes SQL migrations from db/schema into db/migrations (committed).
export default defineConfig({
  dialect: 'turso',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'file:data/nianbao.db' },
});
