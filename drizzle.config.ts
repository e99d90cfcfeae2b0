import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	dialect: 'postgresql',
	schema: ['./src/lib/server/modules/*/schema.ts', './src/lib/server/jobs/schema.ts'],
	out: './drizzle'
});
