import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The end-to-end suites start real servers on loopback; 2-core CI machines are slow.
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
