"""Helpers of scripts/bench: data files, the pseudo-terminal driver, the sqlite3 floor, statistics."""
