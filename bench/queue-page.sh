#!/usr/bin/env bash
# The desk's queue page under load: 100,000 claims in SQLite, a signed-in fact-checker, wrk on loopback.
# Needs: the .NET SDK, sqlite3 and wrk (apt-get install -y sqlite3 wrk). Usage: bench/queue-page.sh [CLAIMS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
claims=${1:-100000}
seconds=${2:-20}
port=5099
work=$(mktemp -d)
web=
trap 'kill $web 2>/dev/null || true; rm -rf "$work"' EXIT

for p in src/FactCheck.Web src/FactCheck.Cli; do dotnet build -c Release "$p" -v q -nologo >/dev/null; done
export FactCheck__Database__Provider=sqlite
export FactCheck__Database__ConnectionString="Data Source=$work/bench.db"
export FactCheck__Worker__Enabled=false FactCheck__SignIn__PerMinute=1000 FactCheck__DataProtection__KeysDirectory="$work/keys"
fc() { dotnet src/FactCheck.Cli/bin/Release/net10.0/factcheck.dll "$@"; }
fc init >/dev/null
printf 'quay kestrel harbour 2041\n' | fc users add bench --role factchecker --password-stdin >/dev/null
sqlite3 "$work/bench.db" <<SQL
with recursive n(i) as (select 1 union all select i + 1 from n where i < $claims)
insert into claim (workflow_id, workflow_version, state, row_version, priority, due_at, text, speaker, has_incident, created_at, updated_at)
select 'claim-review', 1,
       case i % 6 when 0 then 'intake' when 1 then 'source_lookup' when 2 then 'review' when 3 then 'editor_approval' when 4 then 'published' else 'archived' end,
       0, (i * 7) % 4, datetime('now', '+' || (i * 37 % 100000) || ' minutes'),
       'Seeded claim number ' || i || ' about cargo traffic and the new quay', 'Speaker ' || (i % 500), 0, datetime('now'), datetime('now')
from n;
analyze;
SQL

dotnet src/FactCheck.Web/bin/Release/net10.0/FactCheck.Web.dll --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
web=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

jar="$work/cookies"
token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/signin" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "name=bench&password=quay+kestrel+harbour+2041&__RequestVerificationToken=$token" "http://127.0.0.1:$port/account/signin"
cookie=$(awk '$6 == "factcheck" { print "factcheck=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "sign-in failed"; exit 1; }
curl -sf -H "Cookie: $cookie" "http://127.0.0.1:$port/desk?state=review" | grep -q "Seeded claim" || { echo "queue page did not render"; exit 1; }

echo "# queue page, $claims claims, $(nproc) cores, $(date -u +%FT%TZ)"
wrk -t2 -c16 -d5s -H "Cookie: $cookie" "http://127.0.0.1:$port/desk?state=review" >/dev/null   # warm-up
wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port/desk?state=review"
