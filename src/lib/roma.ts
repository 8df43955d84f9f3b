/** Colours of the measure statuses: each ≥ 3:1 against white, white text on each ≥ 4.5:1. */
import type { MeasureStatus } from '../model/roma-plan.ts';

export const STATUS_COLORS: Record<MeasureStatus, string> = {
  planificata: '#505a5f',
  'in-derulare': '#1d70b8',
  realizata: '#00703c',
  intarziata: '#b3261e',
  anulata: '#0b0c0c',
};
