"""The server section (issue #20): the street's PostgreSQL 15 and the committees' sync.

A private cluster in the work folder (initdb as `postgres`, a socket there, max_connections for the
committees at once); a street made with `street init`; a committee's month of expenses imported
with the real `import expenses` into a template database, copied for each committee, each
registered (`street add-committee`) and connected (`connect`). Measured, whole commands:
a committee's month syncing (≤ 1 s), an empty sync (≤ 50 ms), N committees syncing at once (all
within 30 s, no error), and `street review list` on a generated district's server (265
committees, 10 years of requests, written by SQL). Each beside its floor: the same statements
through `psql`. Figures only, never a failed timing.
"""
import concurrent.futures
import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import time

from .stats import summary, timed_command

PG = "/usr/lib/postgresql/15/bin"
STREET_ADMIN, STREET_PIN = "张振华", "1357"
SECRETARY, PIN = "王秀兰", "2580"
HEADER = "申请日期,经费类别,用途类别,项目,金额,收款方,支付方式,申请人,书记审批,主任审批,街镇审核编号,支付日期,一事一议决定,报账员"
BUDGETS = {"month-sync": 1.0, "empty-sync": 0.050, "at-once": 30.0, "review-list": 0.100}


def as_postgres(argv, **kw):
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--"] + argv
    return subprocess.run(argv, check=True, capture_output=True, text=True, **kw)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A private PostgreSQL 15 cluster on a socket in `folder`, stopped by `stop()`."""

    def __init__(self, folder, connections):
        self.folder, self.port, self.sock = folder, free_port(), f"{folder}/sock"
        os.makedirs(self.sock, exist_ok=True)
        pw = f"{folder}/pw"
        self.password = "bench-" + os.urandom(6).hex()
        with open(pw, "w") as f:
            f.write(self.password)
        if os.geteuid() == 0:
            subprocess.run(["chown", "-R", "postgres", folder], check=True)
        as_postgres([f"{PG}/initdb", "-D", f"{folder}/data", "-U", "postgres", "--auth=scram-sha-256", f"--pwfile={pw}",
                     "-E", "UTF8", "--locale=C"])
        as_postgres([f"{PG}/pg_ctl", "-D", f"{folder}/data", "-l", f"{folder}/server.log", "-w", "-t", "60", "-o",
                     f"-k {self.sock} -c listen_addresses='' -p {self.port} -c max_connections={connections}", "start"])
        self.pgpass = f"{folder}/pgpass"
        with open(os.open(self.pgpass, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(f"localhost:{self.port}:*:*:{self.password}\n")

    def uri(self, database="postgres"):
        return f"postgresql://postgres@/{database}?host={self.sock}&port={self.port}"

    def psql(self, sql, database="postgres", user="postgres", password=None):
        env = dict(os.environ, PGPASSWORD=password or self.password)
        return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.sock, "-p", str(self.port), "-U", user,
                               "-d", database, "-At", "-c", sql], env=env, check=True, capture_output=True, text=True).stdout

    def stop(self):
        subprocess.run((["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []) +
                       [f"{PG}/pg_ctl", "-D", f"{self.folder}/data", "-m", "fast", "-w", "stop"], capture_output=True)


def month_csv(today, rows=40, big=10):
    """A committee's month: `rows` requests up to 500 yuan approved and paid, `big` above it waiting for the street."""
    lines = [HEADER]
    for i in range(rows + big):
        day = (today - dt.timedelta(days=1 + i % 28)).isoformat()
        if i < rows:
            lines.append(f"{day},居委会工作经费,社区服务,便民服务日,{100 + i * 9},好邻居文具店,银行转账,李明,王秀兰,张建华,,{day},居民会议纪要 {i},张伟")
        else:
            lines.append(f"{day},党组织服务群众专项经费,关爱帮扶类项目,困难家庭慰问,{600 + i * 13},联华超市,银行转账,李明,,,,,居民会议纪要 {i},")
    return "\n".join(lines) + "\n"


