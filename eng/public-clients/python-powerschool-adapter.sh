#!/usr/bin/env bash
# Runs the read tests of an unchanged public PowerSchool client, tonylabs/python-powerschool-adapter, against the
# simulator: the proof that a district's existing tools work against it. Usage:
#   eng/public-clients/python-powerschool-adapter.sh /path/to/python-powerschool-adapter [port]
# The checkout is the caller's (it is not fetched here). Its dependencies (requests, diskcache; faker and
# python-dotenv for its tests) come from the system Python (Debian: python3-requests, python3-diskcache,
# python3-fake-factory (Faker), python3-dotenv). Its other tests write (test_enroll), need a table the simulator does not have
# (test_extensions: u_admission) or the event_subscription resource (test_subscription), so they are not run.
set -euo pipefail
adapter="${1:?path to a python-powerschool-adapter checkout}"
port="${2:-5391}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
log="$(mktemp)"
setsid dotnet run --project "$repo/src/PowerSchool.Simulator" -- --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
sim=$!
trap 'kill -- "-$sim" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
  grep -q "listening on" "$log" && break
  kill -0 "$sim" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
cd "$adapter"
POWERSCHOOL_SERVER_ADDRESS="http://127.0.0.1:$port" \
POWERSCHOOL_CLIENT_ID=psfunctions-simulator-client \
POWERSCHOOL_CLIENT_SECRET=psfunctions-simulator-secret \
  /usr/bin/python3 -m unittest tests.test_powerschool tests.test_pagination tests.test_query_expression tests.test_expansions
