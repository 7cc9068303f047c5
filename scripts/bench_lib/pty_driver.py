"""Drives the real binary in a pseudo-terminal at 80×24 and times what a person sees.

A key's latency is measured from the write of its bytes to the last byte of the redraw: after
the write, output is read until the terminal has been quiet for `quiet` seconds, and the time of
the last byte read is the end. Bytes written per key are counted the same way.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time


class Session:
    """One run of the program on `db` in a pty of `cols`×`rows`."""

    def __init__(self, binary, db, env, cols=80, rows=24, quiet=0.5):
        self.quiet = quiet
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            os.execve(binary, [binary, "--db", db], env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.pid, self.fd = pid, fd
        self.screen_text = b""

    def read_until_quiet(self, since, timeout=30.0, until=None, redraws=False):
        """Reads until `quiet` seconds pass with no output (and `until`, if given, has appeared);
        returns (seconds from `since` to the last byte, bytes read). With `redraws`, the key is
        known to redraw: the quiet window starts only at its first byte, so a redraw slower than
        the window is timed instead of read as 0 ms."""
        last, count, deadline = since, 0, since + timeout
        seen = until is None and not redraws
        while True:
            now = time.monotonic()
            if now > deadline:
                raise TimeoutError(f"no quiet screen within {timeout} s (waiting for {until!r})")
            wait = self.quiet if seen else min(self.quiet, deadline - now)
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                if seen:
                    return last - since, count
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                raise RuntimeError("the program ended: " + self.screen_text[-400:].decode("utf-8", "replace"))
            last = time.monotonic()
            count += len(chunk)
            self.screen_text = (self.screen_text + chunk)[-20000:]
            if not seen and (until is None or until.encode() in self.screen_text):
                seen = True

    def key(self, data, until=None, timeout=30.0, redraws=False):
        """Writes one key's bytes; returns (seconds to the last byte of the redraw, bytes written)."""
        self.screen_text = b""
        t0 = time.monotonic()
        os.write(self.fd, data.encode() if isinstance(data, str) else data)
        return self.read_until_quiet(t0, timeout=timeout, until=until, redraws=redraws)

    def memory_kb(self):
        """(VmRSS, VmHWM) of the program in kB, from /proc."""
        fields = {}
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                name, _, value = line.partition(":")
                fields[name] = value.strip()
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])

    def close(self):
        """Ends the program (SIGTERM, then SIGKILL) and reaps it."""
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            for _ in range(50):
                if os.waitpid(self.pid, os.WNOHANG)[0]:
                    os.close(self.fd)
                    return
                time.sleep(0.02)
        try:
            os.close(self.fd)
        except OSError:
            pass


KEYS = {"enter": "\r", "esc": "\x1b", "tab": "\t", "backspace": "\x7f", "down": "\x1b[B",
        "ctrl-right": "\x1b[1;5C", "ctrl-left": "\x1b[1;5D", "f2": "\x1bOQ", "ctrl-r": "\x12"}
