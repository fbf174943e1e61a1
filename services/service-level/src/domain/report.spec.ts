import { toCsv } from './report';

it('writes RFC 4180 CSV, quoting where needed and defusing formulas', () => {
  expect(
    toCsv(
      ['name', 'value', 'note'],
      [
        ['Acme, Inc.', 99.5, null],
        ['=HYPERLINK("x")', -1, 'said "hi"\nthen left'],
      ],
    ),
  ).toBe(
    'name,value,note\r\n' +
      '"Acme, Inc.",99.5,\r\n' +
      `"'=HYPERLINK(""x"")",-1,"said ""hi""\nthen left"\r\n`,
  );
});
