import { z } from 'zod';
import { parseId, parseInput } from './validation';

describe('parseInput', () => {
  const schema = z.object({ name: z.string().min(1), tags: z.array(z.string().max(3)) });

  it('returns the parsed input', () => {
    expect(parseInput(schema, { name: 'a', tags: ['x'] })).toEqual({ name: 'a', tags: ['x'] });
  });

  it('names the first field at fault and lists every issue', () => {
    expect.assertions(3);
    try {
      parseInput(schema, { name: '', tags: ['ok', 'toolong'] });
    } catch (error) {
      const { extensions } = error as { extensions: Record<string, unknown> };
      expect(extensions.code).toBe('BAD_USER_INPUT');
      expect(extensions.field).toBe('input.name');
      expect(extensions.issues).toEqual([
        { field: 'input.name', message: expect.any(String) },
        { field: 'input.tags.1', message: expect.any(String) },
      ]);
    }
  });

  it('refuses a NUL character anywhere, naming the field, before PostgreSQL sees it', () => {
    expect(() => parseInput(schema, { name: 'a', tags: ['ok', 'b\u0000'] })).toThrow(
      'input.tags.1: must not contain the NUL character',
    );
  });

  it('names top-level arguments by themselves when there is no argument name', () => {
    expect(() => parseInput(schema, { name: '', tags: [] }, null)).toThrow('name: ');
    expect(() => parseInput(schema, { name: 'a', tags: ['\u0000'] }, null)).toThrow(
      'tags.0: must not contain the NUL character',
    );
  });
});

describe('parseId', () => {
  it('accepts a uuid and refuses anything else, naming the field', () => {
    expect(parseId('8b3c8a4e-0d4c-4a51-9f0b-6f1d2b8f3e11')).toBe(
      '8b3c8a4e-0d4c-4a51-9f0b-6f1d2b8f3e11',
    );
    expect(() => parseId("1' OR '1'='1", 'input.customerId')).toThrow(
      'input.customerId is not a valid id',
    );
  });
});
