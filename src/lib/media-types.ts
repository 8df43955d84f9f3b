/** Which files the site publishes, per use: pure, shared by the model, the body check and the CMS. */

/** File types browsers display (images) or readers open (documents): anything else is refused. */
export const MEDIA_TYPES = {
  image: { re: /\.(jpe?g|png|webp|avif|gif|svg)$/, extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'], names: 'JPEG, PNG, WebP, AVIF, GIF, SVG' },
  file: { re: /\.(pdf|docx?|odt|xlsx?|ods|csv|txt|zip|jpe?g|png|svg)$/, extensions: ['pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'csv', 'txt', 'zip', 'jpg', 'jpeg', 'png', 'svg'], names: 'PDF, Word, ODT, Excel, ODS, CSV, TXT, ZIP, JPEG, PNG, SVG' },
} as const;
