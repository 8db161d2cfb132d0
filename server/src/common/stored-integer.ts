/**
 * The largest value of an `integer` column on PostgreSQL (int4; SQLite's are 64-bit, so this is
 * the range both engines share). An id, version or position beyond it names nothing, and sent to
 * PostgreSQL it fails the query ("out of range for type integer") instead of matching no row.
 */
export const MAX_STORED_INTEGER = 2_147_483_647;