def run(argv, env, stdin_text=None):
    out = subprocess.run(argv, env=env, capture_output=True, text=True, input=stdin_text)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:3])} failed ({out.returncode}): {out.stderr[-800:]}")
    return out.stdout


def template(binary, work, env):
    """A committee database with a month of expenses in its outbox, made with the real commands."""
    db = f"{work}/template.sqlite"
    for suffix in ["", "-wal", "-shm"]:
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    run([binary, "init", "--db", db, "--committee", "长寿路第一居委会", "--street", "长寿路街道", "--admin", SECRETARY, "--pin", PIN], env)
    with open(f"{work}/staff.csv", "w") as f:
        f.write("姓名,角色,片区\n李明,社工,1片\n张建华,主任,\n张伟,社工、报账员,2片\n")
    with open(f"{work}/month.csv", "w") as f:
        f.write(month_csv(dt.date.today()))
    acting = ["--as", SECRETARY, "--pin-fd", "0"]
    run([binary, "import", "staff", f"{work}/staff.csv", "--db", db] + acting, env, PIN + "\n")
    run([binary, "import", "expenses", f"{work}/month.csv", "--db", db] + acting, env, PIN + "\n")
    run([binary, "check", "--db", db], env)   # also leaves no -wal behind to copy
    return db


def connect_committee(binary, cluster, template_db, work, env, i):
    """Copy of the template, registered as committee i and connected."""
    db = f"{work}/c{i}.sqlite"
    shutil.copyfile(template_db, db)
    os.chmod(db, 0o600)
    out = run([binary, "street", "add-committee", f"测试第{i}居委会", "--server", cluster.uri(), "--as", STREET_ADMIN,
               "--pin-fd", "0"], env, STREET_PIN + "\n")
    code = out.split("一次性登记码：")[1].split()[0]
    run([binary, "connect", "--server", cluster.uri(), "--code", code, "--as", SECRETARY, "--pin-fd", "0", "--db", db], env, PIN + "\n")
    return db


def credential(db):
    with open(db + ".street") as f:
        return json.load(f)


def pending_items(db):
    return int(subprocess.run(["sqlite3", "-readonly", db, "SELECT count(*) FROM street_outbox"], capture_output=True,
                              text=True, check=True).stdout.strip())


def psql_timed(cluster, sql, runs, **kw):
    samples = []
    for _ in range(runs):
        t0 = time.monotonic()
        cluster.psql(sql, **kw)
        samples.append(time.monotonic() - t0)
    return samples


EMPTY_SYNC_SQL = """SELECT pg_advisory_lock(hashtext(current_user)::bigint);
SELECT to_regclass('street.migration') IS NOT NULL; SELECT name FROM street.migration ORDER BY name;
SELECT count, hash FROM street.chain_head ORDER BY count DESC LIMIT 1;
SELECT to_regclass('street.migration') IS NOT NULL; SELECT name FROM street.migration ORDER BY name;
SELECT id, expense_id, kind, number, reason, reviewer, decided_on::text FROM street.decision WHERE id > 0 ORDER BY id;"""


def month_sync_sql(items):
    """The month's batch as the sync sends it: its items through unnest and the chain head, in one transaction (rolled back)."""
    return f"""BEGIN; {EMPTY_SYNC_SQL}
INSERT INTO street.item (seq, kind, entity_id, detail, audit_row)
SELECT s, 'expense.request', s, jsonb_build_object('amount', (100 + s)::text, 'fund', 'committee', 'category', 'communityService',
       'purpose', '便民服务日', 'project', '便民服务日', 'date', '2026-11-02', 'payee', '好邻居文具店'), s
FROM unnest(ARRAY(SELECT generate_series(1, {items}))) AS t(s) ORDER BY s ON CONFLICT (committee, seq) DO NOTHING;
ROLLBACK;"""


# MARK: - The district's server, generated

