import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// PGlite ships WASM and data files it locates relative to its own module: bundling breaks that.
export default defineConfig({
	plugins: [sveltekit()],
	ssr: { external: ['@electric-sql/pglite', 'pg', 'nodemailer', 'better-auth'] },
	optimizeDeps: { exclude: ['@electric-sql/pglite'] }
});
