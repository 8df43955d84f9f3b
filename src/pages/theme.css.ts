import type { APIRoute } from 'astro';
import { settings } from '../data/site.ts';

/** The institution's colours as CSS variables: a static file, so no inline styles are needed. */
export const GET: APIRoute = () =>
  new Response(`:root{--primary:${settings.colors.primary};--accent:${settings.colors.accent}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
