/**
 * The résumé file kept ready to attach to application forms: which files are accepted, and the
 * base64 form it is stored in (storage.local holds JSON, not bytes).
 *
 * Size limit: 5 MB. Stored as base64 that is 4/3 of the bytes, about 6.7 MB, which leaves room in
 * Chrome's 10 MB `storage.local` quota for the profile, its last good copy, a draft and the settings
 * without asking for the `unlimitedStorage` permission. Résumés are rarely over 1 MB.
 */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

/** Chrome's storage.local quota (chrome.storage.local.QUOTA_BYTES) without `unlimitedStorage`. */
export const STORAGE_LOCAL_QUOTA_BYTES = 10 * 1024 * 1024;

const KINDS = {
  pdf: { type: 'application/pdf', label: 'PDF', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] }, // "%PDF-"
  // Word 97–2003: an OLE compound file.
  doc: { type: 'application/msword', label: 'Word (.doc)', magic: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]] },
  // Word 2007+: a ZIP package.
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (.docx)',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
} as const;

type Kind = keyof typeof KINDS;

/** The file input's `accept`: extensions and MIME types. */
export const RESUME_ACCEPT = [...Object.keys(KINDS).map((ext) => `.${ext}`), ...Object.values(KINDS).map((k) => k.type)].join(',');

/** A file the user keeps ready to attach to application forms (their résumé), stored as base64. */
export interface StoredFile {
  name: string;
  /** MIME type: application/pdf, or a Word document type. */
  type: string;
  size: number;
  base64: string;
  /** Uploaded by the user, or generated from the profile. */
  source: 'upload' | 'generated';
}

/** Bytes to read from the start of a file for `checkResumeFile`. */
export const RESUME_HEAD_BYTES = 8;

export type ResumeFileCheck = { ok: true; type: string } | { ok: false; error: string };

/**
 * Checks a file before it is stored: a .pdf, .doc or .docx name, not empty, within the limit, and
 * content that starts like that kind of file (a renamed program or image is refused).
 */
export function checkResumeFile(file: { name: string; size: number }, head: Uint8Array): ResumeFileCheck {
  const ext = /\.([A-Za-z]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!ext || !(ext in KINDS)) {
    return { ok: false, error: `"${file.name}" is not a PDF or Word file: choose a .pdf, .doc or .docx file.` };
  }
  const kind = KINDS[ext as Kind];
  if (file.size === 0) return { ok: false, error: `"${file.name}" is empty.` };
  if (file.size > MAX_RESUME_BYTES) {
    return { ok: false, error: `"${file.name}" is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_RESUME_BYTES)}.` };
  }
  if (!kind.magic.some((magic) => magic.every((byte, i) => head[i] === byte))) {
    return { ok: false, error: `"${file.name}" is named .${ext} but its contents are not a ${kind.label} file.` };
  }
  return { ok: true, type: kind.type };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Characters a file of `bytes` takes once stored as base64. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);
