import { defineConfig } from 'vitest/config';

/**
 * Tests that start a child process (the real check:content script through tsx) wait for Node to start
 * and compile, which on a busy machine takes far longer than Vitest's 5 s default. Their timeout fits
 * what they start: above the 60 s limit they give the child itself. Every other test keeps the default.
 */
const PROCESS_TESTS = ['tests/unit/check-content-cli.test.ts'];
const PROCESS_TIMEOUT_MS = 90_000;

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: PROCESS_TESTS } },
      {
        extends: true,
        test: { name: 'processes', include: PROCESS_TESTS, testTimeout: PROCESS_TIMEOUT_MS, hookTimeout: PROCESS_TIMEOUT_MS },
      },
    ],
  },
});
