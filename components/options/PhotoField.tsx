import { useRef, useState } from 'preact/hooks';
import { initials } from '@/core/format';
import { PHOTO_SIDE, PHOTO_TYPES, centredSquare, isPhotoType, localPhoto } from '@/core/photo';
import { fieldId, getIn, pathKey } from '@/core/profile/edit';
import { useEditor } from './fields';
import { buttonClass, errorClass, fileInputClass, hintClass, labelClass } from '@/components/ui';
import { t } from '@/components/i18n';

const PHOTO_PATH = ['basics', 'image'];
const PHOTO_ACCEPT = PHOTO_TYPES.map((type) => `image/${type}`).join(',');

/** The centred square of the picture as a JPEG at most PHOTO_SIDE pixels wide: small enough to keep in the profile. */
async function photoFrom(file: Blob): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const { x, y, side } = centredSquare(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.min(PHOTO_SIDE, side);
  canvas.getContext('2d')!.drawImage(bitmap, x, y, side, side, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', 0.85);
}

/**
 * The photo on the card and in the popup: an upload, cropped and made small here, kept in the
 * profile itself. A photo link from an imported résumé is kept but not shown (nothing is loaded from the web).
 */
export function PhotoField() {
  const editor = useEditor();
  const stored = getIn(editor.draft, PHOTO_PATH);
  const current = typeof stored === 'string' ? stored : '';
  const photo = localPhoto(current);
  const name = getIn(editor.draft, ['basics', 'name']);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = fieldId(PHOTO_PATH);
  const error = problem ?? editor.issueAt(pathKey(PHOTO_PATH));

  const upload = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    try {
      if (!isPhotoType(file.type)) throw new Error('not a picture');
      editor.set(PHOTO_PATH, await photoFrom(file));
      setProblem(null);
    } catch {
      setProblem(t('optionsPhotoNotAPicture', file.name));
    }
  };

  const hint = photo ? t('optionsPhotoShownOnYourCard') : current ? t('optionsPhotoRemoteHint', current) : t('optionsPhotoUploadHint', PHOTO_SIDE);

  return (
    <div class="flex items-start gap-4 sm:col-span-2">
      {photo ? (
        <img src={photo} alt={t('optionsPhotoYourPhoto')} class="size-16 shrink-0 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden="true"
          class="flex size-16 shrink-0 items-center justify-center rounded-full bg-slate-200 text-lg font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-100"
        >
          {initials(typeof name === 'string' ? name : '')}
        </span>
      )}
      <div class="min-w-0">
        <label for={id} class={labelClass}>
          {photo ? t('optionsPhotoReplacePhoto') : t('optionsPhotoPhoto')}
        </label>
        <p id={`${id}-hint`} class={`${hintClass} break-words`}>
          {hint}
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          accept={PHOTO_ACCEPT}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? 'true' : undefined}
          class={fileInputClass}
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
        />
        {current && (
          <button type="button" class={`${buttonClass} mt-2`} onClick={() => editor.set(PHOTO_PATH, '')}>
            {t('optionsPhotoRemovePhoto')}
          </button>
        )}
        {error && (
          <p id={`${id}-error`} role="alert" class={errorClass}>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
