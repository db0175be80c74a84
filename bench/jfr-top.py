#!/usr/bin/env python3
"""Sums up `jfr print --events jdk.ExecutionSample --stack-depth 1000` (stdin) for the desk benchmark:
the share of the app's CPU samples spent in each part of a desk request (a part that calls no other
listed part; a sample counts once per part), then by layer (the first frame from the top of the stack
that is not the JDK's), then the hottest frames."""
import re
import sys
from collections import Counter

PARTS = [
    ("POST /desk: DeskController.log", r"^fr\.escale\.welcome\.web\.DeskController\.log\("),
    ("POST /desk/count: DeskController.count", r"^fr\.escale\.welcome\.web\.DeskController\.count\("),
    ("GET /desk: DeskController.desk", r"^fr\.escale\.welcome\.web\.DeskController\.desk\("),
    ("  Requests.log (insert, then read back)", r"^fr\.escale\.welcome\.Requests\.log\("),
    ("  Requests.today (the day's list)", r"^fr\.escale\.welcome\.Requests\.today\("),
    ("  InformationPoints (get, open)", r"^fr\.escale\.welcome\.InformationPoints\.(get|open|find|of)\("),
    ("  OfferCatalog.summaries", r"^fr\.escale\.catalog\.OfferCatalog\.summaries\("),
    ("  Origins (country by name, names)", r"^fr\.escale\.welcome\.web\.Origins\."),
    ("page rendering (Thymeleaf)", r"^org\.thymeleaf\.TemplateEngine\.process\("),
    ("form binding and validation", r"^org\.springframework\.web\.method\.annotation\.ModelAttributeMethodProcessor\.resolveArgument\("),
    ("session: load and save in PostgreSQL (Spring Session JDBC)", r"^org\.springframework\.session\.jdbc\.JdbcIndexedSessionRepository\."),
    ("  of which Java (de)serialisation of attributes", r"^java\.io\.Object(Input|Output)Stream\.(readObject|writeObject)\("),
    ("security context read from the session", r"^org\.springframework\.security\.web\.context\.HttpSessionSecurityContextRepository\.loadDeferredContext|^org\.springframework\.security\.web\.context\.HttpSessionSecurityContextRepository\.readSecurityContextFromSession"),
    ("CSRF token (load, compare)", r"^org\.springframework\.security\.web\.csrf\.(XorCsrfTokenRequestAttributeHandler|HttpSessionCsrfTokenRepository|LazyCsrfTokenRepository|CsrfTokenRequestAttributeHandler)\."),
    ("@PreAuthorize check", r"^org\.springframework\.security\.authorization\.method\.PreAuthorizeAuthorizationManager\."),
    ("flash attributes (redirect)", r"^org\.springframework\.web\.servlet\.support\.AbstractFlashMapManager\."),
    ("transaction begin/commit", r"^org\.springframework\.jdbc\.datasource\.DataSourceTransactionManager\.do(Begin|Commit|Cleanup)"),
    ("connection pool (HikariCP getConnection)", r"^com\.zaxxer\.hikari\.HikariDataSource\.getConnection\("),
    ("PostgreSQL JDBC driver (every query)", r"^org\.postgresql\."),
    ("password hashing (BCrypt)", r"^org\.springframework\.security\.crypto\.bcrypt\.BCrypt\."),
]

LAYERS = [
    ("PostgreSQL JDBC driver", "org.postgresql."),
    ("HikariCP", "com.zaxxer.hikari."),
    ("Thymeleaf", ("org.thymeleaf.", "org.attoparser.", "org.unbescape.", "ognl.")),
    ("Spring Session", "org.springframework.session."),
    ("Spring Security", "org.springframework.security."),
    ("Escale", "fr.escale."),
    ("Spring (other)", "org.springframework."),
    ("Tomcat", ("org.apache.", "jakarta.")),
    ("Hibernate Validator", "org.hibernate."),
    ("JDK only", ""),
]

samples = []
threads = Counter()
stack = None
thread = ""
for line in sys.stdin:
    s = line.strip()
    if s.startswith("sampledThread"):
        thread = re.sub(r"\s*\(.*", "", s.split("=", 1)[1].strip()).strip('"')
    elif s.startswith("stackTrace = ["):
        stack = []
    elif stack is not None:
        if s == "]":
            samples.append(stack)
            threads[re.sub(r"-?\d+$", "", thread) or "(virtual)"] += 1
            stack = None
        elif s and s != "...":
            stack.append(re.sub(r"\s+line:.*", "", s))

total = max(len(samples), 1)
pct = lambda n: f"{100.0 * n / total:.1f} %"
print(f"{len(samples)} CPU samples of the app over the measured phases; threads: "
      + ", ".join(f"{t} {pct(n)}" for t, n in threads.most_common(5)))
print()
print("| part of a request (with what it calls) | share of the app's CPU |")
print("|---|---:|")
for name, pattern in PARTS:
    rx = re.compile(pattern)
    n = sum(1 for st in samples if any(rx.search(f) for f in st))
    print(f"| {name} | {pct(n)} |")

layers = Counter()
for st in samples:
    frame = next((f for f in st if not f.startswith(("java.", "jdk.", "sun.", "javax."))), "")
    layers[next(name for name, prefix in LAYERS if frame.startswith(prefix))] += 1
print()
print("| layer (first frame from the top not the JDK's) | share |")
print("|---|---:|")
for name, n in layers.most_common():
    print(f"| {name} | {pct(n)} |")

leaf = Counter(re.sub(r"\(.*", "", st[0]) for st in samples if st)
print()
print("Hottest frames (self):")
for m, n in leaf.most_common(20):
    print(f"  {pct(n):>7}  {m}")
