#!/usr/bin/python3
"""Reads an iCalendar file with python3-icalendar (a second implementation,
Debian package python3-icalendar) and prints one line per event:
UID, start, end and summary. A timed start is converted to UTC with the
file's own VTIMEZONE (its TZID must be defined in the file); an all-day
one is printed as its date. Exit 1 when the file does not parse, a TZID
has no VTIMEZONE, or a UID is used twice."""
import datetime
import sys

import icalendar


def main(path):
    calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
    zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
    seen = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in seen:
            print("UID used twice: " + uid)
            return 1
        seen.add(uid)
        times = []
        for name in ("DTSTART", "DTEND"):
            prop = event[name]
            value = prop.dt
            if hasattr(value, "hour"):
                tzid = prop.params.get("TZID")
                if tzid not in zones:
                    print("no VTIMEZONE for " + str(tzid))
                    return 1
                local = zones[tzid].localize(value.replace(tzinfo=None))
                times.append(local.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"))
            else:
                times.append(value.isoformat())
        print("%s %s %s %s" % (uid, times[0], times[1], event["SUMMARY"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
