"""The floor: each report's query written by hand and run by the sqlite3 command-line shell on
the same file, timed by its `.timer on`.

The shell prints wall time to the millisecond only; below 2 ms the floor is its user + system
CPU time (microseconds), which is what a query that reads cached pages costs.
"""
import re
import subprocess

CPU_BELOW = 0.002


def q(text):
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def card_sql(worker, first, last, month, next_first):
    """The computed items of one worker's card (and its manual lines), or the signed card."""
    return f"""
SELECT
 (SELECT count(*) FROM reception r JOIN reception_signature s ON s.reception_id = r.id
   WHERE r.day BETWEEN '{first}' AND '{last}' AND r.worker_id = {worker}),
 (SELECT count(*) FROM online_reply o WHERE o.answerer_id = {worker} AND o.satisfied = 1
   AND o.answered_at >= datetime('{first}', '-8 hours') AND o.answered_at < datetime('{next_first}', '-8 hours')),
 (SELECT count(DISTINCT v.household_id) FROM visit v WHERE v.day BETWEEN '{first}' AND '{last}' AND v.worker_id = {worker}
   AND NOT EXISTS (SELECT 1 FROM visit c WHERE c.corrects = v.id)),
 (SELECT count(*) FROM duty_assignment a JOIN duty_shift s ON s.id = a.shift_id
   WHERE s.date BETWEEN '{first}' AND '{last}' AND a.person_id = {worker}
   AND EXISTS (SELECT 1 FROM duty_sign i WHERE i.assignment_id = a.id AND i.kind = 'in')
   AND EXISTS (SELECT 1 FROM duty_sign o WHERE o.assignment_id = a.id AND o.kind = 'out')),
 (SELECT group_concat(line) FROM points_entry WHERE worker_id = {worker} AND month = '{month}'),
 (SELECT lines FROM points_signature WHERE worker_id = {worker} AND month = '{month}');
"""


def month_report_sql(first, last, month, next_first):
    """Every worker's card items of the month in the program's shape: one statement an item for
    all workers at once, grouped by worker (not one card, and some eight statements, a worker)."""
    return f"""
SELECT p.id, p.name FROM person p JOIN person_role pr ON pr.person_id = p.id AND pr.role = '社工'
 WHERE p.is_active = 1 ORDER BY p.name;
SELECT worker_id, lines FROM points_signature WHERE month = '{month}';
SELECT worker_id, lines FROM points_amendment WHERE month = '{month}' ORDER BY id;
SELECT worker_id, group_concat(line) FROM points_entry WHERE month = '{month}' GROUP BY worker_id;
SELECT r.worker_id, count(*) FROM reception r JOIN reception_signature s ON s.reception_id = r.id
 WHERE r.day BETWEEN '{first}' AND '{last}' GROUP BY r.worker_id;
SELECT o.answerer_id, count(*) FROM online_reply o WHERE o.satisfied = 1
 AND o.answered_at >= datetime('{first}', '-8 hours') AND o.answered_at < datetime('{next_first}', '-8 hours') GROUP BY o.answerer_id;
SELECT v.worker_id, count(DISTINCT v.household_id) FROM visit v WHERE v.day BETWEEN '{first}' AND '{last}'
 AND NOT EXISTS (SELECT 1 FROM visit c WHERE c.corrects = v.id) GROUP BY v.worker_id;
SELECT a.person_id, count(*) FROM duty_assignment a JOIN duty_shift s ON s.id = a.shift_id
 WHERE s.date BETWEEN '{first}' AND '{last}'
 AND EXISTS (SELECT 1 FROM duty_sign i WHERE i.assignment_id = a.id AND i.kind = 'in')
 AND EXISTS (SELECT 1 FROM duty_sign o WHERE o.assignment_id = a.id AND o.kind = 'out') GROUP BY a.person_id;
"""


def ranking_sql(year):
    """The signed cards of the year with their latest amendment, and the imported totals."""
    return f"""
SELECT s.worker_id, s.month, coalesce((SELECT a.lines FROM points_amendment a WHERE a.worker_id = s.worker_id
   AND a.month = s.month ORDER BY a.id DESC LIMIT 1), s.lines)
FROM points_signature s WHERE s.month LIKE '{year}-%';
SELECT * FROM points_imported_total WHERE year = {year} ORDER BY committee, name;
"""


