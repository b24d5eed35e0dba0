"""Shared plumbing for the fault and soak tests (Python 3 standard library only).

Every test runs against a PostgreSQL cluster of its own (never the shared test cluster on 55432, where
other people's tests run), starts the backend from the built jar on a loopback port, and cleans up what
it started when it ends, however it ends (atexit + SIGINT/SIGTERM handlers).

Environment (all optional):
  KLIMANETT_PG_PORT     port of the fault-test cluster          (default 55439)
  KLIMANETT_PG_DIR      data directory of that cluster           (default <repo>/.data/postgres-faults)
  KLIMANETT_FAULTS_DB   database the backend uses                (default klimanett_faults)
  FAULTS_HTTP_PORT      port the backend listens on (127.0.0.1)  (default 18080)
  FAULTS_KEEP_DB=1      reuse the database instead of recreating it
"""
import atexit
import http.client
import json
import os
import signal
import subprocess
import sys
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PG_PORT = os.environ.get("KLIMANETT_PG_PORT", "55439")
PG_DIR = os.environ.get("KLIMANETT_PG_DIR", os.path.join(ROOT, ".data", "postgres-faults"))
DB = os.environ.get("KLIMANETT_FAULTS_DB", "klimanett_faults")
HTTP_PORT = int(os.environ.get("FAULTS_HTTP_PORT", "18080"))
HOST = "127.0.0.1"  # loopback only, by design
JAR = os.path.join(ROOT, "backend", "target", "quarkus-app", "quarkus-run.jar")
JVM_OPTIONS = os.path.join(ROOT, "backend", "src", "main", "jvm", "jvm.options")
OUT_DIR = os.path.join(ROOT, ".data", "faults-out")

ADMIN = "admin@demo.klimanett.no"
COORDINATOR = "coordinator@demo.klimanett.no"
PASSWORD = "klimanett-demo"

if PG_PORT == "55432":
    # The shared test cluster: fault tests restart, freeze and stop their cluster, which would break
    # everyone else's test run.
    sys.exit("refusing to run fault tests against port 55432 (the shared test cluster)")

_PG_ENV = dict(os.environ, KLIMANETT_PG_PORT=PG_PORT, KLIMANETT_PG_DIR=PG_DIR)
_cleanups = []


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def on_exit(fn):
    """Registers a clean-up step; they run in reverse order at exit or on SIGINT/SIGTERM."""
    _cleanups.append(fn)


def _run_cleanups():
    while _cleanups:
        fn = _cleanups.pop()
        try:
            fn()
        except Exception as e:  # a failing clean-up must not stop the others
            print(f"clean-up step failed: {e}", file=sys.stderr)


def _on_signal(signum, _frame):
    _run_cleanups()
    sys.exit(128 + signum)


atexit.register(_run_cleanups)
signal.signal(signal.SIGINT, _on_signal)
signal.signal(signal.SIGTERM, _on_signal)


# ------------------------------------------------------------------ PostgreSQL

def pg(*args, check=True, timeout=120):
    """scripts/postgres.sh with the fault-test cluster's environment."""
    return subprocess.run([os.path.join(ROOT, "scripts", "postgres.sh"), *args], env=_PG_ENV, check=check,
                          timeout=timeout, stdout=subprocess.PIPE, text=True).stdout


