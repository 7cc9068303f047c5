"""BENCHMARKS.md: the machine, the command, the date, and one row a figure beside its budget."""
import datetime as dt
import os
import platform
import subprocess

from .stats import summary

# figure name -> (what, statistic judged, budget, unit); unit "s", "B" or "kB".
BUDGETS = {
    "start-to-login": ("start to the login screen", "median", 0.150, "s"),
    "screen:form-key": ("a printable key in a form field, key to screen updated", "p99", 0.016, "s"),
    "screen:form-key-bytes": ("bytes written to the terminal for that key", "p99", 64, "B"),
    "screen:tab-switch": ("switching tab (Ctrl-→/←)", "p95", 0.050, "s"),
    "screen:policy-type": ("search-as-you-type, policy library, key to results drawn", "p95", 0.030, "s"),
    "screen:reception-history": ("reception history by name, Enter to results drawn", "p95", 0.030, "s"),
    "policy-search": ("policy search queries as typed (in-process, every keystroke)", "p95", 0.030, "s"),
    "reception-search": ("reception history searches (in-process)", "p95", 0.030, "s"),
    "card": ("one worker's month card, computed from records", "median", 0.010, "s"),
    "month-report": ("the month points report, every worker (in-process)", "median", 0.200, "s"),
    "report-points": ("`report points --month` whole command", "median", None, "s"),
    "ranking": ("the yearly ranking (in-process)", "median", 2.0, "s"),
    "report-ranking": ("`report ranking --year` whole command", "median", 2.0, "s"),
    "import-visits": ("`import visits` of the generated visits", "median", 10.0, "s"),
    "import-receptions": ("`import receptions` of the generated records", "median", None, "s"),
    "check": ("`baishihui check`", "median", 30.0, "s"),
    "screen:hwm-kb": ("resident memory while in use (peak, VmHWM)", "max", 65536, "kB"),
    "screen:rss-kb": ("resident memory at the end of the session (VmRSS)", "max", 65536, "kB"),
    "open": ("opening the database (migrator check), in-process", "median", None, "s"),
    "reception-today": ("the reception log's day list (in-process)", "median", None, "s"),
    "reception-follow-ups": ("the follow-up list, replies due (in-process)", "median", None, "s"),
}
ORDER = list(BUDGETS)
MARKER = "<!-- Below this line: the analysis, written by hand; scripts/bench keeps it. -->"


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    mem = next((int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    load = open("/proc/loadavg").read().split()[:3]
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    return (f"{cpu}, {os.cpu_count()} cores, {mem / 1048576:.0f} GB; {platform.system()} {platform.release()}; "
            f"sqlite3 {sqlite}; load average {' '.join(load)} when the table was written")


def fmt(value, unit):
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "kB":
        return f"{value / 1024:.1f} MB"
    return f"{value:.0f} B"


def group(name):
    """The budget row a figure belongs to: the typed searches are judged together."""
    for prefix in ("policy-search", "reception-search"):
        if name.startswith(prefix + ":"):
            return prefix
    return name


def markdown(figures, floors, notes, quick, command, machine, took):
    rows, cpus, detail = {}, {}, []
    for label, name, samples, extra in figures:
        rows.setdefault((label, group(name)), []).extend(samples)
        cpus.setdefault((label, group(name)), []).extend(extra.get("cpu", []))
        if group(name) != name:
            detail.append((label, name, samples, extra))
    out = [f"# Benchmarks\n\n{'**Quick run (small data, few runs): proves the benchmarks run; not figures.**' if quick else ''}\n",
           f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; took {took:.0f} s",
           f"- machine: {machine}", f"- command: `{command}`"]
    out += [f"- {n}" for n in notes if "\n" not in n]
    out += ["", "Wall-clock figures are judged against the budgets; **CPU** is the median CPU time (user + system) of the "
            "same runs, which a busy machine inflates less. The floor is the sqlite3 shell's time for the same query "
            "written by hand; ratio = program median / floor median (wall clock both).", "",
            "| database | what | median | CPU | min | max | p95 | p99 | n | budget | met | floor (sqlite3) | ratio |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    labels = sorted({l for l, _ in rows}, key=lambda l: [x[0] for x in figures].index(l))
    for label in labels:
        for name in ORDER + sorted({n for l, n in rows if n not in ORDER}):
            if (label, name) not in rows:
                continue
            what, stat, budget, unit = BUDGETS.get(name, (name, "median", None, "s"))
            s = summary(rows[(label, name)])
            met = "—" if budget is None else ("yes" if s[stat] <= budget else f"**no** ({stat} {s[stat] / budget:.1f}× budget)")
            fl, ratio = floor_of(floors, label, name, s["median"])
            cpu = fmt(summary(cpus[(label, name)])["median"], "s") if cpus.get((label, name)) else "—"
            cells = [label, what, fmt(s["median"], unit), cpu] + [fmt(s[k], unit) for k in ("min", "max", "p95", "p99")]
            cells += [str(s["n"]), "—" if budget is None else f"{stat} ≤ {fmt(budget, unit)}", met, fl, ratio]
            out.append("| " + " | ".join(cells) + " |")
    out += ["", "## Each search query (in-process) and its floor", "",
            "| database | query | rows | median | p95 | max | floor | ratio |", "|---|---|---|---|---|---|---|---|"]
    for label, name, samples, extra in detail:
        s = summary(samples)
        fl, ratio = floor_of(floors, label, name, s["median"])
        out.append(f"| {label} | `{name}` | {extra.get('rows', '')} | {fmt(s['median'], 's')} | {fmt(s['p95'], 's')} | "
                   f"{fmt(s['max'], 's')} | {fl} | {ratio} |")
    plans = [n for n in notes if "\n" in n]
    if plans:
        out += ["", "## Query plans (EXPLAIN QUERY PLAN of the floors)", ""] + plans
    return "\n".join(out) + "\n"


def floor_of(floors, label, name, median):
    """The floor's median and the ratio program/floor, for a figure or a group of queries."""
    keys = [k for k in floors if k[0] == label and (k[1] == name or group(k[1]) == name)]
    if not keys:
        return "—", "—"
    samples = [x for k in keys for x in floors[k]]
    fl = summary(samples)["median"]
    return fmt(fl, "s"), (f"{median / fl:.1f}" if fl > 0 else "—")
