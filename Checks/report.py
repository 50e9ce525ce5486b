"""How a check prints its outcome: a PASS or FAIL line, then the first problems."""


def report(name, failures, summary, limit):
    """Prints `name: PASS|FAIL: summary` and at most `limit` of `failures`; returns the
    exit status (1 when there are failures)."""
    print(f"{name}: {'PASS' if not failures else 'FAIL'}: {summary}")
    for line in failures[:limit]:
        print("  " + line)
    if len(failures) > limit:
        print(f"  … and {len(failures) - limit} more")
    return 1 if failures else 0
