/** Path pieces the ATS modules' URL rules share. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const lastSegment = (segments: string[]) => segments[segments.length - 1] ?? '';
