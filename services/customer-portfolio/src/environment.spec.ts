import { readPortfolioSettings } from './environment';

describe('readPortfolioSettings', () => {
  it('defaults to every customer and the documented deadlines', () => {
    expect(readPortfolioSettings({})).toEqual({
      accountManagerWrites: 'all',
      acknowledgementMinutes: { CRITICAL: 60, HIGH: 240, MEDIUM: 1440, LOW: 4320 },
    });
  });

  it('reads what is set', () => {
    expect(
      readPortfolioSettings({
        ACCOUNT_MANAGER_WRITES: 'own',
        FEEDBACK_ACKNOWLEDGE_MINUTES_CRITICAL: '15',
        FEEDBACK_ACKNOWLEDGE_MINUTES_LOW: '',
      }),
    ).toEqual({
      accountManagerWrites: 'own',
      acknowledgementMinutes: { CRITICAL: 15, HIGH: 240, MEDIUM: 1440, LOW: 4320 },
    });
  });

  it.each([
    ['ACCOUNT_MANAGER_WRITES', 'mine'],
    ['FEEDBACK_ACKNOWLEDGE_MINUTES_HIGH', '0'],
    ['FEEDBACK_ACKNOWLEDGE_MINUTES_HIGH', 'four hours'],
    ['FEEDBACK_ACKNOWLEDGE_MINUTES_MEDIUM', '90.5'],
    ['FEEDBACK_ACKNOWLEDGE_MINUTES_LOW', '600000'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => readPortfolioSettings({ [name]: value })).toThrow(name);
  });
});
