// One place that reads the clock, so render code stays pure and tests can pin the date.
export const currentYear = (): number => new Date().getFullYear();
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
