import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideStatement } from './guide-sql';

// docs/in-your-database.md shows the statement for both dialects; it must be what the compiler
// writes today (regenerate the two ```sql blocks from tests/sql/guide-sql.ts when this fails).
describe('docs/in-your-database.md', () => {
  const text = readFileSync(new URL('../../docs/in-your-database.md', import.meta.url), 'utf8');
  const blocks = [...text.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
  it('shows the DuckDB and the PostgreSQL statement as compiled', () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toBe(`${guideStatement('duckdb').sql}\n`);
    expect(blocks[1]).toBe(`${guideStatement('postgres').sql}\n`);
  });
});
