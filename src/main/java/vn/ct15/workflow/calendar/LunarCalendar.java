package vn.ct15.workflow.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for the time zone UTC+7 with the standard
 * astronomical algorithm (Hồ Ngọc Đức, after Jean Meeus's "Astronomical Algorithms"): a month starts
 * on the day, in Vietnam's time, of a new moon; the 11th month holds the winter solstice; a year of
 * 13 months repeats, as leap month, the first month holding no major solar term. Computed for
 * Vietnam's zone, it gives Vietnam's dates where they differ from the Chinese calendar (computed for
 * UTC+8): Tết fell on 21 January 1985 in Vietnam and 20 February in China, and falls on 2 February
 * 2030 in Vietnam and 3 February in China. Valid from 1900 to 2199.
 */
public final class LunarCalendar {

  /** Vietnam's time zone since 1968, in hours east of UTC. */
  public static final double VIETNAM = 7.0;

  private static final double SYNODIC_MONTH = 29.530588853;
  /** The Julian day of the new moon of 1 January 1900 (Meeus's epoch, k = 0). */
  private static final double EPOCH = 2415021.076998695;
  /** The Julian day number of 1970-01-01 (java.time's epoch day 0). */
  private static final long JULIAN_EPOCH_DAY = 2440588L;

  private LunarCalendar() {}

  /** A lunar date: day, month (1–12), year (of the month's Tết), and whether the month is the leap one. */
  public record LunarDate(int day, int month, int year, boolean leap) {}

  /** The solar (Gregorian) date of a lunar date in Vietnam; the day must exist in that month. */
  public static LocalDate solar(int lunarYear, int lunarMonth, int lunarDay) {
    return solar(lunarYear, lunarMonth, lunarDay, false, VIETNAM);
  }

  /** The solar date of a lunar date computed for the given zone (hours east of UTC). */
  public static LocalDate solar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth, double zone) {
    long a11;
    long b11;
    if (lunarMonth < 11) {
      a11 = lunarMonth11(lunarYear - 1, zone);
      b11 = lunarMonth11(lunarYear, zone);
    } else {
      a11 = lunarMonth11(lunarYear, zone);
      b11 = lunarMonth11(lunarYear + 1, zone);
    }
    long k = (long) Math.floor(0.5 + (a11 - EPOCH) / SYNODIC_MONTH);
    int offset = lunarMonth - 11;
    if (offset < 0) {
      offset += 12;
    }
    if (b11 - a11 > 365) {
      int leapOffset = leapMonthOffset(a11, zone);
      int leap = leapOffset - 2;
      if (leap < 0) {
        leap += 12;
      }
      if (leapMonth && lunarMonth != leap) {
        throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month " + lunarMonth);
      }
      if (leapMonth || offset >= leapOffset) {
        offset += 1;
      }
    } else if (leapMonth) {
      throw new IllegalArgumentException("Lunar year " + lunarYear + " has no leap month");
    }
    long monthStart = newMoonDay(k + offset, zone);
    return fromJulianDay(monthStart + lunarDay - 1);
  }

  /** The lunar date of a solar date in Vietnam. */
  public static LunarDate lunar(LocalDate date) {
    return lunar(date, VIETNAM);
  }

  /** The lunar date of a solar date computed for the given zone (hours east of UTC). */
  public static LunarDate lunar(LocalDate date, double zone) {
    long dayNumber = julianDay(date);
    long k = (long) Math.floor((dayNumber - 2415021.076998695) / SYNODIC_MONTH);
    long monthStart = newMoonDay(k + 1, zone);
    if (monthStart > dayNumber) {
      monthStart = newMoonDay(k, zone);
    }
    int year = date.getYear();
    long a11 = lunarMonth11(year, zone);
    long b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = year;
      a11 = lunarMonth11(year - 1, zone);
    } else {
      lunarYear = year + 1;
      b11 = lunarMonth11(year + 1, zone);
    }
    int day = (int) (dayNumber - monthStart + 1);
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    boolean leap = false;
    int month = diff + 11;
    if (b11 - a11 > 365) {
      int leapOffset = leapMonthOffset(a11, zone);
      if (diff >= leapOffset) {
        month = diff + 10;
        if (diff == leapOffset) {
          leap = true;
        }
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(day, month, lunarYear, leap);
  }

  /** The day (Julian day number) of the k-th new moon after 1 January 1900, in the given zone. */
  static long newMoonDay(long k, double zone) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double dr = Math.PI / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
    c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
    c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
    c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
    c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
    c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
    c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    double jdNew = jd1 + c1 - deltaT;
    return (long) Math.floor(jdNew + 0.5 + zone / 24);
  }

  /** Which twelfth of the ecliptic (0–11, of 30° each from the vernal point) the sun is in at the start of the day. */
  static int sunLongitudeSection(long dayNumber, double zone) {
    double t = (dayNumber - 2451545.5 - zone / 24) / 36525;
    double t2 = t * t;
    double dr = Math.PI / 180;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
    dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
    double l = (l0 + dl) * dr;
    l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    return (int) Math.floor(l / Math.PI * 6);
  }

  /** The first day of the 11th lunar month of the year (the month holding the winter solstice). */
  static long lunarMonth11(int year, double zone) {
    long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
    long k = (long) Math.floor(off / SYNODIC_MONTH);
    long newMoon = newMoonDay(k, zone);
    if (sunLongitudeSection(newMoon, zone) >= 9) {
      newMoon = newMoonDay(k - 1, zone);
    }
    return newMoon;
  }

  /** In a 13-month year starting at {@code a11}, which month after the 11th is the leap month. */
  static int leapMonthOffset(long a11, double zone) {
    long k = (long) Math.floor((a11 - EPOCH) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int arc = sunLongitudeSection(newMoonDay(k + i, zone), zone);
    int last;
    do {
      last = arc;
      i++;
      arc = sunLongitudeSection(newMoonDay(k + i, zone), zone);
    } while (arc != last && i < 14);
    return i - 1;
  }

  static long julianDay(LocalDate date) {
    return date.toEpochDay() + JULIAN_EPOCH_DAY;
  }

  static LocalDate fromJulianDay(long dayNumber) {
    return LocalDate.ofEpochDay(dayNumber - JULIAN_EPOCH_DAY);
  }
}
