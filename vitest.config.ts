import { defineConfig } from 'vitest/config';

/** Test files whose results depend on dates: run again under three host time zones. */
const dateSensitive = [
  'tests/core/**/*.test.ts',
  'tests/dossier/**/*.test.ts',
  'tests/calendar/**/*.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/consumer/**', 'node_modules/**'],
        },
      },
      ...['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map((tz) => ({
        extends: true as const,
        test: { name: `tz:${tz}`, include: dateSensitive, env: { TZ: tz } },
      })),
    ],
  },
});
