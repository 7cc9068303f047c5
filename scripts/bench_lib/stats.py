"""Order statistics of samples, and running whole commands under /usr/bin/time -v."""
import math
import re
import subprocess
import time


def percentile(samples, p):
    """The nearest-rank p-th percentile."""
    s = sorted(samples)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


def summary(samples):
    """median, min, max, p95, p99 of `samples`."""
    return {"median": percentile(samples, 50), "min": min(samples), "max": max(samples),
            "p95": percentile(samples, 95), "p99": percentile(samples, 99), "n": len(samples)}


def timed_command(argv, env=None, stdin=None):
    """Runs `argv` under /usr/bin/time -v; returns (seconds, max RSS in kB, exit code, stdout, stderr, CPU seconds)."""
    t0 = time.monotonic()
    out = subprocess.run(["/usr/bin/time", "-v"] + argv, env=env, stdin=stdin, capture_output=True, text=True)
    wall = time.monotonic() - t0
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    if m:
        wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", out.stderr))
    return wall, int(rss.group(1)) if rss else 0, out.returncode, out.stdout, out.stderr, cpu
