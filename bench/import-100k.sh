#!/usr/bin/env bash
# Bulk import of 100,000 cases in one call, against a running Pilotnetz (mvn -Prun package, demo on).
# Prints the answer's counts, the wall time, and the server's heap after the run (jcmd GC.heap_info).
# Usage: bench/import-100k.sh [base-url] [items]   e.g. bench/import-100k.sh http://127.0.0.1:8080 100000
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
N=${2:-100000}
FILE=$(mktemp --suffix=.json)
trap 'rm -f "$FILE"' EXIT
python3 - "$N" > "$FILE" <<'PY'
import json, sys
n = int(sys.argv[1])
states = ["Bayern", "Hessen", "Sachsen", "Niedersachsen", "Thüringen"]
topics = ["Breitband", "Energie", "Mobilität", "Bildung", "Smart City", "Gesundheit", "Digitale Verwaltung", "Bürgerbeteiligung"]
sys.stdout.write("[")
for i in range(n):
    item = {"type": "case", "title": f"Importfall {i}", "summary": "Kurzfassung des importierten Falls",
            "body": "## Vorgehen\n" + "Text des Berichts. " * 20, "municipality": f"Benchdorf {i % 500}",
            "state": states[i % len(states)], "population": 1000 + i % 90000, "topic": topics[i % len(topics)],
            "phase": "Pilot", "tags": ["Bench"], "lessonsGood": "gut", "lessonsBad": "schlecht",
            "kpis": [{"name": "Quote", "unit": "%", "baseline": 1, "target": 50, "actual": 20}]}
    if i % 1000 == 999:
        item.pop("body")  # one in a thousand is invalid
    sys.stdout.write(("," if i else "") + json.dumps(item, ensure_ascii=False))
sys.stdout.write("]")
PY
echo "file: $(du -h "$FILE" | cut -f1), $N items"
TOKEN=$(curl -s -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"admin@demo.pilotnetz.example","password":"Pilotnetz-Demo-2026"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')
START=$(date +%s)
curl -s -X POST "$BASE/api/admin/import" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  --data-binary @"$FILE" | python3 -c 'import json,sys;a=json.load(sys.stdin);print("imported", a["imported"], "failed", a["failedTotal"])'
echo "seconds: $(( $(date +%s) - START ))"
PID=$(pgrep -f "payara-micro.jar.*--port ${BASE##*:}" | head -1 || true)
[ -n "$PID" ] && jcmd "$PID" GC.heap_info | head -5 || echo "server pid not found; heap not read"
