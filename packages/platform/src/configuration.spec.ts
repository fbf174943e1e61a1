import { z } from 'zod';
import { parseEnvironment, secretSchema } from './configuration';

const shape = { NODE_ENV: z.string().optional(), SECRET: secretSchema };
const developmentSecrets = { SECRET: 'd'.repeat(32) };

describe('parseEnvironment', () => {
  it('fills in development secrets outside production', () => {
    expect(parseEnvironment(shape, {}, developmentSecrets).SECRET).toBe('d'.repeat(32));
  });

  it('lets an explicit value win over the development one', () => {
    const parsed = parseEnvironment(shape, { SECRET: 'e'.repeat(40) }, developmentSecrets);
    expect(parsed.SECRET).toBe('e'.repeat(40));
  });

  it('treats an empty variable as unset', () => {
    expect(parseEnvironment(shape, { SECRET: '' }, developmentSecrets).SECRET).toBe('d'.repeat(32));
  });

  it('demands every secret in production, naming the variable', () => {
    expect(() => parseEnvironment(shape, { NODE_ENV: 'production' }, developmentSecrets)).toThrow(
      /Invalid configuration:[\s\S]*SECRET/,
    );
  });

  it('refuses a short secret', () => {
    expect(() => parseEnvironment(shape, { SECRET: 'short' })).toThrow(/at least 32 characters/);
  });
});
