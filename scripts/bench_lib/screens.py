"""The screen benchmarks: start to the login screen, a key in a form field, tab switches,
search-as-you-type in the policy library and the reception history, and resident memory."""
import time

from . import pty_driver
from .pty_driver import KEYS, Session

LOGIN_SCREEN = "登录"
MAIN_SCREEN = "政策资源库"


def start_to_login(binary, db, env, runs):
    """Seconds from starting the program to the last byte of its first login screen, `runs` times."""
    out = []
    for _ in range(runs):
        s = Session(binary, db, env)
        try:
            seconds, _ = s.read_until_quiet(s.started, until=LOGIN_SCREEN)
            out.append(seconds)
        finally:
            s.close()
    return out


def log_in(s, user_index, pin):
    """From the login screen, logs in as the `user_index`-th person of the list with `pin`."""
    s.read_until_quiet(s.started, until=LOGIN_SCREEN)
    for _ in range(user_index):
        s.key(KEYS["down"])
    s.key(KEYS["enter"])
    for ch in pin:
        s.key(ch)
    s.key(KEYS["enter"], until=MAIN_SCREEN, timeout=60)


def typing(s, text, rounds):
    """Types `text` one character at a time and erases it, `rounds` times; (seconds, bytes) a key."""
    lat, sizes = [], []
    for _ in range(rounds):
        for ch in list(text) + [KEYS["backspace"]] * len(text):
            seconds, count = s.key(ch)
            lat.append(seconds)
            sizes.append(count)
    return lat, sizes


def session(binary, db, env, user_index, pin, rounds):
    """One logged-in session measuring every screen figure; a dict of sample lists."""
    s = Session(binary, db, env)
    result = {}
    try:
        log_in(s, user_index, pin)
        # Search-as-you-type in the policy library: the first tab's field takes every printable key.
        lat, _ = typing(s, "低保申请", rounds)
        lat2, _ = typing(s, "dbsq", rounds)
        lat3, _ = typing(s, "老年人", rounds)
        result["policy-type"] = lat + lat2 + lat3
        # Tab switches, Ctrl-→ four times and back, on whatever data each tab loads.
        tabs = []
        for _ in range(rounds):
            for key in ["ctrl-right"] * 4 + ["ctrl-left"] * 4:
                tabs.append(s.key(KEYS[key], redraws=True, timeout=120)[0])
        result["tab-switch"] = tabs
        # The reception history: Ctrl-R, a name typed, Enter searches 100,000 records.
        hist = []
        for _ in range(rounds):
            s.key(KEYS["ctrl-r"])
            s.key("王")
            hist.append(s.key(KEYS["enter"], redraws=True, timeout=120)[0])
            s.key(KEYS["esc"])
            s.key(KEYS["esc"])
        result["reception-history"] = hist
        # A printable key in a form field: F2 people, a the add form, type a name.
        s.key(KEYS["f2"])
        s.key("a")
        lat, sizes = typing(s, "陈建国abc", rounds)
        result["form-key"] = lat
        result["form-key-bytes"] = sizes
        s.key(KEYS["esc"])
        s.key(KEYS["esc"])
        rss, hwm = s.memory_kb()
        result["rss-kb"] = [rss]
        result["hwm-kb"] = [hwm]
    finally:
        s.close()
    return result
