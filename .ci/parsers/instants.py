"""What every python probe here prints for a time: a UTC instant, or None for a floating time."""
import datetime


def instant(value):
    """A date-time as a UTC instant ('2021-01-15T13:00:00Z'), None when floating or absent; a date as ISO."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return None
        return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    return value.isoformat()
