/** Size limits shared by the check, the build and the CMS (pure: the CMS bundle imports it). */

/** Largest media file the build publishes, by default (MB); `limits.mediaMb` in cancelaria.config.yaml. */
export const DEFAULT_MAX_MEDIA_MB = 50;
/** Largest file the CMS accepts at upload, by default (KB); `limits.uploadKb` in cancelaria.config.yaml. */
export const DEFAULT_MAX_UPLOAD_KB = 2048;
