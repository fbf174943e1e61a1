/** The time now; tests inject a clock of their own so that time-dependent answers are exact. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
