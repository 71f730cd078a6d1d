import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --config drizzle.sqlite.config.ts` writes the SQLite migrations applied at open.
export default defineConfig({
  dialect: 'sqlite',
  schema: './server/store/schema.sqlite.ts',
  out: './server/store/migrations/sqlite',
});
