# Sourced, not run: what deploy/local/carepath, deploy/local/demo and benchmarks/run share - where
# things are, the ports (deploy/ports.env), how to report, whether a part is healthy, and tokens from
# the local realm. The sourcing script sets PROG, the name its errors start with.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/deploy/local"
STATE="$REPO/.carepath"
LOGS="$STATE/logs"
PIDS="$STATE/pids"

# shellcheck source=../ports.env
source "$REPO/deploy/ports.env"
REFERRALS_URL="http://127.0.0.1:$REFERRALS_HTTP_PORT"
CAREPLAN_URL="http://127.0.0.1:$CAREPLAN_HTTP_PORT"
DISCHARGE_URL="http://127.0.0.1:$DISCHARGE_HTTP_PORT"
IDENTITY_URL="http://127.0.0.1:$IDENTITY_HTTP_PORT"
INSIGHTS_URL="http://127.0.0.1:$INSIGHTS_HTTP_PORT"
PORTAL_URL="http://127.0.0.1:$PORTAL_HTTP_PORT"
PROMETHEUS_URL="http://127.0.0.1:$CAREPATH_PROMETHEUS_PORT"
KEYCLOAK_URL="http://127.0.0.1:$CAREPATH_KEYCLOAK_PORT"
# the issuer of every token, however Keycloak is called
REALM_URL="$KEYCLOAK_URL/realms/carepath"

# the demo client and users of deploy/keycloak/carepath-realm.json (local only)
CLI_CLIENT=carepath-cli
INTEGRATION_CLIENT=carepath-integration
INTEGRATION_SECRET=carepath-integration-local-secret
DEMO_PASSWORD=demo
DEMO_NHS_NUMBER=9434765919
# the person of the demo's delay step (waiting on the council)
DEMO_DELAY_NHS_NUMBER=4066423868

SERVICES=(referrals careplan discharge identity insights)
# How the services' JVMs run (benchmarks/README.md, issue #17): six JVMs share two cores here, so the
# serial collector (no collector threads competing with the requests), and a heap that starts small
# and grows only as far as the load needs. C2, the optimising compiler, waits for three times as many
# calls as the JVM's defaults: at a start it spent ~4 s of CPU on code that runs only while starting
# (a third of a service's start), while code that serves requests reaches the higher counts in seconds.
# CAREPATH_SERVICE_JAVA_OPTS replaces them, to try other settings.
read -r -a SERVICE_JAVA_OPTS <<<"${CAREPATH_SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000}"
# prometheus runs with `up --observability` only (deploy/local/observability.sh)
PARTS=(postgres kafka keycloak "${SERVICES[@]}" portal prometheus)

say() { printf '%s\n' "$*"; }
step() { printf '==> %s\n' "$*"; }
die() { printf '%s: %s\n' "${PROG:-carepath}" "$*" >&2; exit 1; }

# The usage text: the calling script's header comment.
usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  exit "${1:-0}"
}

port_of() {
  case "$1" in
    postgres) echo "$CAREPATH_POSTGRES_PORT" ;;
    kafka) echo "$CAREPATH_KAFKA_PORT" ;;
    keycloak) echo "$CAREPATH_KEYCLOAK_PORT" ;;
    referrals) echo "$REFERRALS_HTTP_PORT" ;;
    careplan) echo "$CAREPLAN_HTTP_PORT" ;;
    discharge) echo "$DISCHARGE_HTTP_PORT" ;;
    identity) echo "$IDENTITY_HTTP_PORT" ;;
    insights) echo "$INSIGHTS_HTTP_PORT" ;;
    portal) echo "$PORTAL_HTTP_PORT" ;;
    prometheus) echo "$CAREPATH_PROMETHEUS_PORT" ;;
    *) return 1 ;;
  esac
}

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

http_ok() {
  curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null
}

healthy() {
  local part="$1" port
  port="$(port_of "$part")"
  case "$part" in
    postgres) port_open "$port" && grep -q "CAREPATH POSTGRES READY" "$LOGS/postgres.log" 2>/dev/null ;;
    kafka) port_open "$port" && port_open "$CAREPATH_KAFKA_CONTROLLER_PORT" ;;
    keycloak) http_ok "$REALM_URL/.well-known/openid-configuration" ;;
    prometheus) http_ok "$PROMETHEUS_URL/-/ready" ;;
    *) http_ok "http://127.0.0.1:$port/q/health/ready" ;;
  esac
}

json_field() {
  # $1 = field name; reads one JSON document on stdin and prints the field's string value, or
  # nothing when there is none (an answer that is no JSON - a timeout's empty body - included)
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json, sys; v = json.load(sys.stdin).get(sys.argv[1]); print("" if v is None else v)' "$1" 2>/dev/null || true
  else
    tr -d '\n' | sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"
  fi
}

pretty() {
  local json
  json="$(cat)"
  if command -v python3 >/dev/null 2>&1 && python3 -m json.tool <<<"$json" 2>/dev/null; then
    return 0
  fi
  printf '%s\n' "$json"
}

# An access token for a demo user (password grant).
token_for() {
  local user="$1" body
  body="$(curl -sS --max-time 10 "$REALM_URL/protocol/openid-connect/token" \
    -d grant_type=password -d client_id="$CLI_CLIENT" -d username="$user" -d password="$DEMO_PASSWORD")" \
    || die "Keycloak did not answer: is CarePath up? (deploy/local/carepath status)"
  local token
  token="$(printf '%s' "$body" | json_field access_token)"
  [[ -n "$token" ]] || die "no token for $user: $body"
  printf '%s' "$token"
}
