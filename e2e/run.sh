#!/usr/bin/env bash
# Browser tests: starts the built app (demo profile, fresh in-memory database) and drives the real
# Tasklist in Debian's headless Chromium. Screenshots go to e2e/screenshots/ (CI artefacts).
# Prerequisite: ./mvnw install (or verify) has built engine-app/target/engine-app.jar.
set -euo pipefail
cd "$(dirname "$0")"
PORT=${E2E_PORT:-18181}
JAR=../engine-app/target/engine-app.jar
[ -f "$JAR" ] || { echo "missing $JAR: build first (./mvnw install -DskipTests)" >&2; exit 1; }
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "installing Debian's chromium and CJK fonts"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
npm ci --no-audit --no-fund --silent
rm -rf screenshots && mkdir -p screenshots
work=$(mktemp -d)
( cd "$work" && exec java -jar "$OLDPWD/$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1" > "$OLDPWD/screenshots/app.log" 2>&1 ) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; then break; fi
  kill -0 $app 2>/dev/null || { echo "the app did not start; see e2e/screenshots/app.log" >&2; exit 1; }
  sleep 2
done
curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null || { echo "the app is not ready after 240 s" >&2; exit 1; }
BASE_URL="http://localhost:$PORT" node --test --test-concurrency=1 tests/
