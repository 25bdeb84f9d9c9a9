# Sourced by deploy/local/carepath after common.sh: the processes it starts - pid files, ports,
# starting detached, waiting for health, stopping by pid - and what `status` measures of them.

# seconds to wait for a part to become healthy (CAREPATH_TIMEOUT overrides them all)
timeout_for() {
  if [[ -n "${CAREPATH_TIMEOUT:-}" ]]; then echo "$CAREPATH_TIMEOUT"; return; fi
  case "$1" in
    postgres) echo 90 ;;
    kafka) echo 90 ;;
    keycloak) echo 240 ;;
    *) echo 150 ;;
  esac
}

# every port a part listens on (Kafka's KRaft controller has its own; discharge also speaks MLLP)
ports_of() {
  case "$1" in
    kafka) echo "$CAREPATH_KAFKA_PORT $CAREPATH_KAFKA_CONTROLLER_PORT" ;;
    discharge) echo "$DISCHARGE_HTTP_PORT $DISCHARGE_MLLP_PORT" ;;
    *) port_of "$1" ;;
  esac
}

pidfile() { echo "$PIDS/$1.pid"; }

# A pid counts as ours only while it runs a command line that mentions the state folder, so a
# stale pid file can never make us signal a process that reused the number.
ours() {
  local pid="$1" stat
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [[ "${stat:0:1}" != "Z" ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$STATE"
}

pid_of() {
  local file
  file="$(pidfile "$1")"
  if [[ -f "$file" ]]; then head -n 1 "$file"; fi
}

alive() {
  local pid
  pid="$(pid_of "$1")"
  [[ -n "$pid" ]] && ours "$pid"
}

rss_of() {
  local pid="$1" kb
  kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
  if [[ -n "$kb" ]]; then echo "$((kb / 1024)) MB"; else echo "-"; fi
}

children_of() {
  local parent="$1" proc
  for proc in /proc/[0-9]*; do
    [[ "$(awk '/^PPid:/ {print $2}' "$proc/status" 2>/dev/null)" == "$parent" ]] && printf '%s ' "${proc#/proc/}"
  done
  return 0
}

# The postmaster and its backends share PostgreSQL's buffers: sum their proportional set sizes
# (PSS), which share it out, rather than RSS, which counts it again for every process.
postgres_memory() {
  local kb=0 pid one
  for pid in "$1" $(children_of "$1"); do
    one="$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || true)"
    [[ -n "$one" ]] || one="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
    kb=$((kb + ${one:-0}))
  done
  echo "$((kb / 1024)) MB"
}

# Who holds a port, when the system can tell us.
port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -n 1
  fi
}

check_ports_free() {
  local part="$1" port owner
  for port in $(ports_of "$part"); do
    if port_open "$port"; then
      owner="$(port_owner "$port")"
      die "port $port ($part) is already in use by a process this launcher did not start${owner:+ ($owner)}.
Stop it, or free the port, then run 'up' again."
    fi
  done
}

# Starts a command detached from this shell (its own session, so Ctrl-C on `up` or closing the
# terminal leaves it running), with output to the part's log and its pid in the part's pid file.
launch() {
  local part="$1"
  shift
  local log="$LOGS/$part.log"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  printf '=== %s: carepath up starting %s\n' "$(date -u +%FT%TZ)" "$part" >"$log"
  (
    cd "$STATE"
    # fd 9 holds the launcher's lock: the part must not keep it
    exec setsid "$@" >>"$log" 2>&1 </dev/null 9>&-
  ) &
  echo $! >"$(pidfile "$part")"
}

# Waits until the part is healthy; gives up when it dies or after its timeout.
await_healthy() {
  local part="$1" limit waited=0
  limit="$(timeout_for "$part")"
  while ! healthy "$part"; do
    if ! alive "$part"; then
      fail "$part exited before it became healthy"
    fi
    if ((waited >= limit)); then
      fail "$part did not become healthy within ${limit}s"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

fail() {
  local part="${1%% *}"
  {
    printf '\ncarepath: %s.\n' "$1"
    printf 'Last lines of %s:\n' "$LOGS/$part.log"
    tail -n 25 "$LOGS/$part.log" 2>/dev/null | sed 's/^/    /'
    printf '\nFull log: %s\n' "$LOGS/$part.log"
    printf "Parts already started keep running: 'deploy/local/carepath status' shows them, 'deploy/local/carepath down' stops them.\n"
  } >&2
  exit 1
}

# TERM, wait, then KILL after the timeout.
stop_pid() {
  local pid="$1" label="$2" limit="${3:-30}" waited=0
  ours "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while ours "$pid"; do
    if ((waited >= limit * 10)); then
      say "    $label (pid $pid) still running after ${limit}s: sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# The postmaster of our data folder when the LocalPostgres that started it is gone (killed, say).
stop_orphan_postgres() {
  local pidfile="$STATE/postgres/data/postmaster.pid" pid
  [[ -f "$pidfile" ]] || return 0
  alive postgres && return 0
  pid="$(head -n 1 "$pidfile")"
  if ours "$pid"; then
    say "    stopping PostgreSQL left running by an earlier launcher (pid $pid)"
    # SIGINT is PostgreSQL's fast shutdown
    kill -INT "$pid" 2>/dev/null || true
    local waited=0
    while ours "$pid" && ((waited < 200)); do sleep 0.1; waited=$((waited + 1)); done
  fi
}

# kc.sh runs Keycloak's JVM as its child (or, after a re-augmentation, execs into it): record the
# JVM as the part's pid, and the script as keycloak-script, so `down` stops both.
record_keycloak_jvm() {
  local script jvm="" candidate
  script="$(pid_of keycloak)"
  if [[ "$(readlink "/proc/$script/exe" 2>/dev/null)" == */java ]]; then
    return 0
  fi
  for candidate in /proc/[0-9]*; do
    candidate="${candidate#/proc/}"
    if [[ "$(awk '/^PPid:/ {print $2}' "/proc/$candidate/status" 2>/dev/null)" == "$script" ]] && ours "$candidate"; then
      jvm="$candidate"
      break
    fi
  done
  [[ -n "$jvm" ]] || return 0
  echo "$script" >"$(pidfile keycloak-script)"
  echo "$jvm" >"$(pidfile keycloak)"
}