DISTRICT_SQL = """
ALTER TABLE street.item DISABLE TRIGGER item_in_order;
INSERT INTO street.committee (name, role_name, added_by, enrolled_at)
SELECT '区第' || c || '居委会', 'bsh_c_d' || lpad(c::text, 9, '0'), 1, now() FROM generate_series(1, {committees}) c;
INSERT INTO street.item (committee, seq, kind, entity_id, detail, audit_row, received_at)
SELECT 'bsh_c_d' || lpad(c::text, 9, '0'), n, 'expense.request', n,
       jsonb_build_object('amount', (3000 + (n * 7919 % 300000))::text, 'fund', 'party', 'category', 'massActivity',
                          'purpose', '活动用品', 'project', '邻里节活动'),
       n, now() - make_interval(days => ({per} - n) * 3650 / {per})
FROM generate_series(1, {committees}) c, generate_series(1, {per}) n;
INSERT INTO street.decision (committee, expense_id, kind, number, reason, reviewer, decided_on)
SELECT committee, entity_id, 'pass', '普街审〔2026〕' || id || '号', '', '张振华', current_date
FROM street.item WHERE (detail->>'amount')::bigint > 50000 AND received_at < now() - interval '14 days';
ALTER TABLE street.item ENABLE TRIGGER item_in_order;
ANALYZE;
"""


def review_sql():
    """The statement `street review list` runs for the queue (StreetOffice+Review.swift), for the psql floor."""
    here = os.path.dirname(os.path.abspath(__file__))
    text = open(f"{here}/../../Sources/StreetStorage/StreetOffice+Review.swift").read()
    start = text.index("SELECT i.id, c.name")
    return text[start:text.index('"""', start)].strip()


