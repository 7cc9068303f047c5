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


POLICY_COLUMNS = ["title", "aliases", "line_of_business", "eligibility", "materials", "procedure", "legal_basis",
                  "department", "location"]
PINYIN_COLUMNS = ["pinyin_keys", "pinyin_text"]


def policy_sql(term, limit=100):
    """PolicySearch's statement with its arguments written in (v25-policy-aliases: aliases and the text's pinyin)."""
    compact = term.lower().replace(" ", "").replace("'", "")
    pinyin = compact if compact and compact.isascii() and compact.isalpha() else None
    p = q(pinyin) if pinyin else "NULL"
    t = q(term)
    scans, filters = [], []
    for columns, value in [(POLICY_COLUMNS, term), (PINYIN_COLUMNS, pinyin)]:
        if value is None:
            continue
        if len(value) >= 3:
            filters.append("{" + " ".join(columns) + "} : " + chr(34) + value.replace(chr(34), chr(34) * 2) + chr(34))
        else:
            scans += [f"instr({c}, {q(value)}) > 0" for c in columns]
    if filters:
        scans.append(f"id IN (SELECT rowid FROM policy_fts WHERE policy_fts MATCH {q(' OR '.join(filters))})")
    return f"""
SELECT id, title, aliases, line_of_business, eligibility, materials, procedure, legal_basis, department, location,
 last_checked, is_sample,
 CASE WHEN instr(title, {t}) = 1 THEN 0 WHEN instr(title, {t}) > 0 OR instr(aliases, {t}) > 0 THEN 1
      WHEN instr(' ' || pinyin_keys, ' ' || {p}) > 0 THEN 2 WHEN instr(pinyin_keys, {p}) > 0 THEN 3
      WHEN instr(line_of_business, {t}) > 0 THEN 4 ELSE 5 END AS rank
FROM policy_item WHERE ({" OR ".join(scans)})
ORDER BY rank, length(title), title LIMIT {limit};
"""


def reception_sql(where, limit=500, newest_first=False):
    """The history's statement (records with signature, reply and names), newest first; `newest_first`
    reads the log in that order by `reception_by_time` (v20-reception-search) and stops at the limit."""
    indexed = " INDEXED BY reception_by_time" if newest_first else ""
    return f"""
SELECT r.*, w.name AS worker_name, s.at AS signed_at, sp.name AS signed_by,
 rp.at AS reply_at, rpp.name AS reply_by, rp.text AS reply_text, rp.satisfaction AS reply_satisfaction
FROM reception r{indexed} JOIN person w ON w.id = r.worker_id
LEFT JOIN reception_signature s ON s.reception_id = r.id LEFT JOIN person sp ON sp.id = s.by_id
LEFT JOIN reception_reply rp ON rp.reception_id = r.id LEFT JOIN person rpp ON rpp.id = rp.by_id
WHERE {where} ORDER BY r.at DESC, r.id DESC LIMIT {limit};
"""


TEXT_COLUMNS = ["question", "action_taken", "department", "policy_title"]


def reception_index_sql(term, columns, sqlite3, db):
    """ReceptionSearchIndex's statements for a term (v20-reception-search): the count of its occurrences
    from the vocabulary, then the ids through the index (a short term by the vocabulary's range of
    trigrams, a longer one by an FTS5 phrase), the log read by those ids when the count is at most
    2,000, else newest first, as the program chooses. (A term above 20,000 occurrences the program
    scans by `instr`; the terms measured are all below that.)"""
    t = q(term)
    cols = ", ".join(q(c) for c in columns)
    record = lambda d: f"CASE WHEN {d} > 0 THEN {d} ELSE (SELECT reception_id FROM reception_amendment WHERE id = -{d}) END"
    if len(term) >= 3:
        count = ";\n".join(f"SELECT coalesce(sum(cnt), 0) FROM reception_fts_counts WHERE term = {q(term[i:i + 3])} AND col IN ({cols})"
                          for i in range(len(term) - 2)) + ";"
        phrase = q("{" + " ".join(columns) + "} : " + chr(34) + term.replace(chr(34), chr(34) * 2) + chr(34))
        ids = f"r.id IN (SELECT {record('reception_fts.rowid')} FROM reception_fts WHERE reception_fts MATCH {phrase})"
    else:
        upper = f"{t} || char(1114111)"
        count = f"SELECT coalesce(sum(cnt), 0) FROM reception_fts_counts WHERE term >= {t} AND term < {upper} AND col IN ({cols});"
        ids = f"r.id IN (SELECT {record('reception_fts_terms.doc')} FROM reception_fts_terms WHERE term >= {t} AND term < {upper} AND col IN ({cols}))"
    counts = subprocess.run([sqlite3, "-readonly", db, count], capture_output=True, text=True, check=True).stdout.split()
    few = min(int(c) for c in counts) <= 2000
    query = reception_sql(ids, newest_first=not few)
    return count + "\n" + (query.replace("FROM reception r JOIN", "FROM reception r NOT INDEXED JOIN") if few else query)


def reception_name_sql(term, sqlite3, db):
    return reception_index_sql(term, ["resident_name"], sqlite3, db)


def reception_text_sql(term, sqlite3, db):
    return reception_index_sql(term, TEXT_COLUMNS, sqlite3, db)


FOLLOW_UPS_WAITING = """WITH latest AS (
    SELECT a.reception_id AS id, a.content FROM reception_amendment a
    WHERE a.id = (SELECT max(b.id) FROM reception_amendment b WHERE b.reception_id = a.reception_id)
), versions AS (
    SELECT r.id, r.reply_due AS due FROM reception r WHERE r.reply_due IS NOT NULL AND r.id NOT IN (SELECT id FROM latest)
    UNION ALL
    SELECT id, CASE WHEN json_extract(content, '$.outcome') = 'awaitingReply' THEN printf('%04d-%02d-%02d',
        json_extract(content, '$.replyDue.year'), json_extract(content, '$.replyDue.month'), json_extract(content, '$.replyDue.day')) END
    FROM latest
), waiting AS (
    SELECT id, due FROM versions v WHERE due IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reception_reply x WHERE x.reception_id = v.id)
)"""


def follow_ups_page_ids(sqlite3, db, page=100):
    """The ids of the follow-up list's first page, for its floor (the program reads them, then the records)."""
    out = subprocess.run([sqlite3, "-readonly", db, f"{FOLLOW_UPS_WAITING} SELECT id FROM waiting ORDER BY due, id LIMIT {page};"],
                         capture_output=True, text=True, check=True).stdout.split()
    return ",".join(out) or "0"


def follow_ups_sql(ids, today):
    """What opening the follow-up list reads: the waiting records' ids and due days (the title's counts and
    the page), then the page's records and their amendments."""
    return f"""{FOLLOW_UPS_WAITING} SELECT id, due < {q(today)} FROM waiting ORDER BY due, id;
""" + reception_sql(f"r.id IN ({ids})", limit=-1) + f"""SELECT a.*, p.name AS by_name FROM reception_amendment a JOIN person p ON p.id = a.by_id
WHERE a.reception_id IN ({ids}) ORDER BY a.id;
"""


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
    """EXPLAIN QUERY PLAN of the last statement of `sql` (a search's counts come before its query)."""
    first = sql.strip().split(";\n")[-1].rstrip(";") + ";"
    out = subprocess.run([sqlite3, "-readonly", db], input="EXPLAIN QUERY PLAN " + first, capture_output=True, text=True)
    return out.stdout + out.stderr
