/** Every module takes its clock as a parameter, so tests can freeze time. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** UTC ISO 8601 to the second, the one timestamp format stored: "2018-06-12T23:07:44Z". */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
