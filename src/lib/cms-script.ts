/** Where /admin/ loads the CMS from: set by src/integrations/cms-bundle.ts, read by the admin page. */
export const CMS_SCRIPT_ENV = 'CANCELARIA_CMS_SCRIPT';
