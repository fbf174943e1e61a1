import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '**/generated/', '.data/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Configuration is read and validated once per service, in its environment.ts.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in environment.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/environment.ts', '**/*.spec.ts', 'packages/testkit/**', '*.js', '*.mjs', '*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  // Tests read GraphQL responses loosely; their assertions are the type check.
  {
    files: ['**/*.spec.ts', 'packages/testkit/**', 'packages/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['*.js'], languageOptions: { globals: { module: 'writable' } } },
);