def measure(bins, work, env, quick, figures, floors, notes, committees):
    binary = f"{bins}/baishihui"
    at_once = 8 if quick else committees
    samples_n = 3 if quick else 10
    cluster = Cluster(f"{work}/pg", at_once + samples_n + 20)
    env = dict(env, PGPASSFILE=cluster.pgpass)
    try:
        run([binary, "street", "init", "--server", cluster.uri(), "--street", "长寿路街道", "--admin", STREET_ADMIN, "--pin", STREET_PIN], env)
        tdb = template(binary, work, env)
        items = pending_items(tdb)
        t0 = time.monotonic()
        dbs = [connect_committee(binary, cluster, tdb, work, env, i) for i in range(at_once + samples_n)]
        notes.append(f"server: {len(dbs)} committees copied from one template, registered and connected in "
                     f"{time.monotonic() - t0:.0f} s; a month = {items} outbox items (50 expenses: requests, approvals, payments)")
        month = []
        for db in dbs[:samples_n]:
            wall, _, code, _, err, _ = timed_command([binary, "sync", "--db", db], env=env)
            if code != 0:
                raise RuntimeError(f"sync failed: {err[-400:]}")
            month.append(wall)
        figures.append(("server", "month-sync", month, {}))
        cred = credential(dbs[samples_n])
        floors[("server", "month-sync")] = summary(psql_timed(cluster, month_sync_sql(items), samples_n, user=cred["role"],
                                                              password=cred["password"]))
        empty = []
        for _ in range(5 if quick else 30):
            wall, _, code, _, err, _ = timed_command([binary, "sync", "--db", dbs[0]], env=env)
            if code != 0:
                raise RuntimeError(f"sync failed: {err[-400:]}")
            empty.append(wall)
        figures.append(("server", "empty-sync", empty, {}))
        cred = credential(dbs[0])
        floors[("server", "empty-sync")] = summary(psql_timed(cluster, EMPTY_SYNC_SQL, 5 if quick else 30, user=cred["role"],
                                                              password=cred["password"]))
        group = dbs[samples_n:]
        t0 = time.monotonic()
        procs = [subprocess.Popen([binary, "sync", "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for db in group]
        failures = [p for p in procs if p.wait(timeout=600) != 0]
        figures.append(("server", "at-once", [time.monotonic() - t0], {}))
        held = cluster.psql("SELECT count(*) FROM street.item")
        notes.append(f"server: {len(group)} committees synced at once: {len(failures)} failed; the street then held "
                     f"{held.strip()} items ({len(dbs)} × {items} expected)")
        district(binary, cluster, env, quick, figures, floors, notes)
    finally:
        cluster.stop()


def district(binary, cluster, env, quick, figures, floors, notes):
    """`street review list` whole command on a generated district's server, beside the same SELECT through psql."""
    cluster.psql("CREATE DATABASE district")
    uri = cluster.uri("district")
    run([binary, "street", "init", "--server", uri, "--street", "普陀区", "--admin", STREET_ADMIN, "--pin", STREET_PIN], env)
    committees, per = (10, 60) if quick else (265, 600)
    t0 = time.monotonic()
    cluster.psql(DISTRICT_SQL.format(committees=committees, per=per), database="district")
    counts = cluster.psql("SELECT (SELECT count(*) FROM street.item) || ' items, ' || (SELECT count(*) FROM street.decision) || ' decisions'",
                          database="district").strip()
    notes.append(f"server: district generated by SQL in {time.monotonic() - t0:.0f} s: {committees} committees × {per} requests "
                 f"over 10 years, {counts}")
    samples = []
    for _ in range(3 if quick else 20):
        wall, _, code, out, err, _ = timed_command([binary, "street", "review", "list", "--server", uri, "--as", STREET_ADMIN,
                                                    "--pin-fd", "0"], env=env, stdin=open_pin(cluster))
        if code != 0:
            raise RuntimeError(f"review list failed: {err[-400:]}")
        samples.append(wall)
    notes.append(f"server: `street review list` printed {out.splitlines()[0] if out else '(nothing)'}")
    figures.append(("server", "review-list", samples, {}))
    floors[("server", "review-list")] = summary(psql_timed(cluster, review_sql(), len(samples), database="district"))


def open_pin(cluster):
    path = f"{cluster.folder}/street-pin"
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        f.write(STREET_PIN + "\n")
    return open(path)


# MARK: - BENCHMARKS.md's server section

WHAT = {"month-sync": "a committee's month syncs (`baishihui sync`, whole command)",
        "empty-sync": "an empty sync, nothing new (`baishihui sync`, whole command)",
        "at-once": "committees syncing at once, all finished (wall clock)",
        "review-list": "`street review list` whole command, district's server"}
START, END = "<!-- server section: scripts/bench --server writes it -->", "<!-- end of the server section -->"


def fmt(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def section(figures, floors, notes, command, machine):
    rows = ["| what | median | min | max | p95 | n | budget | met | floor (psql) | ratio |", "|---|---|---|---|---|---|---|---|---|---|"]
    for label, name, samples, _ in figures:
        s, budget, floor = summary(samples), BUDGETS[name], floors.get((label, name))
        ratio = f"{s['median'] / floor['median']:.1f}" if floor else "—"
        rows.append(f"| {WHAT[name]} | {fmt(s['median'])} | {fmt(s['min'])} | {fmt(s['max'])} | {fmt(s['p95'])} | {s['n']} | "
                    f"{'median' if name != 'at-once' else 'all'} ≤ {fmt(budget)} | {'yes' if s['median'] <= budget else 'NO'} | "
                    f"{fmt(floor['median']) if floor else '—'} | {ratio} |")
    lines = [START, "## Server (PostgreSQL 15, issue #20)", "",
             f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; machine: {machine}", f"- command: `{command}`"]
    lines += [f"- {n}" for n in notes]
    lines += ["", "The floor is the same statements through `psql` (one process each run, like the command): for a sync its "
              "reads and the batch's INSERT … unnest (rolled back), for the list the queue's SELECT. Whole commands include "
              "starting the program, connecting (SCRAM) and, for the list, the 自治办's scrypt PIN check.", ""] + rows + ["", END]
    return "\n".join(lines) + "\n"


def write_section(path, text):
    old = open(path).read() if os.path.exists(path) else ""
    if START in old and END in old:
        new = old[:old.index(START)] + text.rstrip("\n") + old[old.index(END) + len(END):]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    with open(path, "w") as f:
        f.write(new)
