/**
 * The profile photo. Profile Card never loads anything from the web, so a photo is shown only when
 * the profile carries the image itself (`basics.image` as PNG, JPEG, GIF or WebP data, which the
 * options page makes from an upload); a photo at a web address is kept (and exported) but not shown.
 */
/** The picture types a photo may be (the MIME subtypes of image/…): raster only, never SVG (it can carry script). */
export const PHOTO_TYPES = ['png', 'jpeg', 'gif', 'webp'] as const;
const LOCAL_PHOTO = new RegExp(`^data:image/(?:${PHOTO_TYPES.join('|')});base64,[A-Za-z0-9+/]+={0,2}$`);

/** Whether an uploaded file says it is a picture a photo may be made from. */
export const isPhotoType = (mimeType: string): boolean => PHOTO_TYPES.some((type) => mimeType === `image/${type}`);

/** The side, in pixels, of the square photo made from an upload: sharp at the popup's 56 px on 4× screens. */
export const PHOTO_SIDE = 224;

/** The longest photo kept, in characters of its data URL (a 224-pixel JPEG is 10–25 KB). */
export const PHOTO_MAX_CHARS = 200_000;

/** The photo to show, or null (no photo, a web address, or data that is not a raster image within the limit). */
export function localPhoto(image: string | undefined | null): string | null {
  return image && image.length <= PHOTO_MAX_CHARS && LOCAL_PHOTO.test(image) ? image : null;
}

/** What is wrong with image data in `basics.image`, in words; null when it is a photo Profile Card shows. */
export function photoDataProblem(image: string): string | null {
  if (!LOCAL_PHOTO.test(image)) return 'image data must be a PNG, JPEG, GIF or WebP picture (data:image/…;base64)';
  if (image.length > PHOTO_MAX_CHARS) return `the photo is too large (${Math.ceil(image.length / 1024)} KB; at most ${PHOTO_MAX_CHARS / 1000} KB)`;
  return null;
}

/** The centred square of a width × height picture, the part a round photo shows. */
export function centredSquare(width: number, height: number): { x: number; y: number; side: number } {
  const side = Math.min(width, height);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), side };
}
