/**
 * Characters a user must never be shown or stored with a one-line value:
 * C0/C1 control characters (NUL cannot even be stored in PostgreSQL text,
 * others are not valid XML in a .docx) and bidirectional marks and overrides
 * (with which «отчёт\u202Efdp.exe» shows as «отчётexe.pdf»). Pure.
 */
export const INVISIBLE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