POLICY_COLUMNS = ["title", "line_of_business", "eligibility", "materials", "procedure", "legal_basis", "department", "location"]


def policy_sql(term, limit=100):
    """PolicySearch's statement with its arguments written in."""
    pinyin = term.lower() if term.isascii() and term.isalpha() else None
    p = q(pinyin) if pinyin else "NULL"
    t = q(term)
    if len(term) >= 3:
        match = f"id IN (SELECT rowid FROM policy_fts WHERE policy_fts MATCH {q(chr(34) + term + chr(34))})"
    else:
        match = "(" + " OR ".join(f"instr({c}, {t}) > 0" for c in POLICY_COLUMNS) + ")"
    return f"""
SELECT id, title, line_of_business, eligibility, materials, procedure, legal_basis, department, location,
 last_checked, is_sample,
 CASE WHEN instr(title, {t}) = 1 THEN 0 WHEN instr(title, {t}) > 0 THEN 1
      WHEN instr(' ' || pinyin_keys, ' ' || {p}) > 0 THEN 2 WHEN instr(pinyin_keys, {p}) > 0 THEN 3
      WHEN instr(line_of_business, {t}) > 0 THEN 4 ELSE 5 END AS rank
FROM policy_item WHERE {match} OR instr(pinyin_keys, {p}) > 0
ORDER BY rank, length(title), title LIMIT {limit};
"""


def reception_sql(where, limit=500):
    """The history's statement (records with signature, reply and names), newest first."""
    return f"""
SELECT r.*, w.name AS worker_name, s.at AS signed_at, sp.name AS signed_by,
 rp.at AS reply_at, rpp.name AS reply_by, rp.text AS reply_text, rp.satisfaction AS reply_satisfaction
FROM reception r JOIN person w ON w.id = r.worker_id
LEFT JOIN reception_signature s ON s.reception_id = r.id LEFT JOIN person sp ON sp.id = s.by_id
LEFT JOIN reception_reply rp ON rp.reception_id = r.id LEFT JOIN person rpp ON rpp.id = rp.by_id
WHERE {where} ORDER BY r.at DESC, r.id DESC LIMIT {limit};
"""


def reception_name_sql(term):
    t = q(term)
    return reception_sql(f"(r.id IN (SELECT id FROM reception WHERE instr(resident_name, {t}) > 0) OR r.id IN "
                         f"(SELECT a.reception_id FROM reception_amendment a WHERE instr(json_extract(a.content, '$.residentName'), {t}) > 0))")


def reception_text_sql(term):
    t = q(term)
    own = " OR ".join(f"instr(r.{c}, {t}) > 0" for c in ["question", "action_taken", "department", "policy_title"])
    amended = " OR ".join(f"instr(json_extract(a.content, '$.{k}'), {t}) > 0" for k in ["question", "actionTaken", "department", "policyTitle"])
    return reception_sql(f"({own} OR r.id IN (SELECT a.reception_id FROM reception_amendment a WHERE {amended}))")


def run(sqlite3, db, sql, runs):
    """Seconds of each of `runs` runs of `sql` (after one warm-up), by the shell's timer.
    A script of several statements counts as one run: their times are added."""
    statements = sql.count(";")
    script = ".output /dev/null\n" + sql + "\n.timer on\n" + sql * runs
    out = subprocess.run([sqlite3, "-readonly", db], input=script, capture_output=True, text=True, check=True)
    times = []
    for m in re.finditer(r"Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)", out.stdout + out.stderr):
        real, cpu = float(m.group(1)), float(m.group(2)) + float(m.group(3))
        times.append(real if real >= CPU_BELOW else cpu)
    if len(times) != statements * runs:
        raise RuntimeError(f"sqlite3 printed {len(times)} timings for {statements * runs} statements: {out.stderr[:400]}")
    return [sum(times[i:i + statements]) for i in range(0, len(times), statements)]


def plan(sqlite3, db, sql):
    """EXPLAIN QUERY PLAN of the first statement of `sql`."""
    first = sql.strip().split(";\n")[0].rstrip(";") + ";"
    out = subprocess.run([sqlite3, "-readonly", db], input="EXPLAIN QUERY PLAN " + first, capture_output=True, text=True)
    return out.stdout + out.stderr
