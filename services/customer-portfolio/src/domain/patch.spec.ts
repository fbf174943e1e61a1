import { applyPatch } from './patch';

describe('applyPatch', () => {
  const record = { name: 'Ani', phone: '+62 21 555' as string | null, roles: ['USER'] };

  it.each([
    ['nothing given', {}, record, []],
    ['the same values', { name: 'Ani', roles: ['USER'] }, record, []],
    ['a new name', { name: 'Ani S.' }, { ...record, name: 'Ani S.' }, ['name']],
    ['null clears', { phone: null }, { ...record, phone: null }, ['phone']],
    ['undefined keeps', { phone: undefined }, record, []],
    [
      'a changed list',
      { roles: ['USER', 'BILLING'] },
      { ...record, roles: ['USER', 'BILLING'] },
      ['roles'],
    ],
  ])('%s', (_case, patch, updated, changed) => {
    expect(applyPatch(record, patch)).toEqual({ updated, changed });
  });
});
