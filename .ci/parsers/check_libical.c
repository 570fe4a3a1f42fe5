/*
 * Reads an iCalendar file with libical (Debian libical-dev) and prints, as JSON, every VEVENT's UID, SUMMARY,
 * start and end as UTC instants, whether its time zone resolved, and its PARTICIPANT count: the same shape as
 * check_ics.py. libical resolves a TZID through the VTIMEZONE of the same VCALENDAR.
 * Build: gcc -o check-libical check_libical.c $(pkg-config --cflags --libs libical)
 * Usage: check-libical FILE.ics
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *slurp(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        exit(2);
    }
    size_t size = 0, capacity = 1 << 16;
    char *text = malloc(capacity);
    size_t n;
    while ((n = fread(text + size, 1, capacity - size - 1, file)) > 0) {
        size += n;
        if (capacity - size < 2) {
            capacity *= 2;
            text = realloc(text, capacity);
        }
    }
    fclose(file);
    text[size] = '\0';
    return text;
}

static void string(const char *value) {
    putchar('"');
    for (const unsigned char *c = (const unsigned char *) (value ? value : ""); *c; c++) {
        if (*c == '"' || *c == '\\') {
            printf("\\%c", *c);
        } else if (*c == '\n') {
            printf("\\n");
        } else if (*c < 0x20) {
            printf("\\u%04x", *c);
        } else {
            putchar(*c);
        }
    }
    putchar('"');
}

/* Prints the instant of a time as UTC, or null; *resolved becomes 0 for a floating time with a TZID. */
static void instant(struct icaltimetype time, int *resolved) {
    if (icaltime_is_null_time(time)) {
        printf("null");
        return;
    }
    if (icaltime_is_date(time)) {
        printf("\"%04d-%02d-%02d\"", time.year, time.month, time.day);
        return;
    }
    if (!icaltime_is_utc(time) && time.zone == NULL) {
        *resolved = 0;
    }
    time_t seconds = icaltime_as_timet_with_zone(time, time.zone);
    struct tm utc;
    gmtime_r(&seconds, &utc);
    printf("\"%04d-%02d-%02dT%02d:%02d:%02dZ\"", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
           utc.tm_min, utc.tm_sec);
}

/*
 * libical 3.0 predates RFC 9073: PARTICIPANT becomes a component of no known kind, its properties parse errors
 * inside it, and it has no getter for such a component's name. Our VEVENTs hold no other unknown component.
 */
static int participants(icalcomponent *vevent) {
    int count = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(vevent, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(vevent, ICAL_ANY_COMPONENT)) {
        icalcomponent_kind kind = icalcomponent_isa(c);
        count += kind == ICAL_X_COMPONENT || !icalcomponent_kind_to_string(kind);
    }
    return count;
}

/* Prints every parse error outside an X component to stderr and returns how many there were. */
static int errors(icalcomponent *component) {
    if (icalcomponent_isa(component) == ICAL_X_COMPONENT || !icalcomponent_kind_to_string(icalcomponent_isa(component))) {
        return 0;
    }
    int count = 0;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        fprintf(stderr, "libical: %s\n", icalproperty_get_xlicerror(p));
        count++;
    }
    for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        count += errors(c);
    }
    return count;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: check-libical FILE.ics\n");
        return 2;
    }
    char *text = slurp(argv[1]);
    icalcomponent *calendar = icalparser_parse_string(text);
    if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        fprintf(stderr, "libical: not a VCALENDAR: %s\n", icalerror_perror());
        return 1;
    }
    if (errors(calendar) > 0) {
        return 1;
    }
    printf("{\n  \"parser\": \"libical\",\n  \"events\": [");
    const char *separator = "\n";
    for (icalcomponent *vevent = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); vevent;
         vevent = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        int resolved = 1;
        printf("%s    {\n      \"uid\": ", separator);
        string(icalcomponent_get_uid(vevent));
        printf(",\n      \"summary\": ");
        string(icalcomponent_get_summary(vevent));
        printf(",\n      \"start\": ");
        instant(icalcomponent_get_dtstart(vevent), &resolved);
        printf(",\n      \"end\": ");
        if (icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY)) {
            instant(icalcomponent_get_dtend(vevent), &resolved);
        } else {
            printf("null");
        }
        printf(",\n      \"zoneResolved\": %s,\n      \"participants\": %d\n    }",
               resolved ? "true" : "false", participants(vevent));
        separator = ",\n";
    }
    printf("\n  ]\n}\n");
    icalcomponent_free(calendar);
    free(text);
    return 0;
}
