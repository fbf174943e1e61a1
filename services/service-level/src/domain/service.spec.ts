import { parseInput, ValidationError } from '@itsm/platform';
import { registerServiceSchema } from './service';

const email = { name: 'E-mail', owner: 'Head of Collaboration' };

function faultyField(input: unknown): string | undefined {
  try {
    parseInput(registerServiceSchema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.extensions.field as string;
    throw error;
  }
  return undefined;
}

describe('registerServiceSchema', () => {
  it('trims the text and starts the service in the pipeline', () => {
    expect(
      parseInput(registerServiceSchema, { name: ' E-mail ', owner: ' Head of Collaboration ' }),
    ).toEqual({
      name: 'E-mail',
      owner: 'Head of Collaboration',
      lifecycle: 'PIPELINE',
      calendarId: null,
    });
  });

  it.each([
    ['an empty name', { ...email, name: ' ' }, 'input.name'],
    ['a name over 200 characters', { ...email, name: 'x'.repeat(201) }, 'input.name'],
    ['an empty owner', { ...email, owner: '' }, 'input.owner'],
    ['an owner over 200 characters', { ...email, owner: 'x'.repeat(201) }, 'input.owner'],
    [
      'a description over 2000 characters',
      { ...email, description: 'x'.repeat(2001) },
      'input.description',
    ],
    ['an unknown lifecycle', { ...email, lifecycle: 'SUNSET' }, 'input.lifecycle'],
  ])('rejects %s, naming the field', (_case, input, field) => {
    expect(faultyField(input)).toBe(field);
  });
});
