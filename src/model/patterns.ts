// The shapes of the format's plain values, in one place: the schema checks files with them and the
// authoring commands check answers with them.

/** An id: lower-case letters, digits and hyphens, not starting with a hyphen. */
export const ID = /^[a-z0-9][a-z0-9-]*$/;
/** A two-letter language code. */
export const LANG = /^[a-z]{2}$/;
/** A calendar date, YYYY-MM-DD. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A local time, HH:MM. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An end time, HH:MM, with +1 when it falls on the next day. */
export const END_TIME = /^([01]\d|2[0-3]):[0-5]\d(\+1)?$/;
