/** The time now; tests inject a clock of their own so that measured durations are exact. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
