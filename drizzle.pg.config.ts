import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate --config drizzle.pg.config.ts` writes the PostgreSQL migrations applied at open.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/store/schema.pg.ts',
  out: './server/store/migrations/pg',
});