def psql(sql, db=None, timeout=60):
    """Runs SQL on the fault-test cluster (through stdin, so long id lists fit) and returns the rows."""
    out = subprocess.run([os.path.join(ROOT, "scripts", "postgres.sh"), "psql", "-d", db or DB, "-F", "\t"],
                         env=_PG_ENV, input=sql, check=True, timeout=timeout, stdout=subprocess.PIPE, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def ensure_cluster(fresh_db=True):
    pg("ensure", "postgres")
    # a thaw is harmless when nothing is frozen, and a run that was killed while frozen would otherwise
    # leave the cluster stopped for good
    pg("thaw", check=False)
    if fresh_db and os.environ.get("FAULTS_KEEP_DB") != "1":
        psql(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)', db="postgres")
    pg("ensure", DB)
    # whatever the test does to the cluster, leave it running and thawed
    on_exit(lambda: (pg("thaw", check=False), pg("ensure", check=False)))


# ------------------------------------------------------------------ backend

class Backend:
    def __init__(self, port=HTTP_PORT, extra_env=None):
        self.port = port
        self.extra_env = extra_env or {}
        self.proc = None
        self.log_path = os.path.join(OUT_DIR, f"backend-{port}.log")

    def start(self, timeout=180):
        if not os.path.exists(JAR):
            log("backend jar missing: building it (./mvnw -B -o -q package -DskipTests)")
            subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-o", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
        keys = subprocess.run([os.path.join(ROOT, "scripts", "keys.sh"), os.path.join(ROOT, ".data", "faults-keys")],
                              check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
        env = dict(os.environ,
                   KLIMANETT_DB_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/{DB}",
                   KLIMANETT_DB_USER="postgres", KLIMANETT_DB_PASSWORD="",
                   KLIMANETT_JWT_PRIVATE_KEY=f"file:{keys}/private.pem",
                   KLIMANETT_JWT_PUBLIC_KEY=f"file:{keys}/public.pem",
                   PORT=str(self.port), KLIMANETT_MANAGEMENT_PORT=str(self.port + 1), QUARKUS_HTTP_HOST=HOST,
                   QUARKUS_PROFILE="demo", **self.extra_env)
        os.makedirs(OUT_DIR, exist_ok=True)
        logfile = open(self.log_path, "w")
        self.proc = subprocess.Popen(["java", "@" + JVM_OPTIONS, *os.environ.get("FAULTS_JAVA_OPTS", "").split(), "-jar", JAR],
                                     env=env, stdout=logfile, stderr=subprocess.STDOUT, cwd=ROOT)
        on_exit(self.stop)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"backend exited with {self.proc.returncode}; see {self.log_path}")
            r = request("GET", "/q/health/ready", port=self.port, timeout=5)
            if r.status == 200:
                log(f"backend up on {HOST}:{self.port} (pid {self.proc.pid}, log {self.log_path})")
                return self
            time.sleep(1)
        raise SystemExit(f"backend not ready within {timeout}s; see {self.log_path}")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def rss_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return None

    def log_count(self, needle):
        with open(self.log_path, errors="replace") as f:
            return sum(1 for line in f if needle in line)


# ------------------------------------------------------------------ HTTP

class Result:
    __slots__ = ("status", "headers", "body", "elapsed", "started", "error")

    def __init__(self, status, headers, body, elapsed, started, error=None):
        self.status, self.headers, self.body, self.elapsed, self.started, self.error = \
            status, headers, body, elapsed, started, error

    @property
    def content_type(self):
        return (self.headers or {}).get("content-type", "")

    @property
    def is_problem(self):
        return self.content_type.startswith("application/problem+json")

    def json(self):
        return json.loads(self.body)

    def label(self):
        """Short name of the outcome for tallies: '201', '503 problem', '500 text/html', 'timeout'."""
        if self.status is None:
            return self.error
        if self.status >= 400:
            return f"{self.status} {'problem+json' if self.is_problem else (self.content_type or 'no body type')}"
        return str(self.status)


def request(method, path, body=None, headers=None, token=None, port=HTTP_PORT, timeout=30):
    """One HTTP request on a fresh connection. A client-side timeout is reported as status None/'timeout'
    (a hang), never raised, so the tests can count it."""
    h = {"Accept": "application/json"}
    if token:
        h["Authorization"] = f"Bearer {token}"
    data = None
    if body is not None:
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        else:
            data = body.encode() if isinstance(body, str) else body
    h.update(headers or {})
    started = time.monotonic()
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        payload = resp.read()
        return Result(resp.status, {k.lower(): v for k, v in resp.getheaders()}, payload,
                      time.monotonic() - started, started)
    except TimeoutError:
        return Result(None, None, b"", time.monotonic() - started, started, "timeout")
    except OSError as e:
        return Result(None, None, b"", time.monotonic() - started, started, f"connection error ({type(e).__name__})")
    finally:
        conn.close()


def token(user=ADMIN, password=PASSWORD, port=HTTP_PORT):
    r = request("POST", "/api/v1/auth/token", port=port,
                body=f"grant_type=password&username={user}&password={password}",
                headers={"Content-Type": "application/x-www-form-urlencoded"})
    if r.status != 200:
        raise SystemExit(f"login as {user} failed: {r.status} {r.body[:200]!r}")
    return r.json()["access_token"]


def new_organisation(tok, name=None, port=HTTP_PORT, timeout=30):
    return request("POST", "/api/v1/organisations", token=tok, port=port, timeout=timeout,
                   body={"name": name or f"Fault test {uuid.uuid4()}", "country": "NO", "sector": "PRIVATE"})


def percentile(values, p):
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def tally(results):
    out = {}
    for r in results:
        out[r.label()] = out.get(r.label(), 0) + 1
    return dict(sorted(out.items()))


def verdict(checks):
    """Prints each named check and exits non-zero when one failed."""
    ok = True
    for name, passed in checks:
        print(f"  [{'PASS' if passed else 'FAIL'}] {name}")
        ok = ok and passed
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1
