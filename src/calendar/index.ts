/**
 * Working days in Vietnam (ngày làm việc): the Vietnamese lunar calendar (âm lịch, UTC+7), the
 * statutory holidays and official holiday schedules as versioned data, a {@link WorkingCalendar}
 * with O(1) working-day arithmetic, due dates of administrative procedures (thời hạn giải quyết
 * TTHC), and the working-day figures of dossiers (days late, processing time with supplement
 * waiting subtracted, averages per procedure).
 *
 * Free of zod: a dashboard that needs only working days pays only for this.
 *
 * @example
 * import { createWorkingCalendar, computeDueDate } from 'commune-kpi/calendar';
 * const cal = createWorkingCalendar();
 * computeDueDate(cal, '2026-02-10', { amount: 5, unit: 'working-days' }); // => '2026-02-24'
 *
 * @module calendar
 */
export {
  type ComputeDueDateOptions,
  computeDueDate,
  type TimeLimit,
  type TimeLimitUnit,
} from './deadlines';
export {
  type AverageProcessingTimeOptions,
  averageProcessingTimeByProcedure,
  type DossierLateness,
  type DossierProcessingTime,
  type DossierSupplementTimes,
  type DossierTimeInput,
  type DossierTimeOptions,
  deriveDossierDueDate,
  dossierLateness,
  dossierProcessingTime,
  emptyProcessingTimeTally,
  mergeProcessingTimeTallies,
  PROCESSING_TIME_GROUP_DIMENSIONS,
  PROCESSING_TIME_TALLY,
  PROCESSING_TIME_TALLY_LABELS,
  type ProcedureProcessingTime,
  type ProcessingTimeTally,
  type ProcessingTimeTallyContext,
  type TimeLimitSource,
} from './dossier-time';
export {
  CIVIL_SERVICE_HOLIDAY_SCHEDULES,
  CULTURE_DAY_LAW_ID,
  type DeriveHolidayScheduleOptions,
  deriveHolidaySchedule,
  type HolidayDay,
  type HolidayDayKind,
  type HolidayLaw,
  type HolidayPlacement,
  type HolidaySchedule,
  type HolidaySchedulePatch,
  type HolidayScheduleStatus,
  LABOUR_CODE_HOLIDAY_LAWS,
  patchHolidaySchedule,
  type StatutoryHoliday,
  validateHolidaySchedule,
} from './holidays';
export {
  canChiOfDay,
  canChiOfMonth,
  canChiOfYear,
  EARTHLY_BRANCHES,
  HEAVENLY_STEMS,
  LUNAR_SUPPORTED_RANGE,
  type LunarDate,
  lunarLeapMonth,
  lunarMonthLength,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from './lunar';
// Issue 13: the calendar's day tables as plain frozen data (ESM + CJS builds interoperate).
export type { WorkingCalendarTables } from './working-calendar';
export {
  createWorkingCalendar,
  type DayOff,
  WorkingCalendar,
  type WorkingCalendarOptions,
  type WorkingCalendarRegime,
} from './working-calendar';
